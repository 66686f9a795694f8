#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QTimer>

// Other users' changes to the activities of some units, as they happen: the server announces every
// change on the channel cp_changes with only the unit's number (anyone may listen), and the feed then
// reads what changed from the history the role may see. Changes made by the feed's own role are left
// out: the program has already shown them. For the table's refresh in shared mode.
//
// A connection that stops answering (the server restarted, the network dropped) is noticed by a
// heartbeat, since Qt's driver stays silent about it: failed() then, and at every later beat the
// feed connects again; resumed() says it listens again and that changes made meanwhile were not
// reported, so the caller reads what it shows again.
class ServerChangeFeed : public QObject
{
    Q_OBJECT

public:
    // `db`: a connection of the feed's own (LISTEN holds it), as a role that may read `units`.
    // `units` empty: every unit the role may read, including units added after the start (the
    // history's row-level security decides).
    ServerChangeFeed(QSqlDatabase db, QSet<int> units, QObject* parent = nullptr);

    // Starts listening from the history as it is now; false with a reason.
    [[nodiscard]] bool start(QString* error);

    // How often the connection is checked, for every feed started from now on (tests shorten it).
    static void setHeartbeatInterval(int milliseconds);

signals:
    // Activities (uuids, each once, in the order first changed) of `unitId` that others inserted,
    // changed or deleted since the last signal.
    void activitiesChanged(int unitId, const QStringList& uuids);
    // The connection was lost or the history could not be read; the feed tries again at each beat.
    void failed(const QString& error);
    // Listening again after failed(): changes made in between were not reported.
    void resumed();

private:
    void onNotification(const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload);
    // Reads the history rows not read yet, and reports other users' (`report`).
    bool read(bool report, QString* error);
    bool listen(QString* error);
    void beat();
    void lose(const QString& error);
    bool watches(int unitId) const { return m_units.isEmpty() || m_units.contains(unitId); }

    QSqlDatabase m_db;
    QTimer* m_heartbeat = nullptr;
    bool m_lost = false;
    QSet<int> m_units;
    qint64 m_lastSeen = 0;            // the newest history row read
    qint64 m_horizon = 0;             // the oldest transaction still running at the last read
    QHash<qint64, qint64> m_reported; // rows read whose transaction was at or above m_horizon: id → txid
};
