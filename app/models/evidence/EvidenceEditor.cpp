#include "EvidenceEditor.h"

#include "AttachmentRepository.h"
#include "EvidenceCommands.h"
#include "Workspace.h"

#include <QSet>
#include <QUndoStack>

EvidenceEditor::EvidenceEditor(Workspace& workspace, QObject* parent) : QObject(parent), m_ws(workspace) {}

const Database& EvidenceEditor::database() const
{
    return m_ws.database();
}

bool EvidenceEditor::attach(qint64 activityId, const QStringList& paths, QString* error)
{
    if (paths.isEmpty())
        return true;
    return WriteCommand::push(*m_ws.undoStack(),
                              std::make_unique<AttachEvidenceCommand>(*this, activityId, paths), error);
}

bool EvidenceEditor::detach(const QList<Attachment>& rows, QString* error)
{
    if (rows.isEmpty())
        return true;
    return WriteCommand::push(*m_ws.undoStack(), std::make_unique<DetachEvidenceCommand>(*this, rows), error);
}

bool EvidenceEditor::edit(const Attachment& before, const Attachment& after, QString* error)
{
    if (before == after)
        return true;
    return WriteCommand::push(*m_ws.undoStack(), std::make_unique<EditEvidenceCommand>(*this, before, after),
                              error);
}

bool EvidenceEditor::restoreRows(const QList<Attachment>& rows, QString* error)
{
    if (!AttachmentRepository(m_ws.database()).restore(rows, error))
        return false;
    announce(rows);
    return true;
}

bool EvidenceEditor::removeRows(const QList<Attachment>& rows, QString* error)
{
    QList<qint64> ids;
    for (const Attachment& a : rows)
        ids << a.id;
    if (!AttachmentRepository(m_ws.database()).remove(ids, error))
        return false;
    announce(rows);
    return true;
}

bool EvidenceEditor::writeRow(const Attachment& row, QString* error)
{
    if (!AttachmentRepository(m_ws.database()).update(row, error))
        return false;
    announce({row});
    return true;
}

void EvidenceEditor::announce(const QList<Attachment>& rows)
{
    QSet<qint64> activities;
    for (const Attachment& a : rows)
        activities.insert(a.activityId);
    for (qint64 id : std::as_const(activities))
        emit changed(id);
}
