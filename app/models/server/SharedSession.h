#pragma once

#include "domain/ActivityChange.h"
#include "models/ActivityUpstream.h"
#include "server/ServerActivities.h"
#include "server/ServerAddress.h"

#include <QObject>
#include <QSqlDatabase>
#include <QUuid>

#include <memory>

class ActivityStore;
class Workspace;
class ServerChangeFeed;

// A window open on a shared server: the unit's data is pulled into a local copy (a campaign file in
// a private folder) that every page reads as it reads a file, and activity writes go to the server
// first (ActivityUpstream, versioned) and reach the copy only when the server took them. Other users'
// changes arrive through LISTEN (ServerChangeFeed) and are written into the copy and shown, without
// touching the undo stack: undo undoes only one's own edits.
class SharedSession : public QObject, public ActivityUpstream
{
    Q_OBJECT

public:
    ~SharedSession() override;

    // Connects to `address` (an empty `password` lets libpq look in PGPASSWORD and ~/.pgpass), finds
    // the role's unit, starts listening and reads the versions of its activities. Fast; the pull that
    // follows (pullInto) is the long part. nullptr and a translated reason on failure.
    static std::unique_ptr<SharedSession> connect(const ServerAddress& address, const QString& password,
                                                  QString* error);
    // Makes `target` the local copy of the unit (replacing it). Opens its own connection, so it may
    // run on another thread; the versions were read before, so a change made meanwhile shows up as a
    // conflict at worst and never as an overwrite.
    [[nodiscard]] static bool pullInto(const ServerAddress& address, const QString& password, int unitId,
                                       const QString& target, QString* error);

    const ServerAddress& address() const { return m_address; }
    int unitId() const { return m_unitId; }
    QString unitName() const { return m_unitName; }

    // From now on `store`'s writes go through the server, others' changes are shown in it, the
    // workspace reads histories from the server, and its other kinds of edit are refused (they would
    // change only the local copy).
    void attach(Workspace& workspace, ActivityStore& store);

    // The activity's history on the server (names the users who made each change).
    [[nodiscard]] bool history(const QString& uuid, QList<ActivityChange>* out, QString* error);

    // "Take theirs": the activities as the server holds them now go into the local copy and the table.
    [[nodiscard]] bool takeTheirs(const QList<ActivityConflict>& conflicts, QString* error);

    bool write(Change& change, QList<ActivityConflict>* conflicts, QString* error) override;
    QString refusesBatches() const override;

signals:
    // Other users changed `count` activities; they are in the table now.
    void othersChanged(int count);
    // The connection to the server was lost or refused a read. Edits made meanwhile fail with a
    // reason (nothing is written anywhere); the session connects again on its own.
    void connectionLost(const QString& reason);
    // Connected again after connectionLost(); `count` activities others changed meanwhile are in the
    // table now.
    void reconnected(int count);

private:
    explicit SharedSession(const ServerAddress& address);
    void onOthersChanged(int unitId, const QStringList& uuids);
    bool refresh(const QList<QUuid>& uuids, QString* error);
    void onResumed();
    // After a failed query: true when the connection had dropped and answers again (worth a retry).
    bool revived();

    ServerAddress m_address;
    QString m_connection;
    QString m_feedConnection;
    QSqlDatabase m_db;
    int m_unitId = 0;
    QString m_unitName;
    ServerActivities::Versions m_versions;
    ServerChangeFeed* m_feed = nullptr;
    ActivityStore* m_store = nullptr;
    Workspace* m_workspace = nullptr;
    QList<QUuid> m_pending; // changes announced before attach()
};
