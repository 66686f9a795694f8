#include "WriteCommand.h"

#include <QUndoStack>
#include <QVariant>

WriteCommand::WriteCommand(const QString& text)
{
    setText(text);
}

bool WriteCommand::apply(QString* error)
{
    m_applied = forward(error);
    return m_applied;
}

namespace {
constexpr const char* kSharedRefusal = "cpSharedRefusal";
}

void WriteCommand::setSharedRefusal(QUndoStack& stack, const QString& reason)
{
    stack.setProperty(kSharedRefusal, reason);
}

QString WriteCommand::sharedRefusal(const QUndoStack& stack)
{
    return stack.property(kSharedRefusal).toString();
}

bool WriteCommand::push(QUndoStack& stack, std::unique_ptr<WriteCommand> command, QString* error)
{
    if (!command->reachesServer()) {
        const QString refusal = sharedRefusal(stack);
        if (!refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
    }
    if (!command->apply(error))
        return false;
    stack.push(command.release());
    return true;
}

void WriteCommand::redo()
{
    if (m_applied) { // QUndoStack::push() calls redo() for a change apply() already wrote
        m_applied = false;
        return;
    }
    QString error;
    if (!forward(&error))
        fail(error);
}

void WriteCommand::undo()
{
    QString error;
    if (!backward(&error))
        fail(error);
}

void WriteCommand::fail(const QString& error)
{
    setObsolete(true);
    failed(error);
}
