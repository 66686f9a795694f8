#pragma once

#include <QUndoCommand>

#include <memory>

class QUndoStack;

// Base of the undo commands that write the campaign file: the first write happens in apply() before
// the command is pushed, so a refused write never reaches the stack. A later undo or redo that cannot
// be written marks the command obsolete (QUndoStack drops it) and is reported through failed().
class WriteCommand : public QUndoCommand
{
public:
    explicit WriteCommand(const QString& text);

    // Performs the change for the first time; false and a reason when the file refused it.
    bool apply(QString* error);
    // apply(), then onto the stack; a refused command is deleted and its reason returned.
    static bool push(QUndoStack& stack, std::unique_ptr<WriteCommand> command, QString* error);

    // Whether the change reaches the shared server when the window is open on one (activities do).
    // The stack of such a window names why the others are refused (setSharedRefusal); they are
    // refused before they write anything, so the local copy never drifts from the server.
    virtual bool reachesServer() const { return false; }
    static void setSharedRefusal(QUndoStack& stack, const QString& reason);
    // The reason set above (empty for a file), for writes that are not undo commands (a campaign
    // copied or made from a notice, a package import): refused alike.
    static QString sharedRefusal(const QUndoStack& stack);

    void redo() final;
    void undo() final;

protected:
    virtual bool forward(QString* error) = 0;
    virtual bool backward(QString* error) = 0;
    virtual void failed(const QString& error) = 0;

private:
    void fail(const QString& error);

    bool m_applied = false;
};
