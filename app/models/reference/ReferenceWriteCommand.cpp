#include "ReferenceWriteCommand.h"

ReferenceWriteCommand::ReferenceWriteCommand(const QString& text, Write undo, Write redo, After after)
    : QUndoCommand(text), m_undo(std::move(undo)), m_redo(std::move(redo)), m_after(std::move(after))
{}

void ReferenceWriteCommand::undo()
{
    run(m_undo);
}

void ReferenceWriteCommand::redo()
{
    if (m_applied) {
        m_applied = false; // pushed after the write itself
        return;
    }
    run(m_redo);
}

void ReferenceWriteCommand::run(const Write& write)
{
    QString error;
    if (!write(&error))
        setObsolete(true);
    if (m_after)
        m_after(error);
}
