#pragma once

#include <QChartView>

class ConsolidatedModel;

// 汇总图: one stacked bar per unit of the consolidated view (this unit first, then each subordinate),
// split into done / in progress / not started / cancelled in the dashboard's status colours. Follows
// the model: rebuilt whenever it is reset (after a refresh or an import). The total row is left out;
// the table shows it.
class UnitRollUpChart : public QChartView
{
    Q_OBJECT

public:
    explicit UnitRollUpChart(ConsolidatedModel* model, QWidget* parent = nullptr);

    // The chart for the model's units; new, owned by the caller.
    static QChart* create(const ConsolidatedModel& model);

private:
    void rebuild();

    ConsolidatedModel* m_model;
};
