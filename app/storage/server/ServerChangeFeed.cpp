#include "server/ServerChangeFeed.h"

#include "server/ServerConnection.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {

constexpr auto kChannel = "cp_changes";
std::atomic<int> heartbeatInterval{15000};

} // namespace

ServerChangeFeed::ServerChangeFeed(QSqlDatabase db, QSet<int> units, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_units(std::move(units))
{}

void ServerChangeFeed::setHeartbeatInterval(int milliseconds)
{
    heartbeatInterval = milliseconds;
}

bool ServerChangeFeed::start(QString* error)
{
    if (!listen(error))
        return false;
    connect(m_db.driver(), &QSqlDriver::notification, this, &ServerChangeFeed::onNotification,
            Qt::UniqueConnection);
    if (!m_heartbeat) {
        m_heartbeat = new QTimer(this);
        connect(m_heartbeat, &QTimer::timeout, this, &ServerChangeFeed::beat);
    }
    m_heartbeat->start(heartbeatInterval);
    return true;
}

bool ServerChangeFeed::listen(QString* error)
{
    // Listening first, then reading where the history stands: a change in between is reported twice
    // at worst (by its notification and after), never missed.
    if (!m_db.driver()->subscribeToNotification(QLatin1String(kChannel)) &&
        !m_db.driver()->subscribedToNotifications().contains(QLatin1String(kChannel))) {
        *error = tr("cannot listen for other users' changes: %1").arg(m_db.driver()->lastError().text());
        return false;
    }
    m_reported.clear();
    return read(false, error);
}

void ServerChangeFeed::beat()
{
    if (!m_lost) {
        if (ServerConnection::answers(m_db))
            return;
        lose(tr("the connection to the server was lost"));
    }
    // The same connection, opened again; the driver (and so the notification signal) stays.
    QString error;
    if (!ServerConnection::revive(m_db, &error) || !listen(&error))
        return; // the next beat tries again
    m_lost = false;
    emit resumed();
}

void ServerChangeFeed::lose(const QString& error)
{
    m_lost = true;
    if (m_db.isOpen()) // a driver that noticed the loss has closed it already
        m_db.driver()->unsubscribeFromNotification(QLatin1String(kChannel));
    emit failed(error);
}

void ServerChangeFeed::onNotification(const QString& channel, QSqlDriver::NotificationSource,
                                      const QVariant& payload)
{
    if (m_lost || channel != QLatin1String(kChannel) || !watches(payload.toInt()))
        return;
    QString error;
    if (!read(true, &error))
        lose(error);
}

bool ServerChangeFeed::read(bool report, QString* error)
{
    // History ids are handed out when written but seen when committed, so a long transaction (a push)
    // can commit rows with ids below ones already read. The transactions still running at the last
    // read (txid at or above that snapshot's xmin, the horizon) are therefore read again, minus the
    // rows already seen. Everything below in one snapshot.
    const auto fail = [&](const QSqlQuery& q) {
        *error = tr("cannot read the history of changes: %1").arg(q.lastError().text());
        m_db.rollback();
        return false;
    };
    if (!m_db.transaction()) {
        *error = tr("cannot read the history of changes: %1").arg(m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")) ||
        !q.exec(QStringLiteral("SELECT txid_snapshot_xmin(txid_current_snapshot()), "
                               "(SELECT coalesce(max(id), 0) FROM activity_change)")) ||
        !q.next())
        return fail(q);
    const qint64 horizon = q.value(0).toLongLong();
    QHash<int, QStringList> changed;
    if (!report) { // starting: what is there now is the past, including what may commit below it
        m_lastSeen = q.value(1).toLongLong();
        if (!q.prepare(QStringLiteral("SELECT id, xact FROM activity_change WHERE xact >= ?")) ||
            (q.addBindValue(horizon), !q.exec()))
            return fail(q);
        while (q.next())
            m_reported.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    } else {
        if (!q.prepare(
                QStringLiteral("SELECT id, unit_id, activity_uuid, changed_by = session_user, xact FROM "
                               "activity_change WHERE id > ? OR xact >= ? ORDER BY id")) ||
            (q.addBindValue(m_lastSeen), q.addBindValue(m_horizon), !q.exec()))
            return fail(q);
        QHash<int, QSet<QString>> listed;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (m_reported.contains(id))
                continue;
            m_reported.insert(id, q.value(4).toLongLong());
            m_lastSeen = std::max(m_lastSeen, id);
            const int unit = q.value(1).toInt();
            const QString uuid = q.value(2).toString();
            const bool mine = q.value(3).toBool(); // in the history, and already on the user's screen
            if (!mine && watches(unit) && !listed[unit].contains(uuid)) {
                listed[unit].insert(uuid);
                changed[unit].append(uuid);
            }
        }
    }
    m_db.commit();
    m_horizon = horizon;
    // Rows of transactions older than the horizon are not read again: no need to remember them.
    m_reported.removeIf([this](QHash<qint64, qint64>::iterator row) { return row.value() < m_horizon; });
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        emit activitiesChanged(it.key(), it.value());
    return true;
}
