#include "ChartDrillDown.h"

#include <QBarSet>
#include <QChart>
#include <QPieSlice>

ChartDrillDown::ChartDrillDown(QChart* chart) : QObject(chart)
{
    setObjectName(QStringLiteral("drillDown"));
}

ChartDrillDown* ChartDrillDown::of(const QChart* chart)
{
    return chart ? chart->findChild<ChartDrillDown*>(QStringLiteral("drillDown"), Qt::FindDirectChildrenOnly)
                 : nullptr;
}

void ChartDrillDown::bind(QBarSet* set, const QList<ActivityFilter>& filters)
{
    m_bars.insert(set, filters);
    connect(set, &QBarSet::clicked, this, [this, set](int index) {
        if (const std::optional<ActivityFilter> f = filterFor(set, index))
            emit requested(*f);
    });
}

void ChartDrillDown::bind(QPieSlice* slice, const ActivityFilter& filter)
{
    m_slices.insert(slice, filter);
    connect(slice, &QPieSlice::clicked, this, [this, slice] {
        if (const std::optional<ActivityFilter> f = filterFor(slice))
            emit requested(*f);
    });
}

std::optional<ActivityFilter> ChartDrillDown::filterFor(const QBarSet* set, int index) const
{
    const auto it = m_bars.constFind(set);
    if (it == m_bars.cend() || index < 0 || index >= it->size())
        return std::nullopt;
    return it->at(index);
}

std::optional<ActivityFilter> ChartDrillDown::filterFor(const QPieSlice* slice) const
{
    const auto it = m_slices.constFind(slice);
    if (it == m_slices.cend())
        return std::nullopt;
    return *it;
}
