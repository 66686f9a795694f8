#include "ReferenceListModel.h"

#include <QPointer>
#include <QTimer>
#include <QUndoStack>

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

void ReferenceListModel::recordWrite(const QString& text, ReferenceWriteCommand::Write undo,
                                     ReferenceWriteCommand::Write redo)
{
    if (!m_undoStack)
        return;
    QPointer<ReferenceListModel> self(this);
    m_undoStack->push(
        new ReferenceWriteCommand(text, std::move(undo), std::move(redo), [self](const QString& error) {
            if (self)
                self->afterUndoOrRedo(error);
        }));
}

void ReferenceListModel::afterUndoOrRedo(const QString& error)
{
    QString problem = error;
    if (!reload(&problem) && problem.isEmpty())
        problem = tr("The list could not be read again.");
    // Announced after the undo stack has finished: listeners may reload the workspace, which can
    // clear that stack.
    QTimer::singleShot(0, this, [this, problem] {
        if (problem.isEmpty())
            succeed();
        else
            fail(problem);
    });
}
