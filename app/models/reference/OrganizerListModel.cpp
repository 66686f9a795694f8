#include "OrganizerListModel.h"

#include "ReferenceEditor.h"

void OrganizerListModel::setOrganizers(const QList<Organizer>& organizers, RowChange change)
{
    change = beginChange(change, m_organizers.size(), organizers.size());
    m_organizers = organizers;
    endChange(change);
}

int OrganizerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_organizers.size());
}

int OrganizerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organizer& o = m_organizers[index.row()];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == NameColumn)
        return o.name;
    return role == Qt::DisplayRole ? o.activities.simplified() : o.activities;
}

QVariant OrganizerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1; // the notice numbers its organizers
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Organizer") : tr("Main activities");
}

bool OrganizerListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Organizer o = m_organizers[index.row()];
    if (index.column() == NameColumn)
        o.name = value.toString().trimmed();
    else
        o.activities = value.toString();
    return edit([&](ReferenceEditor& editor, QString* error) { return editor.edit(o, error); }, nullptr);
}

bool OrganizerListModel::appendNamed(const QString& name, QString* error)
{
    Organizer o;
    o.name = name.trimmed();
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.add(o, e); }, error);
}

bool OrganizerListModel::removeItem(int row, QString* error)
{
    const qint64 id = m_organizers.value(row).id;
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.remove<Organizer>(id, e); }, error);
}

bool OrganizerListModel::moveItem(int from, int to, QString* error)
{
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.move<Organizer>(from, to, e); },
                error);
}
