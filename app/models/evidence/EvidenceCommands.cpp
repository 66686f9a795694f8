#include "EvidenceCommands.h"

#include "EvidenceEditor.h"
#include "EvidenceFiles.h"

#include <QCoreApplication>

EvidenceCommand::EvidenceCommand(EvidenceEditor& editor, const QString& text)
    : WriteCommand(text), m_editor(editor)
{}

void EvidenceCommand::failed(const QString& error)
{
    emit m_editor.writeFailed(error);
}

AttachEvidenceCommand::AttachEvidenceCommand(EvidenceEditor& editor, qint64 activityId, QStringList paths)
    : EvidenceCommand(editor, QCoreApplication::translate("EvidenceEditor", "Attach %n File(s)", nullptr,
                                                          int(paths.size()))),
      m_activityId(activityId), m_paths(std::move(paths))
{}

bool AttachEvidenceCommand::forward(QString* error)
{
    if (!m_rows.isEmpty())
        return m_editor.restoreRows(m_rows, error);
    QList<Attachment> written;
    if (!EvidenceFiles::attach(m_editor.database(), m_activityId, m_paths, EvidenceFiles::currentUser(),
                               &written, error))
        return false;
    m_rows = written;
    emit m_editor.changed(m_activityId);
    return true;
}

bool AttachEvidenceCommand::backward(QString* error)
{
    return m_editor.removeRows(m_rows, error);
}

DetachEvidenceCommand::DetachEvidenceCommand(EvidenceEditor& editor, QList<Attachment> rows)
    : EvidenceCommand(editor, QCoreApplication::translate("EvidenceEditor", "Remove %n Evidence File(s)",
                                                          nullptr, int(rows.size()))),
      m_rows(std::move(rows))
{}

bool DetachEvidenceCommand::forward(QString* error)
{
    return m_editor.removeRows(m_rows, error);
}

bool DetachEvidenceCommand::backward(QString* error)
{
    return m_editor.restoreRows(m_rows, error);
}

EditEvidenceCommand::EditEvidenceCommand(EvidenceEditor& editor, const Attachment& before,
                                         const Attachment& after)
    : EvidenceCommand(editor, before.caption != after.caption
                                  ? QCoreApplication::translate("EvidenceEditor", "Edit Caption")
                                  : QCoreApplication::translate("EvidenceEditor", "Choose Evidence")),
      m_before(before), m_after(after)
{}

bool EditEvidenceCommand::forward(QString* error)
{
    return m_editor.writeRow(m_after, error);
}

bool EditEvidenceCommand::backward(QString* error)
{
    return m_editor.writeRow(m_before, error);
}
