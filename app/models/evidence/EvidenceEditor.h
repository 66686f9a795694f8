#pragma once

#include "Attachment.h"

#include <QList>
#include <QObject>
#include <QStringList>

class Database;
class Workspace;

// Every user change to evidence goes through here: written to the file at once and put on the
// workspace's undo stack. Built once per open file by the composition root and handed to whoever
// attaches or edits evidence. Files are copied into the media store when attached; a detach removes
// only the row, so undo finds the content again (unnamed content is collected when the file closes).
class EvidenceEditor : public QObject
{
    Q_OBJECT

public:
    explicit EvidenceEditor(Workspace& workspace, QObject* parent = nullptr);

    const Database& database() const;

    // false and a translated reason when nothing was changed.
    bool attach(qint64 activityId, const QStringList& paths, QString* error);
    bool detach(const QList<Attachment>& rows, QString* error);
    bool edit(const Attachment& before, const Attachment& after, QString* error);

    // The writes the undo commands repeat; each reports the activities it touched.
    bool restoreRows(const QList<Attachment>& rows, QString* error);
    bool removeRows(const QList<Attachment>& rows, QString* error);
    bool writeRow(const Attachment& row, QString* error);

signals:
    // Attachments of this activity were added, removed or changed (also through undo and redo).
    void changed(qint64 activityId);
    // An undo or redo could not be written; the command is dropped from the stack.
    void writeFailed(const QString& reason);

private:
    void announce(const QList<Attachment>& rows);

    Workspace& m_ws;
};
