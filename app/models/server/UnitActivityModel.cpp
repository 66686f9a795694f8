#include "UnitActivityModel.h"

#include "ActivityStatus.h"

UnitActivityModel::UnitActivityModel(QObject* parent) : QAbstractTableModel(parent) {}

namespace {
bool sameLine(const ConsolidatedActivity& a, const ConsolidatedActivity& b)
{
    return a.title == b.title && a.pillar == b.pillar && a.leadDepartment == b.leadDepartment &&
           a.status == b.status && a.evidence == b.evidence;
}
} // namespace

void UnitActivityModel::setActivities(const QList<ConsolidatedActivity>& activities)
{
    if (activities.size() != m_rows.size()) {
        beginResetModel();
        m_rows = activities;
        endResetModel();
        return;
    }
    // The same number of lines: the changed ones are announced as one span (usually one line).
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < activities.size(); ++i)
        if (!sameLine(activities.at(i), m_rows.at(i))) {
            if (first < 0)
                first = i;
            last = i;
        }
    m_rows = activities;
    if (first >= 0)
        emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
}

int UnitActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitActivityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const ConsolidatedActivity& a = m_rows.at(index.row());
    switch (index.column()) {
    case Title:
        return a.title;
    case Pillar:
        return a.pillar;
    case LeadDepartment:
        return a.leadDepartment;
    case Status: {
        ActivityStatus s = ActivityStatus::NotStarted;
        return ActivityStatuses::fromInt(a.status, &s) ? ActivityStatuses::displayName(s) : QString();
    }
    case Evidence:
        return QString::number(a.evidence);
    }
    return {};
}

QVariant UnitActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
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
