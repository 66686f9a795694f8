#include "UnitRollUpChart.h"

#include "ActivityStatus.h"
#include "ChartParts.h"
#include "ChartTheme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

UnitRollUpChart::UnitRollUpChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    setBackgroundBrush(Qt::white);
    setFrameShape(QFrame::StyledPanel);
    setUnits({});
}

QChart* UnitRollUpChart::create(const QList<UnitBar>& units)
{
    auto* chart = new QChart;
    ChartTheme::apply(chart, tr("Activities by unit"));
    // Horizontal bars read top-down, so the first unit is the last category.
    QStringList labels;
    int max = 0;
    for (auto it = units.crbegin(); it != units.crend(); ++it) {
        labels << QStringLiteral("%1 (%2)").arg(ChartTheme::elide(it->name, 14)).arg(it->total);
        max = qMax(max, it->total);
    }
    const QList<std::pair<ActivityStatus, int UnitBar::*>> parts = {
        {ActivityStatus::Done, &UnitBar::done},
        {ActivityStatus::InProgress, &UnitBar::inProgress},
        {ActivityStatus::NotStarted, &UnitBar::notStarted},
        {ActivityStatus::Cancelled, &UnitBar::cancelled}};
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    for (const auto& [status, field] : parts) {
        QList<qreal> values;
        for (auto it = units.crbegin(); it != units.crend(); ++it)
            values << (*it).*field;
        series->append(ChartParts::barSet(ActivityStatuses::displayName(status),
                                          ChartTheme::statusColour(status), values));
    }
    ChartParts::attach(chart, series, ChartParts::categoryAxis(labels), ChartParts::countAxis(max), true);
    return chart;
}

void UnitRollUpChart::setUnits(const QList<UnitBar>& units)
{
    // A bar and its label need a line each: a province's hundred units grow the chart, which its
    // page scrolls, rather than squeezing the labels over one another.
    setMinimumHeight(qMax(minimumChartHeight, chartMargin + lineHeight * int(units.size())));
    QChart* old = chart();
    setChart(create(units)); // QChartView does not delete the chart it replaces
    delete old;
}
