#pragma once

#include <QSqlDatabase>
#include <QString>

class Database;

// A command run over a server address works on a pulled copy of the unit; this writes back only what
// the command changed: the rows the copy gained, lost or changed since the pull, table by table, in
// one server transaction. Unlike push (which replaces the unit), the server's history then records
// just those changes, and another user's edit made meanwhile is never overwritten: every UPDATE and
// DELETE names the values the pull read, so a row changed or removed since makes the whole write
// refuse, leaving the server as it was.
struct ApplySummary
{
    qint64 inserted = 0; // rows, every table
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 activitiesInserted = 0;
    qint64 activitiesUpdated = 0;
    qint64 activitiesDeleted = 0;
    int evidenceSent = 0;
    qint64 evidenceBytes = 0;
};

namespace ServerApply {
// `before`: the unit as pulled (untouched); `after`: the same copy after the command. Writes as the
// connected role into `unitId`. False with a translated reason; the server unchanged then.
[[nodiscard]] bool apply(const Database& before, const Database& after, QSqlDatabase& server, int unitId,
                         ApplySummary* out, QString* error);
} // namespace ServerApply
