#include "SummaryEditor.h"

#include "ReportSectionRepository.h"
#include "SummaryTextCommand.h"
#include "Workspace.h"

#include <QUndoStack>

SummaryEditor* SummaryEditor::of(Workspace& workspace)
{
    if (auto* existing = workspace.findChild<SummaryEditor*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new SummaryEditor(workspace);
}

SummaryEditor::SummaryEditor(Workspace& workspace) : QObject(&workspace), m_ws(workspace) {}

const Database& SummaryEditor::database() const
{
    return m_ws.database();
}

bool SummaryEditor::replace(qint64 campaignId, const QList<ReportSection>& before,
                            const QList<ReportSection>& after, const QString& undoText, int typingRow,
                            QString* error)
{
    if (before == after)
        return true;
    return WriteCommand::push(
        *m_ws.undoStack(),
        std::make_unique<SummaryTextCommand>(*this, campaignId, before, after, undoText, typingRow), error);
}

bool SummaryEditor::write(qint64 campaignId, QList<ReportSection> sections, QString* error)
{
    if (!ReportSectionRepository(m_ws.database()).replaceAll(campaignId, sections, error))
        return false;
    emit changed(campaignId, sections);
    return true;
}
