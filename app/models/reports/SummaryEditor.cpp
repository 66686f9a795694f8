#include "SummaryEditor.h"

#include "DraftSource.h"
#include "ReportSectionRepository.h"
#include "SummaryTextCommand.h"
#include "Workspace.h"

#include <QUndoStack>

SummaryEditor::SummaryEditor(Workspace& workspace, QObject* parent) : QObject(parent), m_ws(workspace) {}

bool SummaryEditor::facts(qint64 campaignId, DraftFacts* out, QString* error) const
{
    return DraftSource::facts(m_ws.database(), campaignId, out, error);
}

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
