#include "ActivityTableModel.h"

#include "RowRuns.h"

#include "ActivityCellValues.h"
#include "ActivityEditor.h"
#include "DeadlineRules.h"
#include "PlanDateFormat.h"

#include <QColor>

#include <algorithm>

namespace {

// Beyond this many separate row ranges one reset is cheaper for proxies and views than many signals.
constexpr int kMaxRuns = 32;

bool byId(const Activity& a, qint64 id)
{
    return a.id < id;
}

} // namespace

ActivityTableModel::ActivityTableModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(clock)
{}

void ActivityTableModel::setReferenceData(const QList<Department>& departments, const QList<Pillar>& pillars)
{
    m_departmentNames.clear();
    for (const Department& d : departments)
        m_departmentNames.insert(d.id, d.name);
    m_pillarColours.clear();
    m_pillarOrder.clear();
    m_pillarTitles.clear();
    for (const Pillar& p : pillars) {
        m_pillarColours.insert(p.id, QColor(p.colour));
        m_pillarOrder.insert(p.id, p.position);
        m_pillarTitles.insert(p.id, p.shortName.isEmpty() ? p.title : p.shortName);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActivityTableModel::setActivities(QList<Activity> activities)
{
    beginResetModel();
    m_rows = std::move(activities);
    const auto byIdOrder = [](const Activity& a, const Activity& b) { return a.id < b.id; };
    if (!std::is_sorted(m_rows.cbegin(), m_rows.cend(), byIdOrder)) // the repository already orders by id
        std::sort(m_rows.begin(), m_rows.end(), byIdOrder);
    endResetModel();
}

int ActivityTableModel::rowOfId(qint64 id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, byId);
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

QString ActivityTableModel::assistingText(const Activity& a) const
{
    QStringList names;
    for (qint64 id : a.assistingDepartmentIds)
        names << m_departmentNames.value(id);
    return names.join(QStringLiteral("、"));
}

QString ActivityTableModel::displayText(const Activity& a, int column) const
{
    switch (column) {
    case TitleColumn:
        return a.title;
    case DatesColumn:
        return PlanDateFormat::of(a);
    case LeadColumn:
        return m_departmentNames.value(a.leadDepartmentId);
    case AssistingColumn:
        return assistingText(a);
    case LocationColumn:
        return a.location;
    case OwnerColumn:
        return a.owner;
    case DeadlineColumn: // written like the dates column, as local plans write them
        return PlanDateFormat::range(a.deadline, a.deadline);
    case StatusColumn:
        return ActivityStatuses::displayName(a.status);
    case ProgressColumn:
        return QStringLiteral("%1%").arg(a.progress);
    }
    return {};
}

QString ActivityTableModel::fieldName(int column)
{
    switch (column) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Activity");
    case DatesColumn:
        return tr("Dates");
    case LeadColumn:
        return tr("Lead department");
    case AssistingColumn:
        return tr("Assisting departments");
    case LocationColumn:
        return tr("Location");
    case OwnerColumn:
        return tr("Person in charge");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    }
    return {};
}

void ActivityTableModel::setMissingPhotos(const QSet<qint64>& ids)
{
    m_missingPhotos = ids;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn));
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity& a = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == NumberColumn ? QVariant(index.row() + 1) : QVariant(displayText(a, column));
    case Qt::EditRole:
        return ActivityCellValues::editValue(a, column);
    case Qt::ToolTipRole:
        if (column == NumberColumn)
            return m_pillarTitles.value(a.pillarId);
        if (column == TitleColumn && !a.description.isEmpty())
            return QStringLiteral("%1\n%2").arg(a.title, a.description);
        if (column == DeadlineColumn)
            return a.deadline.toString(Qt::ISODate);
        if (column == StatusColumn && m_missingPhotos.contains(a.id))
            return tr("Completed, but no photo is attached as evidence.");
        if (column == OwnerColumn && !a.phone.isEmpty())
            return QStringLiteral("%1 %2").arg(a.owner, a.phone);
        return displayText(a, column);
    case Qt::DecorationRole:
        if (column == NumberColumn && m_pillarColours.contains(a.pillarId))
            return m_pillarColours.value(a.pillarId);
        if (column == StatusColumn && m_missingPhotos.contains(a.id))
            return QColor(0xe0, 0x8a, 0x00); // the evidence check's flag
        return {};
    case Qt::BackgroundRole:
        return background(a);
    case Qt::ForegroundRole:
        return a.status == ActivityStatus::Cancelled ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == NumberColumn || column == ProgressColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ActivityRole:
        return QVariant::fromValue(a);
    case IdRole:
        return a.id;
    case SortRole:
        return column == NumberColumn ? QVariant(index.row()) : sortValue(a, column);
    case UrgencyRole:
        return int(DeadlineRules::urgency(a, deadlineDay()));
    case PillarColourRole:
        return m_pillarColours.value(a.pillarId);
    case PillarIdRole:
        return a.pillarId;
    case MissingPhotoRole:
        return m_missingPhotos.contains(a.id);
    }
    return {};
}

void ActivityTableModel::setCampaignState(CampaignState state)
{
    if (state == m_campaignState)
        return;
    m_campaignState = state;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant ActivityTableModel::background(const Activity& a) const
{
    switch (DeadlineRules::urgency(a, deadlineDay())) {
    case DeadlineRules::Urgency::Overdue:
        return QColor(0xfd, 0xe2, 0xe1);
    case DeadlineRules::Urgency::DueSoon:
        return QColor(0xff, 0xf0, 0xc8);
    case DeadlineRules::Urgency::None:
        break;
    }
    return {};
}

QVariant ActivityTableModel::sortValue(const Activity& a, int column) const
{
    switch (column) {
    case DatesColumn:
        return a.start.isValid() ? a.start : a.end;
    case DeadlineColumn:
        return a.deadline;
    case StatusColumn:
        return int(a.status);
    case ProgressColumn:
        return a.progress;
    }
    return displayText(a, column);
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == NumberColumn ? base : base | Qt::ItemIsEditable;
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return fieldName(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool ActivityTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_editor)
        return false;
    const Activity& before = m_rows.at(index.row());
    Activity after = before;
    QString reason;
    if (!ActivityCellValues::apply(after, index.column(), value, &reason)) {
        emit editRejected(reason);
        return false;
    }
    if (after == before)
        return true;
    return m_editor->edit(before, after, {}); // the editor names the change ("Edit Title")
}

void ActivityTableModel::applyUpdated(const QList<Activity>& activities)
{
    int first = INT_MAX, last = -1;
    for (const Activity& a : activities) {
        const int row = rowOfId(a.id);
        if (row < 0)
            continue;
        m_rows[row] = a;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ActivityTableModel::applyInserted(const QList<Activity>& activities)
{
    auto byIdOrder = [](const Activity& a, const Activity& b) { return a.id < b.id; };
    QList<Activity> sorted = activities; // shares the caller's rows unless they need sorting
    if (!std::is_sorted(sorted.cbegin(), sorted.cend(), byIdOrder))
        std::sort(sorted.begin(), sorted.end(), byIdOrder);
    // Each run of new rows that lands between the same two old rows is one insertion.
    QList<int> positions;
    for (const Activity& a : std::as_const(sorted))
        positions << int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), a.id, byId) - m_rows.cbegin());
    QList<int> distinct = positions;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() > kMaxRuns) {
        beginResetModel();
        m_rows.append(sorted);
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const Activity& a, const Activity& b) { return a.id < b.id; });
        endResetModel();
        return;
    }
    int inserted = 0;
    for (int i = 0; i < sorted.size();) {
        int j = i;
        while (j < sorted.size() && positions.at(j) == positions.at(i))
            ++j;
        const int row = positions.at(i) + inserted;
        beginInsertRows({}, row, row + (j - i) - 1);
        // One shift of the rows below per run, not one per row (a run at the top moves 100 000 rows).
        m_rows.insert(row, j - i, Activity());
        std::copy(sorted.cbegin() + i, sorted.cbegin() + j, m_rows.begin() + row);
        endInsertRows();
        inserted += j - i;
        i = j;
    }
}

void ActivityTableModel::applyRemoved(const QList<qint64>& ids)
{
    QList<int> rows;
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QList<std::pair<int, int>> runs = rowRuns(rows); // first, last
    if (runs.size() > kMaxRuns) {
        beginResetModel();
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            m_rows.removeAt(*it);
        endResetModel();
        return;
    }
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
}
