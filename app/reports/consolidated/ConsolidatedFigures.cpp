#include "ConsolidatedFigures.h"

#include "CampaignSummary.h"

#include <QHash>
#include <QJsonArray>

namespace ConsolidatedFigures {

namespace {

Amount amount(const QJsonValue& v)
{
    Amount a;
    if (!v.isObject())
        return a; // null: the unit has the metric but no activity reported it
    const QJsonObject o = v.toObject();
    a.isSet = o.value(QStringLiteral("value")).isDouble();
    a.value = o.value(QStringLiteral("value")).toDouble();
    a.approximate = o.value(QStringLiteral("approximate")).toBool();
    return a;
}

int count(const QJsonObject& o, const char* key)
{
    return qMax(0, o.value(QLatin1String(key)).toInt());
}

// A sum that misses some units' parts is "at least": mark it 余.
void markMissing(Amount& sum, int reported, int units)
{
    if (sum.isSet && reported < units)
        sum.approximate = true;
}

} // namespace

QList<const ConsolidatedUnit*> units(const ConsolidatedInput& input)
{
    QList<const ConsolidatedUnit*> out{&input.own};
    for (const ConsolidatedUnit& u : input.subordinates)
        out.append(&u);
    return out;
}

PackageFigures::Totals sum(const QList<const ConsolidatedUnit*>& units)
{
    PackageFigures::Totals s;
    for (const ConsolidatedUnit* u : units) {
        const PackageFigures::Totals t = PackageFigures::totals(u->figures);
        s.total += t.total;
        s.notStarted += t.notStarted;
        s.inProgress += t.inProgress;
        s.done += t.done;
        s.cancelled += t.cancelled;
        s.overdue += t.overdue;
    }
    return s;
}

std::optional<double> completionRate(const PackageFigures::Totals& t)
{
    StatusCounts c;
    c[ActivityStatus::NotStarted] = t.notStarted;
    c[ActivityStatus::InProgress] = t.inProgress;
    c[ActivityStatus::Done] = t.done;
    c[ActivityStatus::Cancelled] = t.cancelled;
    return c.completionRate();
}

std::optional<double> completionRate(const PillarTotal& p)
{
    StatusCounts c;
    c[ActivityStatus::Done] = p.done;
    c[ActivityStatus::Cancelled] = p.cancelled;
    c[ActivityStatus::NotStarted] = qMax(0, p.total - p.done - p.cancelled);
    return c.completionRate();
}

QList<PillarTotal> pillars(const QList<const ConsolidatedUnit*>& units)
{
    QList<PillarTotal> out;
    QHash<QString, int> index;
    for (const ConsolidatedUnit* u : units) {
        for (const QJsonValue& v : u->figures.value(QStringLiteral("pillars")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString().trimmed();
            auto it = index.find(name);
            if (it == index.end()) {
                it = index.insert(name, int(out.size()));
                out.append({name, 0, 0, 0, 0});
            }
            PillarTotal& p = out[*it];
            p.total += count(o, "total");
            p.done += count(o, "done");
            p.cancelled += count(o, "cancelled");
            p.overdue += count(o, "overdue");
        }
    }
    return out;
}

QList<MetricTotal> metrics(const QList<const ConsolidatedUnit*>& units)
{
    QList<MetricTotal> out;
    QList<int> targets; // units whose target is set, per metric
    QHash<QPair<QString, QString>, int> index;
    for (const ConsolidatedUnit* u : units) {
        QSet<int> seen; // a unit listing the same metric twice still counts once
        for (const QJsonValue& v : u->figures.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject o = v.toObject();
            const QPair<QString, QString> key{o.value(QStringLiteral("name")).toString().trimmed(),
                                              o.value(QStringLiteral("unit")).toString().trimmed()};
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, int(out.size()));
                out.append({key.first, key.second, {}, {}, 0});
                targets.append(0);
            }
            MetricTotal& m = out[*it];
            const Amount target = amount(o.value(QStringLiteral("target")));
            const Amount actual = amount(o.value(QStringLiteral("actual")));
            m.target = Summary::add(m.target, target);
            m.actual = Summary::add(m.actual, actual);
            if (!seen.contains(*it)) {
                seen.insert(*it);
                m.reporting += actual.isSet ? 1 : 0;
                targets[*it] += target.isSet ? 1 : 0;
            }
        }
    }
    const int n = int(units.size());
    for (int i = 0; i < out.size(); ++i) {
        markMissing(out[i].target, targets[i], n);
        markMissing(out[i].actual, out[i].reporting, n);
    }
    return out;
}

} // namespace ConsolidatedFigures
