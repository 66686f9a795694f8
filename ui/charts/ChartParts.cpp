#include "ChartParts.h"

#include "ChartTheme.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace ChartParts {

ActivityFilter baseFilter(const CampaignSummary& summary)
{
    ActivityFilter f;
    f.campaignId = summary.campaign.id;
    return f;
}

QValueAxis* countAxis(double max)
{
    auto* axis = new QValueAxis;
    const double raw = std::max(1.0, max) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= raw)
            break;
    }
    step = std::max(1.0, step);
    axis->setRange(0, std::max(step, std::ceil(max / step) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(ChartTheme::labelFont());
    axis->setGridLineColor(QColor(0xE5, 0xE8, 0xE8));
    return axis;
}

QBarCategoryAxis* categoryAxis(const QStringList& labels)
{
    QStringList unique;
    for (const QString& l : labels) {
        QString candidate = l;
        for (int n = 2; unique.contains(candidate); ++n)
            candidate = QStringLiteral("%1 (%2)").arg(l).arg(n);
        unique << candidate;
    }
    auto* axis = new QBarCategoryAxis;
    axis->append(unique);
    axis->setLabelsFont(ChartTheme::labelFont());
    axis->setGridLineVisible(false);
    axis->setTruncateLabels(false); // names were elided to a known length; never cut them to "…"
    return axis;
}

QBarSet* barSet(const QString& name, const QColor& colour, const QList<qreal>& values)
{
    auto* set = new QBarSet(name);
    set->append(values);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    set->setLabelFont(ChartTheme::labelFont());
    set->setLabelColor(QColor(0x1C, 0x28, 0x33));
    return set;
}

void attach(QChart* chart, QAbstractBarSeries* series, QAbstractAxis* categories, QValueAxis* values,
            bool horizontal)
{
    chart->addSeries(series);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
}

void hideFromLegend(QChart* chart, QAbstractBarSeries* series, const QList<QBarSet*>& sets)
{
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (QLegendMarker* m : markers) {
        auto* bar = qobject_cast<QBarLegendMarker*>(m);
        if (bar && sets.contains(bar->barset()))
            m->setVisible(false);
    }
}

} // namespace ChartParts
