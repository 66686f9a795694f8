#pragma once

#include "Attachment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

class Database;

// Attaching files to an activity and detaching them: the media store and the attachment rows change
// together. A failed attach leaves neither new rows nor newly stored files behind.
namespace EvidenceFiles {
// Copies each file into the media store (hashing while copying) and adds one row per file. Unknown
// file types are refused before anything is copied. `out` receives the rows written.
bool attach(const Database& db, qint64 activityId, const QStringList& paths, const QString& addedBy,
            QList<Attachment>* out, QString* error);
// Removes the row; the stored file goes too once nothing else names its content.
bool detach(const Database& db, const Attachment& attachment, QString* error);
// The stored file of an attachment.
QString pathOf(const Database& db, const Attachment& attachment);
// The id of the activity with this uuid, 0 (and a reason) when the file has none.
qint64 activityId(const Database& db, const QUuid& uuid, QString* error);
// Who is adding: the login name, for the 添加人 column.
QString currentUser();
} // namespace EvidenceFiles
