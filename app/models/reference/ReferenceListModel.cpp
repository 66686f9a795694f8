#include "ReferenceListModel.h"

QString ReferenceListModel::nameAt(int row) const
{
    return index(row, nameColumn()).data(Qt::EditRole).toString();
}

QString ReferenceListModel::removalQuestion(int row) const
{
    return tr("Delete “%1”?").arg(nameAt(row));
}

Qt::ItemFlags ReferenceListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() && m_editor ? f | Qt::ItemIsEditable : f;
}

bool ReferenceListModel::edit(const std::function<bool(ReferenceEditor&, QString*)>& write, QString* error)
{
    if (!m_editor)
        return fail(tr("Reference data cannot be changed here."), error);
    QString reason;
    if (!write(*m_editor, &reason))
        return fail(reason, error);
    m_lastError.clear();
    emit changed();
    return true;
}

bool ReferenceListModel::fail(const QString& reason, QString* error)
{
    m_lastError = reason;
    if (error)
        *error = reason;
    emit refused(reason);
    return false;
}

RowChange ReferenceListModel::beginChange(RowChange change, qsizetype oldCount, qsizetype newCount)
{
    const auto inside = [](int row, qsizetype count) { return row >= 0 && row < count; };
    bool fits = false;
    switch (change.kind) {
    case RowChange::Changed:
        fits = newCount == oldCount && inside(change.row, oldCount);
        break;
    case RowChange::Inserted:
        fits = newCount == oldCount + 1 && inside(change.row, newCount);
        break;
    case RowChange::Removed:
        fits = newCount == oldCount - 1 && inside(change.row, oldCount);
        break;
    case RowChange::Moved:
        fits = newCount == oldCount && inside(change.row, oldCount) && inside(change.to, oldCount) &&
               change.row != change.to;
        break;
    case RowChange::Reset:
        break;
    }
    if (!fits)
        change = RowChange::reset();
    switch (change.kind) {
    case RowChange::Reset:
        beginResetModel();
        break;
    case RowChange::Inserted:
        beginInsertRows({}, change.row, change.row);
        break;
    case RowChange::Removed:
        beginRemoveRows({}, change.row, change.row);
        break;
    case RowChange::Moved: // the destination counts rows before the move
        beginMoveRows({}, change.row, change.row, {}, change.to > change.row ? change.to + 1 : change.to);
        break;
    case RowChange::Changed:
        break;
    }
    return change;
}

void ReferenceListModel::endChange(const RowChange& change)
{
    switch (change.kind) {
    case RowChange::Reset:
        endResetModel();
        break;
    case RowChange::Inserted:
        endInsertRows();
        break;
    case RowChange::Removed:
        endRemoveRows();
        break;
    case RowChange::Moved:
        endMoveRows();
        break;
    case RowChange::Changed:
        emit dataChanged(index(change.row, 0), index(change.row, columnCount() - 1));
        break;
    }
}
