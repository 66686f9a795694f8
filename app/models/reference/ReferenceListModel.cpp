#include "ReferenceListModel.h"

QString ReferenceListModel::nameAt(int row) const
{
    return index(row, nameColumn()).data(Qt::EditRole).toString();
}

QString ReferenceListModel::removalQuestion(int row) const
{
    return tr("Delete “%1”?").arg(nameAt(row));
}

bool ReferenceListModel::fail(const QString& reason, QString* error)
{
    m_lastError = reason;
    if (error)
        *error = reason;
    emit refused(reason);
    return false;
}

bool ReferenceListModel::succeed()
{
    m_lastError.clear();
    emit changed();
    return true;
}

bool ReferenceListModel::beginMoveItem(int from, int to)
{
    return beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
}

bool ReferenceListModel::sameName(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}
