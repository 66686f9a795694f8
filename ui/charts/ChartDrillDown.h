#pragma once

#include "ActivityFilter.h"

#include <QHash>
#include <QList>
#include <QObject>

class QBarSet;
class QChart;
class QPieSlice;

// Which activities a bar or slice stands for. Lives as a child of its chart, so whoever shows
// the chart only connects requested() and the chart builders alone know what a click means.
class ChartDrillDown : public QObject
{
    Q_OBJECT

public:
    explicit ChartDrillDown(QChart* chart);
    // The chart's drill-down, or nullptr when the chart has none.
    static ChartDrillDown* of(const QChart* chart);

    // Bar `i` of `set` stands for filters[i].
    void bind(QBarSet* set, const QList<ActivityFilter>& filters);
    void bind(QPieSlice* slice, const ActivityFilter& filter);
    // nullopt when the bar or slice has no meaning (e.g. a legend-only set).
    std::optional<ActivityFilter> filterFor(const QBarSet* set, int index) const;
    std::optional<ActivityFilter> filterFor(const QPieSlice* slice) const;

signals:
    void requested(const ActivityFilter& filter);

private:
    QHash<const QBarSet*, QList<ActivityFilter>> m_bars;
    QHash<const QPieSlice*, ActivityFilter> m_slices;
};
