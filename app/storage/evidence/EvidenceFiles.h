#pragma once

#include "Attachment.h"
#include "MediaFolder.h"

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
[[nodiscard]] bool attach(const Database& db, qint64 activityId, const QStringList& paths,
                          const QString& addedBy, QList<Attachment>* out, QString* error);
// Removes the row. The stored file stays until the file is closed, so the detach can be undone.
[[nodiscard]] bool detach(const Database& db, const Attachment& attachment, QString* error);
// Removes stored files no row names any longer; when the file closes (the undo stack is gone).
// `removed` receives how many went; when the rows cannot be read nothing is removed.
[[nodiscard]] bool collectUnreferenced(const Database& db, int* removed, QString* error);
// Puts the content the rows name into the media folder of `campaignFilePath` (Save As): hard links
// where possible, else copies. Safe to run off the GUI thread once `names` are read.
[[nodiscard]] bool referencedContent(const Database& db, QStringList* out, QString* error);
// `added` receives what was created, for a Save As whose database half fails.
[[nodiscard]] bool copyMedia(const QString& fromFile, const QString& toFile, const QStringList& names,
                             const std::function<bool(qint64, qint64)>& progress, QString* error,
                             MediaFolder::Added* added = nullptr);
// The stored file of an attachment.
QString pathOf(const Database& db, const Attachment& attachment);
// The id of the activity with this uuid; false and a reason when the file has none.
[[nodiscard]] bool activityId(const Database& db, const QUuid& uuid, qint64* out, QString* error);
// Who is adding: the login name, for the 添加人 column.
QString currentUser();
} // namespace EvidenceFiles
