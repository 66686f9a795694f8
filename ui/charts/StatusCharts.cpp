#include "DashboardCharts.h"

#include "ChartDrillDown.h"
#include "ChartParts.h"
#include "ChartTheme.h"
#include "DashboardFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QPieSeries>
#include <QValueAxis>

namespace DashboardCharts {

namespace {
const ActivityStatus kStatuses[] = {ActivityStatus::Done, ActivityStatus::InProgress,
                                    ActivityStatus::NotStarted, ActivityStatus::Cancelled};
}

// One bar per pillar (first pillar on top), split by status in shades of the pillar's own colour.
// Each (pillar, status) pair is its own set so that it can carry the pillar colour; four neutral,
// empty sets make the legend.
QChart* pillarProgress(const CampaignSummary& summary)
{
    auto* chart = new QChart;
    ChartTheme::apply(chart, title(Kind::PillarProgress));
    auto* drill = new ChartDrillDown(chart);
    const ActivityFilter base = ChartParts::baseFilter(summary);
    const qsizetype n = summary.pillars.size();
    QStringList labels;
    int max = 0;
    for (qsizetype row = n - 1; row >= 0; --row) {
        const PillarSummary& p = summary.pillars[row];
        labels << QStringLiteral("%1 (%2)").arg(ChartTheme::elide(p.name, 12)).arg(p.statuses.total());
        max = std::max(max, p.statuses.total());
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    QList<QBarSet*> colourOnly;
    for (const ActivityStatus status : kStatuses) {
        for (qsizetype i = 0; i < n; ++i) {
            const PillarSummary& p = summary.pillars[i];
            QList<qreal> values(n, 0);
            values[n - 1 - i] = p.statuses[status];
            QBarSet* set =
                ChartParts::barSet(p.name + QLatin1Char('/') + ActivityStatuses::displayName(status),
                                   ChartTheme::pillarShade(QColor(p.colour), status), values);
            ActivityFilter f = base;
            f.pillarId = p.pillarId;
            f.status = int(status);
            QList<ActivityFilter> filters(n, f);
            drill->bind(set, filters);
            series->append(set);
            colourOnly << set;
        }
    }
    for (const ActivityStatus status : kStatuses)
        series->append(ChartParts::barSet(ActivityStatuses::displayName(status),
                                          ChartTheme::pillarShade(QColor(0x34, 0x49, 0x5E), status),
                                          QList<qreal>(n, 0)));
    ChartParts::attach(chart, series, ChartParts::categoryAxis(labels), ChartParts::countAxis(max), true);
    ChartParts::hideFromLegend(chart, series, colourOnly);
    return chart;
}

// A donut of the four states; every slice says its count and share.
QChart* statusShare(const CampaignSummary& summary)
{
    auto* chart = new QChart;
    ChartTheme::apply(chart, title(Kind::StatusShare));
    auto* drill = new ChartDrillDown(chart);
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.7);
    const int total = summary.total();
    for (const ActivityStatus status : kStatuses) {
        const int count = summary.statuses[status];
        const QString share =
            DashboardFormat::percent(total > 0 ? std::optional<double>(double(count) / total) : std::nullopt);
        QPieSlice* slice = series->append(
            QStringLiteral("%1 %2 (%3)").arg(ActivityStatuses::displayName(status)).arg(count).arg(share),
            count);
        slice->setColor(ChartTheme::statusColour(status));
        slice->setBorderColor(Qt::white);
        slice->setLabelFont(ChartTheme::labelFont());
        slice->setLabelVisible(count > 0);
        slice->setLabelArmLengthFactor(0.12);
        ActivityFilter f = ChartParts::baseFilter(summary);
        f.status = int(status);
        drill->bind(slice, f);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(false); // the slice labels say everything the legend would
    return chart;
}

} // namespace DashboardCharts
