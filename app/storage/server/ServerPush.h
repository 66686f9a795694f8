#pragma once

#include <QSqlDatabase>
#include <QString>

class Database;

// `campaign-planner push`: a campaign file becomes its unit's data on the server. The unit's previous
// data is replaced, not merged: the file is the whole truth of an offline unit, and a merge would
// have to guess which side's deletions count. Everything happens in one server transaction, so a bad
// file, a refusal or a lost connection leaves the server as it was. Evidence content already on the
// server for the unit is not sent again.
struct PushSummary
{
    int campaigns = 0;
    qint64 activities = 0;
    int evidenceFiles = 0; // distinct files the unit's rows name
    int evidenceSent = 0;  // of those, how many were not on the server yet
    qint64 evidenceBytes = 0;
};

namespace ServerPush {
// Writes as the connected role into `unitId`; the server's policies refuse a unit that is not the
// role's own. False with a translated reason, the server unchanged.
[[nodiscard]] bool push(const Database& file, QSqlDatabase& server, int unitId, PushSummary* out,
                        QString* error);
} // namespace ServerPush
