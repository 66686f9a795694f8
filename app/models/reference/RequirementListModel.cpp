#include "RequirementListModel.h"

#include "ReferenceEditor.h"

void RequirementListModel::setRequirements(const QList<Requirement>& requirements, RowChange change)
{
    change = beginChange(change, m_requirements.size(), requirements.size());
    m_requirements = requirements;
    endChange(change);
}

int RequirementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requirements.size());
}

int RequirementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Requirement& r = m_requirements[index.row()];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == TitleColumn)
        return r.title;
    return role == Qt::DisplayRole ? r.text.simplified() : r.text;
}

QVariant RequirementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1; // the notice numbers its requirements
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TitleColumn ? tr("Requirement") : tr("Text");
}

bool RequirementListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Requirement r = m_requirements[index.row()];
    if (index.column() == TitleColumn)
        r.title = value.toString().trimmed();
    else
        r.text = value.toString();
    return edit([&](ReferenceEditor& editor, QString* error) { return editor.edit(r, error); }, nullptr);
}

bool RequirementListModel::appendNamed(const QString& title, QString* error)
{
    Requirement r;
    r.title = title.trimmed();
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.add(r, e); }, error);
}

bool RequirementListModel::removeItem(int row, QString* error)
{
    const qint64 id = m_requirements.value(row).id;
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.remove<Requirement>(id, e); },
                error);
}

bool RequirementListModel::moveItem(int from, int to, QString* error)
{
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.move<Requirement>(from, to, e); },
                error);
}
