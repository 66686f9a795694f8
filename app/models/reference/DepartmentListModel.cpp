#include "DepartmentListModel.h"

#include "DepartmentRepository.h"

#include <QBrush>
#include <QPalette>

DepartmentListModel::DepartmentListModel(DepartmentRepository& repository, QObject* parent)
    : ReferenceListModel(parent), m_repository(repository)
{}

bool DepartmentListModel::load(QString* error)
{
    QList<Department> list;
    if (!m_repository.list(&list, error))
        return false;
    QList<int> usage;
    for (const Department& d : std::as_const(list)) {
        int used = 0;
        if (!m_repository.usage(d.id, &used, error))
            return false;
        usage.append(used);
    }
    beginResetModel();
    m_departments = std::move(list);
    m_usage = std::move(usage);
    endResetModel();
    return true;
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
        return m_usage.value(index.row());
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
        return role == Qt::DisplayRole ? QVariant(m_usage.value(index.row())) : QVariant();
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
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
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

QString DepartmentListModel::nameProblem(const QString& name, int exceptRow) const
{
    if (name.trimmed().isEmpty())
        return tr("A department needs a name.");
    for (int i = 0; i < m_departments.size(); ++i)
        if (i != exceptRow && sameName(m_departments[i].name, name))
            return tr("A department named “%1” already exists.").arg(m_departments[i].name);
    return {};
}

bool DepartmentListModel::save(int row, Department changed, const QString& undoText, QString* error)
{
    QString problem;
    if (!m_repository.save(changed, &problem))
        return fail(problem, error);
    DepartmentRepository* repo = &m_repository;
    recordWrite(
        undoText, [repo, old = m_departments[row]](QString* e) mutable { return repo->save(old, e); },
        [repo, changed](QString* e) mutable { return repo->save(changed, e); });
    m_departments[row] = changed;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return succeed();
}

bool DepartmentListModel::rename(int row, const QString& name, QString* error)
{
    if (!isRowValid(row, rowCount()))
        return fail(tr("The department no longer exists."), error);
    if (const QString problem = nameProblem(name, row); !problem.isEmpty())
        return fail(problem, error);
    if (m_departments[row].name == name.trimmed())
        return true;
    Department d = m_departments[row];
    d.name = name.trimmed();
    return save(row, d, tr("Rename department “%1”").arg(m_departments[row].name), error);
}

bool DepartmentListModel::setArchived(int row, bool archived, QString* error)
{
    if (!isRowValid(row, rowCount()))
        return fail(tr("The department no longer exists."), error);
    if (m_departments[row].archived == archived)
        return true;
    Department d = m_departments[row];
    d.archived = archived;
    return save(row, d,
                (archived ? tr("Archive department “%1”") : tr("Restore department “%1”")).arg(d.name),
                error);
}

bool DepartmentListModel::appendNamed(const QString& name, QString* error)
{
    if (const QString problem = nameProblem(name, -1); !problem.isEmpty())
        return fail(problem, error);
    Department d;
    d.name = name.trimmed();
    QString problem;
    if (!m_repository.save(d, &problem))
        return fail(problem, error);
    d.position = int(m_departments.size());
    const int row = int(m_departments.size());
    beginInsertRows({}, row, row);
    m_departments.append(d);
    m_usage.append(0);
    endInsertRows();
    return succeed();
}

bool DepartmentListModel::removeItem(int row, QString* error)
{
    if (!isRowValid(row, rowCount()))
        return fail(tr("The department no longer exists."), error);
    QString problem;
    if (!m_repository.remove(m_departments[row].id, &problem))
        return fail(problem, error);
    beginRemoveRows({}, row, row);
    m_departments.removeAt(row);
    m_usage.removeAt(row);
    endRemoveRows();
    return succeed();
}

bool DepartmentListModel::moveItem(int from, int to, QString* error)
{
    if (!isRowValid(from, rowCount()) || !isRowValid(to, rowCount()))
        return fail(tr("The department cannot move there."), error);
    if (from == to)
        return true;
    QList<qint64> ids;
    for (const Department& d : std::as_const(m_departments))
        ids.append(d.id);
    ids.move(from, to);
    QString problem;
    if (!m_repository.setOrder(ids, &problem))
        return fail(problem, error);
    QList<qint64> before = ids;
    before.move(to, from);
    DepartmentRepository* repo = &m_repository;
    recordWrite(
        tr("Move department “%1”").arg(m_departments[from].name),
        [repo, before](QString* e) { return repo->setOrder(before, e); },
        [repo, ids](QString* e) { return repo->setOrder(ids, e); });
    beginMoveItem(from, to);
    m_departments.move(from, to);
    m_usage.move(from, to);
    for (int i = 0; i < m_departments.size(); ++i)
        m_departments[i].position = i;
    endMoveRows();
    return succeed();
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
