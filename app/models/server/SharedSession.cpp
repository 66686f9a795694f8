#include "server/SharedSession.h"

#include "ActivityStore.h"
#include "Workspace.h"
#include "commands/WriteCommand.h"
#include "server/ServerActivityHistory.h"
#include "server/ServerChangeFeed.h"
#include "server/ServerConnection.h"
#include "server/ServerPull.h"
#include "server/ServerUnits.h"

#include <QAtomicInt>
#include <QCoreApplication>

namespace {

QString nextConnectionName(const char* what)
{
    static QAtomicInt counter;
    return QStringLiteral("cp_shared_%1_%2").arg(QLatin1String(what)).arg(counter.fetchAndAddOrdered(1));
}

} // namespace

SharedSession::SharedSession(const ServerAddress& address) : m_address(address) {}

SharedSession::~SharedSession()
{
    delete m_feed; // holds its connection
    m_feed = nullptr;
    m_db = QSqlDatabase();
    if (!m_feedConnection.isEmpty())
        ServerConnection::close(m_feedConnection);
    if (!m_connection.isEmpty())
        ServerConnection::close(m_connection);
}

std::unique_ptr<SharedSession> SharedSession::connect(const ServerAddress& address, const QString& password,
                                                      QString* error)
{
    std::unique_ptr<SharedSession> session(new SharedSession(address));
    const QString name = nextConnectionName("edit");
    if (!ServerConnection::open(address, name, password, &session->m_db, error))
        return nullptr;
    session->m_connection = name;
    ServerUnits::Unit unit;
    if (!ServerUnits::own(session->m_db, &unit, error))
        return nullptr;
    session->m_unitId = unit.id;
    session->m_unitName = unit.name;
    // Listening starts before the versions are read and the copy is pulled: whatever changes from
    // here on is announced, and read again once the copy is open.
    const QString feedName = nextConnectionName("feed");
    QSqlDatabase feedDb;
    if (!ServerConnection::open(address, feedName, password, &feedDb, error))
        return nullptr;
    session->m_feedConnection = feedName;
    session->m_feed = new ServerChangeFeed(feedDb, {unit.id});
    if (!session->m_feed->start(error))
        return nullptr;
    SharedSession* raw = session.get();
    QObject::connect(raw->m_feed, &ServerChangeFeed::activitiesChanged, raw, &SharedSession::onOthersChanged);
    QObject::connect(raw->m_feed, &ServerChangeFeed::failed, raw, &SharedSession::connectionLost);
    QObject::connect(raw->m_feed, &ServerChangeFeed::resumed, raw, &SharedSession::onResumed);
    if (!ServerActivities::versions(session->m_db, unit.id, 0, &session->m_versions, error))
        return nullptr;
    return session;
}

bool SharedSession::pullInto(const ServerAddress& address, const QString& password, int unitId,
                             const QString& target, QString* error)
{
    const QString name = nextConnectionName("pull");
    QSqlDatabase db;
    if (!ServerConnection::open(address, name, password, &db, error))
        return false;
    PullSummary summary;
    const bool ok = ServerPull::pull(db, unitId, target, true, &summary, error);
    db = QSqlDatabase();
    ServerConnection::close(name);
    return ok;
}

void SharedSession::attach(Workspace& workspace, ActivityStore& store)
{
    m_workspace = &workspace;
    m_store = &store;
    m_store->setUpstream(this);
    workspace.setSharedServer(m_address.display());
    workspace.setHistoryReader([this](qint64, const QString& uuid, QList<ActivityChange>* out,
                                      QString* error) { return history(uuid, out, error); });
    WriteCommand::setSharedRefusal(
        *workspace.undoStack(),
        QCoreApplication::translate("SharedSession",
                                    "On a shared server the window changes activities only; the unit's other "
                                    "data is changed in a file and pushed (campaign-planner push)."));
    if (!m_pending.isEmpty()) {
        const QList<QUuid> pending = std::exchange(m_pending, {});
        QString error;
        if (!refresh(pending, &error))
            emit connectionLost(error);
    }
}

bool SharedSession::history(const QString& uuid, QList<ActivityChange>* out, QString* error)
{
    return ServerActivityHistory::changes(m_db, m_unitId, uuid, out, error) ||
           (revived() && ServerActivityHistory::changes(m_db, m_unitId, uuid, out, error));
}

bool SharedSession::revived()
{
    return !ServerConnection::answers(m_db) && ServerConnection::revive(m_db, nullptr);
}

// The feed listens again: whatever others changed while it could not is found by comparing every
// version with the ones the window last saw, and read in.
void SharedSession::onResumed()
{
    QString error;
    ServerActivities::Versions now;
    if (!ServerConnection::revive(m_db, &error) ||
        !ServerActivities::versions(m_db, m_unitId, 0, &now, &error)) {
        emit connectionLost(error);
        return;
    }
    QList<QUuid> changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (m_versions.value(it.key(), -1) != it.value())
            changed << it.key();
    for (auto it = m_versions.cbegin(); it != m_versions.cend(); ++it)
        if (!now.contains(it.key()))
            changed << it.key(); // deleted meanwhile
    if (!changed.isEmpty()) {
        if (!m_store) {
            m_pending += changed;
        } else if (!refresh(changed, &error)) {
            emit connectionLost(error);
            return;
        }
    }
    emit reconnected(int(changed.size()));
}

void SharedSession::onOthersChanged(int unitId, const QStringList& uuids)
{
    if (unitId != m_unitId)
        return;
    QList<QUuid> list;
    for (const QString& uuid : uuids)
        list << QUuid::fromString(uuid);
    if (!m_store) {
        m_pending += list;
        return;
    }
    QString error;
    if (!refresh(list, &error))
        emit connectionLost(error);
}

bool SharedSession::refresh(const QList<QUuid>& uuids, QString* error)
{
    QList<ServerActivities::Versioned> now;
    if (!ServerActivities::read(m_db, m_unitId, uuids, &now, error))
        return false;
    QList<Activity> present;
    QSet<QUuid> seen;
    for (const ServerActivities::Versioned& v : std::as_const(now)) {
        present << v.activity;
        seen.insert(v.activity.uuid);
        m_versions.insert(v.activity.uuid, v.version);
    }
    QList<QUuid> gone;
    for (const QUuid& uuid : uuids)
        if (!seen.contains(uuid)) {
            gone << uuid;
            m_versions.remove(uuid);
        }
    if (!m_store->takeUpstream(present, gone, m_workspace->currentCampaignId(), error))
        return false;
    emit othersChanged(int(present.size() + gone.size()));
    return true;
}

bool SharedSession::takeTheirs(const QList<ActivityConflict>& conflicts, QString* error)
{
    QList<Activity> present;
    QList<QUuid> gone;
    for (const ActivityConflict& c : conflicts)
        c.gone ? void(gone << c.mine.uuid) : void(present << c.theirs);
    return m_store->takeUpstream(present, gone, m_workspace->currentCampaignId(), error);
}

bool SharedSession::write(Change& change, QList<ActivityConflict>* conflicts, QString* error)
{
    ServerActivities::Write w{change.inserted, change.updated, change.removed};
    QList<ServerActivities::Conflict> lost;
    if (!ServerActivities::write(m_db, m_unitId, w, &m_versions, &lost, error)) {
        // A dropped connection is opened again and the write tried once more, under the versions
        // last seen: what others changed meanwhile comes back as a conflict, never overwritten.
        if (!revived())
            return false;
        w = {change.inserted, change.updated, change.removed};
        if (!ServerActivities::write(m_db, m_unitId, w, &m_versions, &lost, error))
            return false;
    }
    if (lost.isEmpty()) {
        change.inserted = w.inserted;
        return true;
    }
    QHash<QUuid, Activity> mine;
    for (const QList<Activity>* list : {&change.updated, &change.removed, &change.inserted})
        for (const Activity& a : *list)
            mine.insert(a.uuid, a);
    for (const ServerActivities::Conflict& c : std::as_const(lost)) {
        ActivityConflict out;
        out.mine = mine.value(c.uuid);
        out.gone = c.gone;
        if (!c.gone) {
            out.theirs = c.now.activity;
            out.changedBy = c.now.changedBy;
            out.changedAt = c.now.changedAt;
            // "Keep mine" writes again on the version the user has now seen.
            m_versions.insert(c.uuid, c.now.version);
        } else {
            m_versions.remove(c.uuid);
        }
        conflicts->append(out);
    }
    return false;
}

QString SharedSession::refusesBatches() const
{
    return QCoreApplication::translate(
        "SharedSession",
        "On a shared server this import would add departments or pillars, which the window does "
        "not write to the server yet; import with the command line "
        "(campaign-planner import ADDRESS --from FILE).");
}
