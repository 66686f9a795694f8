#pragma once

#include <QUndoCommand>

class ActivityStore;

// Base of the activity undo commands: the first write happens in apply() before the command is
// pushed, so a refused write never reaches the stack. A later undo or redo that cannot be written
// marks the command obsolete (QUndoStack drops it) and reports through ActivityStore::writeFailed.
class ActivityCommand : public QUndoCommand
{
public:
    ActivityCommand(ActivityStore& store, const QString& text);

    // Performs the change for the first time; false and a reason when the file refused it.
    bool apply(QString* error);

    void redo() final;
    void undo() final;

protected:
    virtual bool forward(QString* error) = 0;
    virtual bool backward(QString* error) = 0;

    ActivityStore& m_store;

private:
    void fail(const QString& error);

    bool m_applied = false;
};
