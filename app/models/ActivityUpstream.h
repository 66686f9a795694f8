#pragma once

#include "domain/Activity.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// An activity write that lost its race on the shared server: what the user wrote and what the other
// person's change left, for "keep mine" or "take theirs".
struct ActivityConflict
{
    Activity base; // what the user's table showed when they changed it
    Activity mine;
    Activity theirs;   // the activity as the server holds it now (unset when gone)
    bool gone = false; // someone deleted it meanwhile
    QString changedBy;
    QDateTime changedAt;
};
Q_DECLARE_METATYPE(ActivityConflict)

// Where activity writes go before the open file when the window is open on a shared server: the
// server first (versioned, all or nothing), the local copy only when the server took it. The store
// (ActivityStore) calls it; the shared session implements it over PostgreSQL.
class ActivityUpstream
{
public:
    struct Change
    {
        QList<Activity> inserted; // without an id: new (uuid and times set); with one: put back
        QList<Activity> updated;
        QList<Activity> removed;
    };

    virtual ~ActivityUpstream() = default;
    // True when written (inserted ids filled in). False either with `conflicts` (someone else's change
    // won; nothing written) or with a reason in `error`.
    [[nodiscard]] virtual bool write(Change& change, QList<ActivityConflict>* conflicts, QString* error) = 0;
    // Why a write of this kind cannot go to the server at all (empty: it can). Imports that add
    // departments and pillars alongside their activities are refused this way.
    virtual QString refusesBatches() const = 0;
};
