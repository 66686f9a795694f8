#include "DashboardCharts.h"

#include "ChartDrillDown.h"
#include "ChartParts.h"
#include "ChartTheme.h"
#include "DashboardFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace DashboardCharts {

// Metrics have different units and sizes, so each bar is the actual as a share of its own target
// and the label carries the figures themselves ("155余 / 150 人次"). A dashed line marks 100 %.
QChart* metrics(const CampaignSummary& summary)
{
    auto* chart = new QChart;
    ChartTheme::apply(chart, title(Kind::Metrics));
    new ChartDrillDown(chart); // figures belong to no single filter
    QList<MetricSummary> shown;
    for (const MetricSummary& m : summary.metrics)
        if (m.target.isSet || m.actual.isSet)
            shown << m;
    QStringList labels;
    QList<qreal> shares;
    qreal max = 100;
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const MetricSummary& m = shown[i];
        const bool hasTarget = m.target.isSet && m.target.value > 0;
        const qreal share = hasTarget ? 100 * (m.actual.isSet ? m.actual.value : 0) / m.target.value : 0;
        labels << QStringLiteral("%1 %2 / %3 %4")
                      .arg(ChartTheme::elide(m.name, 8), DashboardFormat::amount(m.actual),
                           DashboardFormat::amount(m.target), m.unit);
        shares << qRound(share * 10) / 10.0;
        max = std::max(max, share);
    }
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.6);
    QBarSet* set = ChartParts::barSet(QCoreApplication::translate("DashboardCharts", "Actual as % of target"),
                                      QColor(0x2E, 0x86, 0xC1), shares);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QValueAxis* axisX = ChartParts::countAxis(max * 1.15);
    axisX->setLabelFormat(QStringLiteral("%.0f%%"));
    QBarCategoryAxis* axisY = ChartParts::categoryAxis(labels);
    ChartParts::attach(chart, series, axisY, axisX, true);
    if (!shown.isEmpty()) {
        auto* goal = new QLineSeries;
        goal->setName(QCoreApplication::translate("DashboardCharts", "Target"));
        goal->append(100, -0.5);
        goal->append(100, shown.size() - 0.5);
        goal->setPen(QPen(QColor(0xC0, 0x39, 0x2B), 1.5, Qt::DashLine));
        chart->addSeries(goal);
        goal->attachAxis(axisX);
        goal->attachAxis(axisY);
    }
    return chart;
}

} // namespace DashboardCharts
