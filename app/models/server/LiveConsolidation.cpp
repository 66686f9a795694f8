#include "LiveConsolidation.h"

#include "ConsolidatedModel.h"
#include "UnitActivityModel.h"
#include "server/ServerChangeFeed.h"
#include "server/ServerConnection.h"

#include <QThread>

#include <atomic>

namespace {
// Connection names of their own per instance: several windows may watch servers at once.
QString connectionName(const char* what)
{
    static std::atomic<int> next{0};
    return QStringLiteral("cp-live-%1-%2").arg(QLatin1String(what)).arg(++next);
}
} // namespace

// Reads on its own thread, on a connection opened there (a connection belongs to its thread).
class LiveConsolidation::Worker : public QObject
{
public:
    Worker(const ServerAddress& address, const QString& password, QDate today)
        : m_address(address), m_password(password), m_today(today), m_name(connectionName("read"))
    {}

    // All units (`ids` empty, with the packages) or only `ids`; `done` runs on `owner`'s thread.
    template <typename Done> void read(int year, const QList<int>& ids, QObject* owner, Done done)
    {
        ServerConsolidationRows::Rows rows;
        QString error;
        bool ok = ensureOpen(&error) &&
                  ServerConsolidationRows::read(m_db, {year, ids, ids.isEmpty()}, &rows, &error);
        if (!ok && m_db.isValid() &&
            !ServerConnection::answers(m_db)) { // the connection dropped: once more on a new one
            close();
            error.clear();
            ok = ensureOpen(&error) &&
                 ServerConsolidationRows::read(m_db, {year, ids, ids.isEmpty()}, &rows, &error);
        }
        // The figures are computed here too, off the window's thread.
        ServerConsolidated::Parts parts =
            ok ? ServerConsolidated::parts(rows, m_today) : ServerConsolidated::Parts();
        const int own = rows.own.id;
        QMetaObject::invokeMethod(
            owner,
            [done, ok, parts = std::move(parts), own, error]() mutable { done(ok, parts, own, error); },
            Qt::QueuedConnection);
    }

    void close()
    {
        if (!m_db.isValid())
            return;
        m_db = QSqlDatabase();
        ServerConnection::close(m_name);
    }

private:
    bool ensureOpen(QString* error)
    {
        return m_db.isValid() || ServerConnection::open(m_address, m_name, m_password, &m_db, error);
    }

    ServerAddress m_address;
    QString m_password;
    QDate m_today;
    QString m_name;
    QSqlDatabase m_db;
};

LiveConsolidation::LiveConsolidation(const ServerAddress& address, const QString& password, int year,
                                     QDate today, QObject* parent)
    : LiveConsolidatedView(parent), m_address(address), m_password(password), m_year(year), m_today(today),
      m_units(new ConsolidatedModel(this)), m_activities(new UnitActivityModel(this))
{}

LiveConsolidation::~LiveConsolidation()
{
    delete m_feed;
    if (m_feedDb.isValid()) {
        m_feedDb = QSqlDatabase();
        ServerConnection::close(m_feedConnection);
    }
    if (m_thread) {
        // Waits for a running read; its answer, queued to this object, dies with it.
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
}

bool LiveConsolidation::start(QString* error)
{
    if (m_thread) {
        *error = tr("the consolidated view is already running");
        return false;
    }
    // Listening starts before the first read: a change in between is read twice at worst, never missed.
    m_feedConnection = connectionName("feed");
    if (!ServerConnection::open(m_address, m_feedConnection, m_password, &m_feedDb, error))
        return false;
    // Every unit the role may read, also one added to the server after the start.
    m_feed = new ServerChangeFeed(m_feedDb, {});
    if (!m_feed->start(error)) {
        delete m_feed;
        m_feed = nullptr;
        return false;
    }
    connect(m_feed, &ServerChangeFeed::activitiesChanged, this,
            [this](int unitId, const QStringList&) { refreshUnit(unitId); });
    connect(m_feed, &ServerChangeFeed::failed, this, &LiveConsolidation::failed);
    // Changes made while the feed could not listen were not reported: every unit is read again.
    connect(m_feed, &ServerChangeFeed::resumed, this, [this] {
        m_readAll = true;
        readNext();
    });

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("LiveConsolidation"));
    m_worker = new Worker(m_address, m_password, m_today);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    readNext();
    return true;
}

void LiveConsolidation::refreshUnit(int serverUnitId)
{
    m_pending.insert(serverUnitId);
    if (m_loaded && !m_reading)
        readNext();
}

// The first read takes every unit; later ones the units changed since, all in one snapshot.
void LiveConsolidation::readNext()
{
    if (!m_worker || m_reading || (m_loaded && !m_readAll && m_pending.isEmpty()))
        return;
    m_reading = true;
    const bool all = !m_loaded || m_readAll;
    const QList<int> ids = all ? QList<int>() : m_pending.values();
    if (m_loaded)
        m_pending.clear();
    m_readAll = false;
    const int year = m_loaded ? m_parts.year : m_year;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, year, ids] {
        w->read(year, ids, this,
                [this, ids](bool ok, const ServerConsolidated::Parts& parts, int own, const QString& error) {
                    m_reading = false;
                    if (!ok) {
                        for (int id : ids) // asked again at the next change
                            m_pending.insert(id);
                        if (ids.isEmpty() && m_loaded)
                            m_readAll = true;
                        emit failed(error);
                        return;
                    }
                    m_ownId = own;
                    if (ids.isEmpty())
                        applyAll(parts);
                    else
                        applyUnits(ids, parts);
                    readNext();
                });
    });
}

void LiveConsolidation::applyAll(const ServerConsolidated::Parts& parts)
{
    const bool first = !m_loaded;
    m_parts = parts;
    m_loaded = true; // units changed during the read stay pending and are read again
    publish();
    if (first)
        emit loaded();
}

void LiveConsolidation::applyUnits(const QList<int>& ids, const ServerConsolidated::Parts& parts)
{
    for (int id : ids) {
        if (id == m_ownId)
            m_parts.own = parts.own;
        else if (const auto it = parts.below.constFind(id); it != parts.below.cend())
            m_parts.below.insert(id, *it);
    }
    publish();
    for (int id : ids)
        emit unitRefreshed(id);
}

void LiveConsolidation::publish()
{
    const ConsolidatedInput in = input();
    m_units->setInput(in);
    // The unit shown keeps showing: under its key, or under its name when it moved from its package
    // to the server (it pushed its first data).
    const ConsolidatedUnit* shown = nullptr;
    QList<const ConsolidatedUnit*> all{&in.own};
    for (const ConsolidatedUnit& u : in.subordinates)
        all << &u;
    for (const ConsolidatedUnit* u : std::as_const(all))
        if (ConsolidatedModel::keyOf(*u) == m_shown)
            shown = u;
    if (!shown && !m_shown.isEmpty())
        for (const ConsolidatedUnit* u : std::as_const(all))
            if (u->name == m_shownName)
                shown = u;
    if (!shown) {
        m_shown.clear();
        m_activities->setActivities({});
        return;
    }
    m_shown = ConsolidatedModel::keyOf(*shown);
    m_activities->setActivities(shown->activities);
}

void LiveConsolidation::showUnit(const QString& key)
{
    m_shown = key;
    m_shownName.clear();
    const ConsolidatedInput in = input();
    if (ConsolidatedModel::keyOf(in.own) == key) {
        m_shownName = in.own.name;
        m_activities->setActivities(in.own.activities);
        return;
    }
    for (const ConsolidatedUnit& u : in.subordinates)
        if (ConsolidatedModel::keyOf(u) == key) {
            m_shownName = u.name;
            m_activities->setActivities(u.activities);
            return;
        }
    m_shown.clear();
    m_activities->setActivities({});
}

ConsolidatedInput LiveConsolidation::input() const
{
    return ServerConsolidated::input(m_parts, m_today, nullptr);
}

QStringList LiveConsolidation::unitsWithoutData() const
{
    QStringList out;
    ServerConsolidated::input(m_parts, m_today, &out);
    return out;
}
