#pragma once

#include <QSqlDatabase>
#include <QString>

// `campaign-planner pull`: an offline campaign file of one unit's data on the server, its evidence
// files in the file's media folder. The server is read in one snapshot (REPEATABLE READ), the file
// is built under a temporary name and renamed into place only when complete: a failure leaves no
// file and no evidence this pull added, and an existing target untouched.
struct PullSummary
{
    int campaigns = 0;
    qint64 activities = 0;
    int evidenceFiles = 0;
    qint64 evidenceBytes = 0;
};

namespace ServerPull {
// `unitId`: a unit the connected role may read (the caller checks, so the refusal is clear; the
// policies would only show no rows). `replace`: an existing `target` is replaced, else refused. The
// caller holds the target's FileLock.
[[nodiscard]] bool pull(QSqlDatabase& server, int unitId, const QString& target, bool replace,
                        PullSummary* out, QString* error);
} // namespace ServerPull
