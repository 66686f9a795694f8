#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QStringList>

// Other users' changes to the activities of some units, as they happen: the server announces every
// change on the channel cp_changes with only the unit's number (anyone may listen), and the feed then
// reads what changed from the history the role may see. Changes made by the feed's own role are left
// out: the program has already shown them. For the table's refresh in shared mode.
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

signals:
    // Activities (uuids, each once, in the order first changed) of `unitId` that others inserted,
    // changed or deleted since the last signal.
    void activitiesChanged(int unitId, const QStringList& uuids);
    // The history could not be read (the connection dropped); the feed stops until started again.
    void failed(const QString& error);

private:
    void onNotification(const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload);
    // Reads the history rows not read yet, and reports other users' (`report`).
    bool read(bool report, QString* error);
    bool watches(int unitId) const { return m_units.isEmpty() || m_units.contains(unitId); }

    QSqlDatabase m_db;
    QSet<int> m_units;
    qint64 m_lastSeen = 0;            // the newest history row read
    qint64 m_horizon = 0;             // the oldest transaction still running at the last read
    QHash<qint64, qint64> m_reported; // rows read whose transaction was at or above m_horizon: id → txid
};
