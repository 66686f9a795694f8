#pragma once

#include "ReportSection.h"
#include "WriteCommand.h"

#include <QList>

class SummaryEditor;

// Replaces a campaign's stored summary sections; undo writes the old ones back (none stored: the
// summary follows its draft again). Typing in one section merges into one step.
class SummaryTextCommand : public WriteCommand
{
public:
    SummaryTextCommand(SummaryEditor& editor, qint64 campaignId, QList<ReportSection> before,
                       QList<ReportSection> after, const QString& text, int typingRow);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;
    void failed(const QString& error) override;

private:
    SummaryEditor& m_editor;
    qint64 m_campaignId;
    QList<ReportSection> m_before;
    QList<ReportSection> m_after;
    int m_typingRow; // -1: not typing
};
