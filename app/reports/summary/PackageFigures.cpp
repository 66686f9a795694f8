#include "PackageFigures.h"

#include <QJsonArray>

namespace PackageFigures {

namespace {
QJsonValue amount(const Amount& a)
{
    if (!a.isSet)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("value"), a.value}, {QStringLiteral("approximate"), a.approximate}};
}
} // namespace

QJsonObject toJson(const CampaignSummary& s)
{
    QJsonArray pillars;
    for (const PillarSummary& p : s.pillars)
        pillars.append(QJsonObject{{QStringLiteral("name"), p.name},
                                   {QStringLiteral("total"), p.statuses.total()},
                                   {QStringLiteral("done"), p.statuses[ActivityStatus::Done]},
                                   {QStringLiteral("cancelled"), p.statuses[ActivityStatus::Cancelled]},
                                   {QStringLiteral("overdue"), p.overdue}});
    QJsonArray metrics;
    for (const MetricSummary& m : s.metrics)
        metrics.append(QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("unit"), m.unit},
                                   {QStringLiteral("target"), amount(m.target)},
                                   {QStringLiteral("actual"), amount(m.actual)}});
    const auto rate = s.completionRate();
    return {{QStringLiteral("asOf"), s.today.toString(Qt::ISODate)},
            {QStringLiteral("total"), s.total()},
            {QStringLiteral("notStarted"), s.statuses[ActivityStatus::NotStarted]},
            {QStringLiteral("inProgress"), s.statuses[ActivityStatus::InProgress]},
            {QStringLiteral("done"), s.statuses[ActivityStatus::Done]},
            {QStringLiteral("cancelled"), s.statuses[ActivityStatus::Cancelled]},
            {QStringLiteral("overdue"), s.overdue},
            {QStringLiteral("completionRate"), rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("pillars"), pillars},
            {QStringLiteral("metrics"), metrics}};
}

Totals totals(const QJsonObject& f)
{
    auto n = [&](const char* key) { return qMax(0, f.value(QLatin1String(key)).toInt()); };
    return {n("total"), n("notStarted"), n("inProgress"), n("done"), n("cancelled"), n("overdue")};
}

} // namespace PackageFigures
