#include "BulletinCommand.h"

#include "BulletinEditor.h"

namespace {
constexpr int kTyping = 0x42554C4C; // "BULL": the id of a step typing can join
}

BulletinCommand::BulletinCommand(BulletinEditor& editor, qint64 activityId, QString before, QString after,
                                 const QString& text, bool continuing)
    : WriteCommand(text), m_editor(editor), m_activityId(activityId), m_before(std::move(before)),
      m_after(std::move(after)), m_continuing(continuing)
{}

int BulletinCommand::id() const
{
    return kTyping;
}

bool BulletinCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const BulletinCommand*>(other);
    if (!next || !next->m_continuing || next->m_activityId != m_activityId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed back to where it began: nothing to undo
    return true;
}

bool BulletinCommand::forward(QString* error)
{
    return m_editor.write(m_activityId, m_after, error);
}

bool BulletinCommand::backward(QString* error)
{
    return m_editor.write(m_activityId, m_before, error);
}

void BulletinCommand::failed(const QString& error)
{
    emit m_editor.writeFailed(error);
}
