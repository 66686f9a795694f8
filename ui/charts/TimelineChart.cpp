#include "DashboardCharts.h"

#include "ChartDrillDown.h"
#include "ChartParts.h"
#include "ChartTheme.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace DashboardCharts {

namespace {

struct Bucket
{
    QDate from;
    QDate to;
    int planned = 0;
    int completed = 0;
};

// Days, or weeks from the first campaign day when the campaign is long.
QList<Bucket> buckets(const QList<DaySummary>& days)
{
    const int width = days.size() > maxDailyBars ? 7 : 1;
    QList<Bucket> out;
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (i % width == 0)
            out.append({days[i].day, days[i].day, 0, 0});
        out.last().to = days[i].day;
        out.last().planned += days[i].planned;
        out.last().completed += days[i].completed;
    }
    return out;
}

} // namespace

// Planned (starting) and completed (done, ending) activities per day or week over the campaign
// period, with today as a dashed red line. A bar opens the activities running in that day or week.
QChart* timeline(const CampaignSummary& summary)
{
    auto* chart = new QChart;
    const QList<Bucket> bs = buckets(summary.days);
    const bool weekly = summary.days.size() > maxDailyBars;
    const auto tr = [](const char* s) { return QCoreApplication::translate("DashboardCharts", s); };
    ChartTheme::apply(chart, weekly ? tr("Activities per week") : title(Kind::Timeline));
    auto* drill = new ChartDrillDown(chart);
    QList<qreal> planned, completed;
    QList<ActivityFilter> plannedFilters, completedFilters;
    int max = 0;
    for (const Bucket& b : bs) {
        planned << b.planned;
        completed << b.completed;
        max = std::max({max, b.planned, b.completed});
        ActivityFilter f = ChartParts::baseFilter(summary);
        f.from = b.from;
        f.to = b.to;
        plannedFilters << f;
        f.status = int(ActivityStatus::Done);
        completedFilters << f;
    }
    auto* series = new QBarSeries;
    series->setBarWidth(0.8);
    QBarSet* plannedSet = ChartParts::barSet(tr("Planned (starting)"), QColor(0x5D, 0x6D, 0x7E), planned);
    QBarSet* completedSet =
        ChartParts::barSet(tr("Completed"), ChartTheme::statusColour(ActivityStatus::Done), completed);
    series->append({plannedSet, completedSet});
    drill->bind(plannedSet, plannedFilters);
    drill->bind(completedSet, completedFilters);

    // A value axis labelled with dates every few bars: a bar-category axis would print every day.
    auto* axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setLabelsFont(ChartTheme::labelFont());
    axisX->setGridLineVisible(false);
    axisX->setRange(-0.5, std::max<qreal>(0.5, bs.size() - 0.5));
    const int every = bs.size() > 40 ? 7 : bs.size() > 15 ? 5 : 1;
    for (qsizetype i = 0; i < bs.size(); i += every)
        axisX->append(QStringLiteral("%1/%2").arg(bs[i].from.month()).arg(bs[i].from.day()), qreal(i));
    QValueAxis* axisY = ChartParts::countAxis(max);
    ChartParts::attach(chart, series, axisX, axisY, false);

    const QDate today = summary.today;
    if (!bs.isEmpty() && today.isValid() && today >= bs.first().from && today <= bs.last().to) {
        const qreal x =
            weekly ? qreal(bs.first().from.daysTo(today) / 7) : qreal(bs.first().from.daysTo(today));
        auto* marker = new QLineSeries;
        marker->setName(tr("Today"));
        marker->append(x, 0);
        marker->append(x, axisY->max());
        QPen pen(QColor(0xC0, 0x39, 0x2B), 2, Qt::DashLine);
        marker->setPen(pen);
        chart->addSeries(marker);
        marker->attachAxis(axisX);
        marker->attachAxis(axisY);
    }
    return chart;
}

} // namespace DashboardCharts
