#pragma once

#include "SubordinateUnit.h"

#include <QAbstractTableModel>
#include <QList>

// One imported unit's activities as the package page lists them: activity, pillar, lead department,
// status, evidence count. A plain list model, so a unit with 100 000 activities shows at once (the
// view asks only for the rows it paints).
class SubordinateActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Pillar, LeadDepartment, Status, Evidence, ColumnCount };

    explicit SubordinateActivityModel(QObject* parent = nullptr);

    void setActivities(QList<SubordinateActivity> activities);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SubordinateActivity> m_rows;
};
