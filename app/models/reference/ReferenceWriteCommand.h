#pragma once

#include <QUndoCommand>

#include <functional>

// Undo of one reference-data write (a rename, a reorder, a changed field): two repository writes,
// the state before and the state after. The write has already happened when the command is pushed,
// so the first redo() does nothing. A write that fails on undo/redo (the item is gone) makes the
// command obsolete and reports the reason through `after`.
class ReferenceWriteCommand : public QUndoCommand
{
public:
    using Write = std::function<bool(QString* error)>;
    using After = std::function<void(const QString& error)>;

    ReferenceWriteCommand(const QString& text, Write undo, Write redo, After after);

    void undo() override;
    void redo() override;

private:
    void run(const Write& write);

    Write m_undo;
    Write m_redo;
    After m_after;
    bool m_applied = true;
};
