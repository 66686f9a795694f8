#include "SubordinateActivityModel.h"

#include "ActivityStatus.h"

SubordinateActivityModel::SubordinateActivityModel(QObject* parent) : QAbstractTableModel(parent) {}

void SubordinateActivityModel::setActivities(QList<SubordinateActivity> activities)
{
    beginResetModel();
    m_rows = std::move(activities);
    endResetModel();
}

int SubordinateActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubordinateActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubordinateActivityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const SubordinateActivity& a = m_rows.at(index.row());
    switch (index.column()) {
    case Title:
        return a.title;
    case Pillar:
        return a.pillar;
    case LeadDepartment:
        return a.leadDepartment;
    case Status:
        return ActivityStatuses::displayName(static_cast<ActivityStatus>(a.status));
    case Evidence:
        return QString::number(a.evidence.size());
    }
    return {};
}

QVariant SubordinateActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Activity");
    case Pillar:
        return tr("Pillar");
    case LeadDepartment:
        return tr("Lead department");
    case Status:
        return tr("Status");
    case Evidence:
        return tr("Evidence");
    }
    return {};
}
