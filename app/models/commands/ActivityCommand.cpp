#include "ActivityCommand.h"

#include "ActivityStore.h"

ActivityCommand::ActivityCommand(ActivityStore& store, const QString& text) : m_store(store)
{
    setText(text);
}

bool ActivityCommand::apply(QString* error)
{
    m_applied = forward(error);
    return m_applied;
}

void ActivityCommand::redo()
{
    if (m_applied) { // QUndoStack::push() calls redo() for a change apply() already wrote
        m_applied = false;
        return;
    }
    QString error;
    if (!forward(&error))
        fail(error);
}

void ActivityCommand::undo()
{
    QString error;
    if (!backward(&error))
        fail(error);
}

void ActivityCommand::fail(const QString& error)
{
    setObsolete(true);
    emit m_store.writeFailed(error);
}
