#include "ActivityConflictModel.h"

#include "ActivityMerge.h"
#include "ActivityTableModel.h"
#include "PillarListModel.h"
#include "Workspace.h"

#include <QSet>

using ActivityMerge::Field;

namespace {

// The activity table's column for a field it shows; -1 for the others.
int tableColumn(Field field)
{
    using M = ActivityTableModel;
    switch (field) {
    case Field::Title:
        return M::TitleColumn;
    case Field::Dates:
        return M::DatesColumn;
    case Field::Lead:
        return M::LeadColumn;
    case Field::Assisting:
        return M::AssistingColumn;
    case Field::Location:
        return M::LocationColumn;
    case Field::Owner:
        return M::OwnerColumn;
    case Field::Deadline:
        return M::DeadlineColumn;
    case Field::Status:
        return M::StatusColumn;
    case Field::Progress:
        return M::ProgressColumn;
    default:
        return -1;
    }
}

} // namespace

ActivityConflictModel::ActivityConflictModel(const Workspace& workspace, QList<ActivityConflict> conflicts,
                                             QObject* parent)
    : QAbstractTableModel(parent), m_ws(workspace), m_conflicts(std::move(conflicts))
{
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const ActivityConflict& c = m_conflicts.at(i);
        if (c.gone) {
            m_rows.append({i, -1, true});
            continue;
        }
        const QList<Field> mine = ActivityMerge::differing(c.base, c.mine);
        const QList<Field> theirs = ActivityMerge::differing(c.base, c.theirs);
        for (Field field : ActivityMerge::allFields()) {
            if (!mine.contains(field) && !theirs.contains(field))
                continue;
            if (!ActivityMerge::differs(c.mine, c.theirs, field))
                continue; // both wrote the same
            m_rows.append({i, int(field), mine.contains(field) && theirs.contains(field)});
        }
    }
}

QString ActivityConflictModel::otherUsers() const
{
    QStringList names;
    for (const ActivityConflict& c : m_conflicts) {
        if (c.changedBy.isEmpty())
            continue;
        const QString who =
            c.changedAt.isValid()
                ? tr("%1 (%2)").arg(c.changedBy, c.changedAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                : c.changedBy;
        if (!names.contains(who))
            names << who;
    }
    return names.join(tr(", "));
}

QList<Activity> ActivityConflictModel::keptMine() const
{
    QList<Activity> out;
    for (const ActivityConflict& c : m_conflicts)
        out << (c.gone ? c.mine : ActivityMerge::keepMine(c.base, c.mine, c.theirs));
    return out;
}

int ActivityConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityConflictModel::valueText(const Activity& a, int field) const
{
    const Field f = Field(field);
    const int column = tableColumn(f);
    if (column >= 0)
        return m_ws.activityModel()->displayText(a, column);
    switch (f) {
    case Field::Pillar:
        for (const Pillar& p : m_ws.pillarModel()->pillars())
            if (p.id == a.pillarId)
                return p.title;
        return {};
    case Field::Description:
        return a.description;
    case Field::Phone:
        return a.phone;
    case Field::Notes:
        return a.notes;
    case Field::Figures:
        return tr("%n figures", nullptr, int(a.figures.size()));
    default:
        return {};
    }
}

QVariant ActivityConflictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const ActivityConflict& c = m_conflicts.at(row.conflict);
    if (role == BothChangedRole)
        return row.both;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ActivityColumn:
        return c.base.title; // as the user knew it before either change
    case FieldColumn: {
        if (row.field < 0)
            return tr("The whole activity");
        const int column = tableColumn(Field(row.field));
        if (column >= 0)
            return ActivityTableModel::fieldName(column);
        switch (Field(row.field)) {
        case Field::Pillar:
            return tr("Pillar");
        case Field::Description:
            return tr("Description");
        case Field::Phone:
            return tr("Phone");
        case Field::Notes:
            return tr("Notes");
        default:
            return tr("Figures");
        }
    }
    case TheirsColumn:
        return row.field < 0 ? tr("Deleted") : valueText(c.theirs, row.field);
    case MineColumn:
        return row.field < 0 ? tr("Kept, as you changed it") : valueText(c.mine, row.field);
    }
    return {};
}

QVariant ActivityConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActivityColumn:
        return tr("Activity");
    case FieldColumn:
        return tr("Field");
    case TheirsColumn:
        return tr("Theirs (on the server)");
    case MineColumn:
        return tr("Yours");
    }
    return {};
}
