#include "SummaryTextCommand.h"

#include "SummaryEditor.h"

namespace {
constexpr int kTyping = 0x53554D4D; // "SUMM": the id of a step typing can join
}

SummaryTextCommand::SummaryTextCommand(SummaryEditor& editor, qint64 campaignId, QList<ReportSection> before,
                                       QList<ReportSection> after, const QString& text, int typingRow)
    : WriteCommand(text), m_editor(editor), m_campaignId(campaignId), m_before(std::move(before)),
      m_after(std::move(after)), m_typingRow(typingRow)
{}

int SummaryTextCommand::id() const
{
    return m_typingRow >= 0 ? kTyping : -1;
}

bool SummaryTextCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SummaryTextCommand*>(other);
    if (!next || next->m_campaignId != m_campaignId || next->m_typingRow != m_typingRow ||
        m_after.size() != next->m_before.size())
        return false;
    m_after = next->m_after;
    return true;
}

bool SummaryTextCommand::forward(QString* error)
{
    return m_editor.write(m_campaignId, m_after, error);
}

bool SummaryTextCommand::backward(QString* error)
{
    return m_editor.write(m_campaignId, m_before, error);
}

void SummaryTextCommand::failed(const QString& error)
{
    emit m_editor.writeFailed(error);
}
