#pragma once

#include "domain/Activity.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

// Whole activities of one unit on the shared server, as the window over a server writes and reads
// them: the row with its assisting departments and figures, under the version each was read at. A
// write names the versions it read, so it never overwrites someone else's change: when any activity
// of a write lost a race, nothing of the write is kept and the activities as they are now come back,
// for the user to keep theirs or take the other person's.
namespace ServerActivities {

// An activity as the server holds it, with who changed it last.
struct Versioned
{
    Activity activity;
    qint64 version = 0;
    QString changedBy; // the role that made the last change; empty when unknown
    QDateTime changedAt;
};

// Versions by activity uuid.
using Versions = QHash<QUuid, qint64>;

// One write, all or nothing. `inserted` without an id get the server's (and their uuid and times
// must be set); with an id (undo of a removal) they come back under it. `updated` and `removed` must
// be in `versions`; on success `versions` holds the new ones and the ids are filled in.
struct Write
{
    QList<Activity> inserted;
    QList<Activity> updated;
    QList<Activity> removed;
};

struct Conflict
{
    QUuid uuid;
    bool gone = false; // deleted since (or no longer the user's to see)
    Versioned now;     // as the server holds it now, unless gone
};

// The versions of every activity of `campaignId` (0: of every campaign) in `unitId`.
[[nodiscard]] bool versions(QSqlDatabase& db, int unitId, qint64 campaignId, Versions* out, QString* error);

// The activities `uuids` of `unitId` as they are now; those the role cannot see (or gone) are left out.
[[nodiscard]] bool read(QSqlDatabase& db, int unitId, const QList<QUuid>& uuids, QList<Versioned>* out,
                        QString* error);

// Writes `write` into `unitId` in one transaction. True when the server answered: then either
// `conflicts` is empty and everything is written (`versions` updated, inserted ids filled in), or it
// names every activity that lost its race and nothing was written. False with a reason when the server
// refused or could not be reached; nothing was written then either.
[[nodiscard]] bool write(QSqlDatabase& db, int unitId, Write& write, Versions* versions,
                         QList<Conflict>* conflicts, QString* error);

} // namespace ServerActivities
