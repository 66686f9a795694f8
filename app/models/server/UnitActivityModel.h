#pragma once

#include "ConsolidatedInput.h"

#include <QAbstractTableModel>
#include <QList>

// One unit's activity lines of a consolidation (ConsolidatedActivity: activity, pillar, lead
// department, status, evidence), the columns of SubordinateActivityModel, for units read from the
// server. A refresh with as many activities as before announces changed cells only, so a view keeps
// its selection and scroll position.
class UnitActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Pillar, LeadDepartment, Status, Evidence, ColumnCount };

    explicit UnitActivityModel(QObject* parent = nullptr);

    void setActivities(const QList<ConsolidatedActivity>& activities);
    const QList<ConsolidatedActivity>& activities() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConsolidatedActivity> m_rows;
};
