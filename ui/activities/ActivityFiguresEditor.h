#pragma once

#include "Metric.h"

#include <QTableWidget>

// The campaign's metrics with one activity's target and actual values, each with the "余"
// (approximately, "more than") flag local summaries use: "发放宣传资料2万余份".
class ActivityFiguresEditor : public QTableWidget
{
    Q_OBJECT

public:
    explicit ActivityFiguresEditor(QWidget* parent = nullptr);

    void setMetrics(const QList<Metric>& metrics);
    void setFigures(const QList<MetricValue>& figures);
    QList<MetricValue> figures() const;

signals:
    void figuresEdited();

private:
    enum Column { NameColumn, TargetColumn, TargetApproxColumn, ActualColumn, ActualApproxColumn };
    Amount amount(int row, int valueColumn, int approxColumn) const;
    void setAmount(int row, int valueColumn, int approxColumn, const Amount& amount);

    QList<Metric> m_metrics;
    bool m_updating = false;
};
