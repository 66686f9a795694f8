#pragma once

#include "Attachment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

class Database;

// Attaching files to an activity and detaching them: the media store and the attachment rows change
// together. A failed attach leaves neither new rows nor newly stored files behind.
namespace EvidenceFiles {
// Copies each file into the media store (hashing while copying) and adds one row per file. Unknown
// file types are refused before anything is copied. `out` receives the rows written.
bool attach(const Database& db, qint64 activityId, const QStringList& paths, const QString& addedBy,
            QList<Attachment>* out, QString* error);
// Removes the row. The stored file stays until the file is closed, so the detach can be undone.
bool detach(const Database& db, const Attachment& attachment, QString* error);
// Removes stored files no row names any longer; when the file closes (the undo stack is gone).
// Returns how many went, -1 when the rows could not be read (then nothing is removed).
int collectUnreferenced(const Database& db, QString* error);
// Puts the content the rows name into the media folder of `campaignFilePath` (Save As): hard links
// where possible, else copies. Safe to run off the GUI thread once `names` are read.
QStringList referencedContent(const Database& db, QString* error);
bool copyMedia(const QString& fromFile, const QString& toFile, const QStringList& names,
               const std::function<bool(qint64, qint64)>& progress, QString* error);
// The stored file of an attachment.
QString pathOf(const Database& db, const Attachment& attachment);
// The id of the activity with this uuid, 0 (and a reason) when the file has none.
qint64 activityId(const Database& db, const QUuid& uuid, QString* error);
// Who is adding: the login name, for the 添加人 column.
QString currentUser();
} // namespace EvidenceFiles
