#pragma once

#include <QChartView>
#include <QList>
#include <QString>

// One unit's activities by status, as the consolidated view (汇总) counts them.
struct UnitBar
{
    QString name;
    int done = 0;
    int inProgress = 0;
    int notStarted = 0;
    int cancelled = 0;
    int total = 0; // may exceed the parts (other statuses)
};

// 汇总图: one stacked bar per unit (this unit first, then each subordinate), split into done / in
// progress / not started / cancelled in the dashboard's status colours.
class UnitRollUpChart : public QChartView
{
    Q_OBJECT

public:
    explicit UnitRollUpChart(QWidget* parent = nullptr);

    // Also sets the minimum height so every unit gets a readable line (put the chart in a scroll area).
    void setUnits(const QList<UnitBar>& units);
    // The chart for these units; new, owned by the caller.
    static QChart* create(const QList<UnitBar>& units);

private:
    static constexpr int minimumChartHeight = 200;
    static constexpr int chartMargin = 110; // title, legend and the count axis
    static constexpr int lineHeight = 22;
};
