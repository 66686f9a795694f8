#include "KpiTiles.h"

#include "ChartTheme.h"
#include "DashboardFormat.h"

#include <QCoreApplication>

namespace KpiTiles {

static QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("KpiTiles", text, disambiguation, n);
}

static Kpi statusTile(const CampaignSummary& s, ActivityStatus status, const QString& label,
                      const QString& detail)
{
    ActivityFilter f;
    f.campaignId = s.campaign.id;
    f.status = int(status);
    return {label, QString::number(s.statuses[status]), detail, ChartTheme::statusColour(status), f};
}

static QString daysDetail(const CampaignSummary& s)
{
    if (!s.daysToSummaryDeadline)
        return tr("No summary deadline set");
    const int d = *s.daysToSummaryDeadline;
    if (d < 0)
        return tr("Summary was due %n day(s) ago", nullptr, -d);
    return tr("Summary due in %n day(s)", nullptr, d);
}

QList<Kpi> build(const CampaignSummary& s)
{
    QList<Kpi> tiles;
    ActivityFilter all;
    all.campaignId = s.campaign.id;
    tiles.append({tr("Planned"), QString::number(s.total()),
                  tr("%n not started", nullptr, s.statuses[ActivityStatus::NotStarted]),
                  QColor(0x34, 0x49, 0x5E), all});
    tiles << statusTile(s, ActivityStatus::InProgress, tr("In progress"), {});
    tiles << statusTile(s, ActivityStatus::Done, tr("Done"), {});
    tiles << statusTile(s, ActivityStatus::Cancelled, tr("Cancelled"), {});
    ActivityFilter late = all;
    late.overdueOnly = true;
    tiles.append({tr("Overdue"), QString::number(s.overdue), tr("%n due within 7 days", nullptr, s.dueSoon),
                  QColor(0xC0, 0x39, 0x2B), late});
    tiles.append({tr("Completion rate"), DashboardFormat::percent(s.completionRate()),
                  tr("done ÷ (all − cancelled)"), ChartTheme::statusColour(ActivityStatus::Done),
                  std::nullopt});
    tiles.append({tr("Days left"), s.daysLeft ? QString::number(*s.daysLeft) : QStringLiteral("—"),
                  daysDetail(s), QColor(0xD6, 0x89, 0x10), std::nullopt});
    int figures = 0;
    for (const MetricSummary& m : s.metrics) {
        if (figures == maxFigureTiles)
            break;
        if (!m.target.isSet && !m.actual.isSet)
            continue;
        ++figures;
        QString detail = tr("target %1 %2").arg(DashboardFormat::amount(m.target), m.unit);
        if (m.target.isSet && m.target.value > 0)
            detail += QStringLiteral(" · ") +
                      DashboardFormat::percent((m.actual.isSet ? m.actual.value : 0) / m.target.value);
        tiles.append({m.name + QStringLiteral("（") + m.unit + QStringLiteral("）"),
                      DashboardFormat::amount(m.actual), detail, QColor(0x2E, 0x86, 0xC1), std::nullopt});
    }
    return tiles;
}

} // namespace KpiTiles
