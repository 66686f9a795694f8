#include "DepartmentListModel.h"

#include "DepartmentRepository.h"
#include "ReferenceEditor.h"

#include <QBrush>
#include <QPalette>

DepartmentListModel::DepartmentListModel(const Database& db, QObject* parent)
    : ReferenceListModel(parent), m_db(db)
{}

void DepartmentListModel::setDepartments(const QList<Department>& departments, RowChange change)
{
    change = beginChange(change, m_departments.size(), departments.size());
    m_departments = departments;
    m_usageRead = false;
    endChange(change);
}

int DepartmentListModel::usage(int row) const
{
    if (!m_usageRead) {
        m_usageRead = true;
        m_usage.clear();
        QString error; // a count that cannot be read shows as 0; removing still asks first
        const DepartmentRepository repository(m_db);
        for (const Department& d : m_departments) {
            int used = 0;
            if (repository.usage(d.id, &used, &error))
                m_usage.insert(d.id, used);
        }
    }
    return m_usage.value(m_departments.value(row).id);
}

void DepartmentListModel::activitiesChanged()
{
    m_usageRead = false;
    if (!m_departments.isEmpty())
        emit dataChanged(index(0, UsageColumn), index(rowCount() - 1, UsageColumn));
}

int DepartmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_departments.size());
}

int DepartmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Department& d = m_departments[index.row()];
    switch (role) {
    case IdRole:
        return d.id;
    case ArchivedRole:
        return d.archived;
    case UsageRole:
        return usage(index.row());
    case Qt::ForegroundRole:
        return d.archived ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(d.name) : QVariant();
    case ArchivedColumn:
        if (role == Qt::CheckStateRole)
            return d.archived ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Archived departments stay on old activities but are no longer offered.");
        return {};
    case UsageColumn:
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return role == Qt::DisplayRole ? QVariant(usage(index.row())) : QVariant();
    }
    return {};
}

QVariant DepartmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Department");
    case ArchivedColumn:
        return tr("Archived");
    case UsageColumn:
        return tr("Activities");
    }
    return {};
}

Qt::ItemFlags DepartmentListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags editable = ReferenceListModel::flags(index);
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !(editable & Qt::ItemIsEditable))
        return f;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    else if (index.column() == ArchivedColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool DepartmentListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == NameColumn && role == Qt::EditRole)
        return rename(index.row(), value.toString(), nullptr);
    if (index.column() == ArchivedColumn && role == Qt::CheckStateRole)
        return setArchived(index.row(), value.toInt() == Qt::Checked, nullptr);
    return false;
}

bool DepartmentListModel::save(int row, const Department& changed, QString* error)
{
    Department d = changed;
    if (!isRowValid(row))
        d.id = 0; // gone: the editor says so
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.edit(d, e); }, error);
}

bool DepartmentListModel::rename(int row, const QString& name, QString* error)
{
    Department d = m_departments.value(row);
    d.name = name.trimmed();
    return save(row, d, error);
}

bool DepartmentListModel::setArchived(int row, bool archived, QString* error)
{
    Department d = m_departments.value(row);
    d.archived = archived;
    return save(row, d, error);
}

bool DepartmentListModel::appendNamed(const QString& name, QString* error)
{
    Department d;
    d.name = name.trimmed();
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.add(d, e); }, error);
}

bool DepartmentListModel::removeItem(int row, QString* error)
{
    const qint64 id = m_departments.value(row).id;
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.remove<Department>(id, e); }, error);
}

bool DepartmentListModel::moveItem(int from, int to, QString* error)
{
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.move<Department>(from, to, e); },
                error);
}

QString DepartmentListModel::removalQuestion(int row) const
{
    const int used = usage(row);
    if (used <= 0)
        return tr("Delete the department “%1”? No activity uses it.").arg(nameAt(row));
    return tr("Delete the department “%1”? %n activity(s) in this file name it as lead or assisting "
              "department and will lose it. Archiving keeps it on old activities instead.",
              nullptr, used)
        .arg(nameAt(row));
}
