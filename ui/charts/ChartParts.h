#pragma once

#include "ActivityFilter.h"
#include "CampaignSummary.h"

#include <QStringList>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

// Pieces the chart builders share: axes that suit small counts, unique category labels and the
// filter every drill-down starts from. Internal to cp_charts.
namespace ChartParts {
ActivityFilter baseFilter(const CampaignSummary& summary);
// 0 … a round number ≥ max, ticks on whole numbers.
QValueAxis* countAxis(double max);
// Category axis with labels made unique (QBarCategoryAxis drops duplicates).
QBarCategoryAxis* categoryAxis(const QStringList& labels);
QBarSet* barSet(const QString& name, const QColor& colour, const QList<qreal>& values);
// Adds the series with a category axis on the left (horizontal) or bottom and a count axis.
void attach(QChart* chart, QAbstractBarSeries* series, QAbstractAxis* categories, QValueAxis* values,
            bool horizontal);
// Hides the legend entries of the given sets (sets drawn only for their colour).
void hideFromLegend(QChart* chart, QAbstractBarSeries* series, const QList<QBarSet*>& sets);
} // namespace ChartParts
