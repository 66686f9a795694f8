#include "SubordinateRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "TextPool.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlUtil;

namespace {

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

// The statements one merge runs per activity, prepared once on the connection's own sqlite3 handle:
// a package of 100 000 activities is some 300 000 statements, and a QSqlQuery prepared per row with
// named binds cost over ten times the writes themselves.
struct ActivityWriter
{
    explicit ActivityWriter(const QSqlDatabase& db)
        : upsert(
              db,
              "INSERT INTO sub_activity (unit_id, uuid, pillar, title, lead_department, start_date, "
              "end_date, status, progress, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
              "ON CONFLICT (unit_id, uuid) DO UPDATE SET pillar = excluded.pillar, title = excluded.title, "
              "lead_department = excluded.lead_department, start_date = excluded.start_date, "
              "end_date = excluded.end_date, status = excluded.status, progress = excluded.progress, "
              "updated_ms = excluded.updated_ms RETURNING id"),
          clearEvidence(db, "DELETE FROM sub_evidence WHERE activity_id = ?1"),
          addEvidence(db,
                      "INSERT INTO sub_evidence (activity_id, sha256, kind, file_name, caption, taken_ms) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          keep(db, "INSERT INTO temp.sub_activity_kept (id) VALUES (?1)")
    {}

    bool valid(QString* error) const
    {
        for (const SqliteStatement* s : {&upsert, &clearEvidence, &addEvidence, &keep})
            if (!s->isValid()) {
                *error = s->errorString();
                return false;
            }
        return true;
    }

    bool write(qint64 unitId, SubordinateActivity& a, QString* error)
    {
        const auto text = [](const QString& t) { return t.isNull() ? QStringLiteral("") : t; };
        const auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
        upsert.bind(1, unitId);
        upsert.bind(2, a.uuid.toString(QUuid::WithoutBraces));
        upsert.bind(3, text(a.pillar));
        upsert.bind(4, text(a.title));
        upsert.bind(5, text(a.leadDepartment));
        upsert.bind(6, date(a.start));
        upsert.bind(7, date(a.end));
        upsert.bind(8, qint64(a.status));
        upsert.bind(9, qint64(a.progress));
        upsert.bind(10, a.updated.isValid() ? a.updated.toMSecsSinceEpoch() : qint64(0));
        if (!upsert.next()) {
            *error = upsert.errorString().isEmpty() ? QStringLiteral("no id returned") : upsert.errorString();
            return false;
        }
        a.id = upsert.integer(0);
        if (!upsert.exec()) { // runs to the end and resets for the next row
            *error = upsert.errorString();
            return false;
        }
        clearEvidence.bind(1, a.id);
        keep.bind(1, a.id);
        if (!clearEvidence.exec() || !keep.exec()) {
            *error = clearEvidence.errorString() + keep.errorString();
            return false;
        }
        for (const SubordinateEvidence& ev : std::as_const(a.evidence)) {
            addEvidence.bind(1, a.id);
            addEvidence.bind(2, ev.sha256);
            addEvidence.bind(3, qint64(ev.kind));
            addEvidence.bind(4, text(ev.fileName));
            addEvidence.bind(5, text(ev.caption));
            if (ev.taken.isValid())
                addEvidence.bind(6, ev.taken.toMSecsSinceEpoch());
            else
                addEvidence.bindNull(6);
            if (!addEvidence.exec()) {
                *error = addEvidence.errorString();
                return false;
            }
        }
        return true;
    }

    SqliteStatement upsert, clearEvidence, addEvidence, keep;
};

} // namespace

SubordinateRepository::SubordinateRepository(const Database& db)
    : m_connection(db.connection().connectionName())
{}

bool SubordinateRepository::units(QList<SubordinateUnit>* result, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QList<SubordinateUnit> out;
    q.prepare(
        QStringLiteral("SELECT id, uuid, name, region, level, campaign_year, campaign_title, package_ms, "
                       "imported_ms, figures FROM sub_unit ORDER BY name, id"));
    if (!exec(q, error))
        return false;
    while (q.next()) {
        SubordinateUnit u;
        u.id = q.value(0).toLongLong();
        u.uuid = QUuid(q.value(1).toString());
        u.name = q.value(2).toString();
        u.region = q.value(3).toString();
        u.level = q.value(4).toInt();
        u.campaignYear = q.value(5).toInt();
        u.campaignTitle = q.value(6).toString();
        u.packageCreated = fromMs(q.value(7));
        u.imported = fromMs(q.value(8));
        u.figures = q.value(9).toString().toUtf8();
        out.append(u);
    }
    *result = std::move(out);
    return true;
}

// Through the raw handle: a county's package lists 100 000 activities at the national desk, and a
// QVariant per cell made showing a unit take seconds. A unit's rows lie together (a merge appends them),
// so they are read as one range of the table in id order; looked up through the (unit, uuid) index
// they came in uuid order, one random page each, ten times slower.
namespace {

// On the program's connection, or (from another thread) on one of its own.
template <typename Connection>
bool readActivities(const Connection& db, qint64 unitId, QList<SubordinateActivity>* result, QString* error)
{
    SqliteStatement q(
        db, "SELECT id, uuid, pillar, title, lead_department, start_date, end_date, status, "
            "progress, updated_ms FROM sub_activity WHERE id BETWEEN (SELECT min(id) FROM "
            "sub_activity WHERE unit_id = ?1) AND (SELECT max(id) FROM sub_activity WHERE unit_id = "
            "?1) AND +unit_id = ?1 ORDER BY id");
    // In activity order, to be handed out in one walk beside the activities.
    SqliteStatement e(db, "SELECT e.activity_id, e.sha256, e.kind, e.file_name, e.caption, e.taken_ms FROM "
                          "sub_evidence e JOIN sub_activity a ON a.id = e.activity_id WHERE a.unit_id = ?1 "
                          "ORDER BY e.activity_id, e.id");
    SqliteStatement span(db, "SELECT count(*) FROM sub_activity WHERE unit_id = ?1");
    if (!q.isValid() || !e.isValid() || !span.isValid()) {
        *error = !q.isValid() ? q.errorString() : !e.isValid() ? e.errorString() : span.errorString();
        return false;
    }
    const auto stamp = [](const SqliteStatement& s, int column) {
        // UTC: a local time looks up the zone (and stats /etc/localtime) for every row.
        return s.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(s.integer(column), Qt::UTC);
    };
    // The page shows a unit's activities as soon as it is picked: a unit of 100 000 must come in
    // well under 200 ms, so the list is sized once and repeated texts share their characters.
    QList<SubordinateActivity> out;
    span.bind(1, unitId);
    if (span.next())
        out.reserve(span.integer(0));
    TextPool pillars, titles, departments;
    q.bind(1, unitId);
    while (q.next()) {
        SubordinateActivity& a = out.emplace_back();
        a.id = q.integer(0);
        a.uuid = QUuid::fromString(q.view(1));
        a.pillar = pillars.take(q.view(2));
        a.title = titles.take(q.view(3));
        a.leadDepartment = departments.take(q.view(4));
        a.start = q.date(5);
        a.end = q.date(6);
        a.status = int(q.integer(7));
        a.progress = int(q.integer(8));
        a.updated = stamp(q, 9);
    }
    e.bind(1, unitId);
    auto at = out.begin(); // both in id order
    while (e.next()) {
        const qint64 activity = e.integer(0);
        while (at != out.end() && at->id < activity)
            ++at;
        if (at != out.end() && at->id == activity)
            at->evidence.append({e.text(1), int(e.integer(2)), e.text(3), e.text(4), stamp(e, 5)});
    }
    if (!q.errorString().isEmpty() || !e.errorString().isEmpty()) {
        *error = q.errorString().isEmpty() ? e.errorString() : q.errorString();
        return false;
    }
    *result = std::move(out);
    return true;
}

} // namespace

bool SubordinateRepository::activities(qint64 unitId, QList<SubordinateActivity>* out, QString* error) const
{
    return readActivities(QSqlDatabase::database(m_connection, false), unitId, out, error);
}

bool SubordinateRepository::activities(const QString& path, qint64 unitId, QList<SubordinateActivity>* out,
                                       QString* error)
{
    SqliteConnection connection(path);
    if (!connection.isOpen()) {
        *error = connection.errorString();
        return false;
    }
    return readActivities(connection, unitId, out, error);
}

bool SubordinateRepository::packageTime(const QUuid& unitUuid, QDateTime* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT package_ms FROM sub_unit WHERE uuid = ?"));
    q.addBindValue(unitUuid.toString(QUuid::WithoutBraces));
    if (!exec(q, error))
        return false;
    *out = q.next() ? fromMs(q.value(0)) : QDateTime();
    return true;
}

bool SubordinateRepository::merge(SubordinateUnit& unit, QList<SubordinateActivity>& activities,
                                  QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] { return mergeRows(db, unit, activities, error); });
}

bool SubordinateRepository::mergeRows(const QSqlDatabase& db, SubordinateUnit& unit,
                                      QList<SubordinateActivity>& activities, QString* error) const
{
    QDateTime previous;
    if (!packageTime(unit.uuid, &previous, error))
        return false;
    if (previous.isValid() && previous > unit.packageCreated) {
        *error =
            QCoreApplication::translate("SubordinateRepository",
                                        "A newer package from %1 (made %2) was already imported; this one "
                                        "is older and was not imported.")
                .arg(unit.name, previous.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sub_unit (uuid, name, region, level, campaign_year, campaign_title, package_ms, "
        "imported_ms, "
        "figures) VALUES (:uuid, :name, :region, :level, :year, :title, :package, :imported, :figures) "
        "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, region = excluded.region, level = "
        "excluded.level, "
        "campaign_year = excluded.campaign_year, campaign_title = excluded.campaign_title, package_ms = "
        "excluded.package_ms, imported_ms = excluded.imported_ms, figures = excluded.figures RETURNING id"));
    q.bindValue(QStringLiteral(":uuid"), unit.uuid.toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":name"), text(unit.name));
    q.bindValue(QStringLiteral(":region"), text(unit.region));
    q.bindValue(QStringLiteral(":level"), unit.level);
    q.bindValue(QStringLiteral(":year"), unit.campaignYear);
    q.bindValue(QStringLiteral(":title"), text(unit.campaignTitle));
    q.bindValue(QStringLiteral(":package"), unit.packageCreated.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":imported"), unit.imported.isValid() ? unit.imported.toMSecsSinceEpoch()
                                                                     : QDateTime::currentMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":figures"), QString::fromUtf8(unit.figures));
    if (!exec(q, error) || !q.next())
        return false;
    unit.id = q.value(0).toLongLong();
    q.finish();
    // The rows this package names are noted in a temporary table; the unit's other rows go after.
    QSqlQuery kept(db);
    const auto run = [&](const QString& sql) {
        if (kept.exec(sql))
            return true;
        *error = kept.lastError().text();
        return false;
    };
    if (!run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sub_activity_kept (id INTEGER PRIMARY KEY)")) ||
        !run(QStringLiteral("DELETE FROM temp.sub_activity_kept")))
        return false;
    {
        ActivityWriter writer(db);
        if (!writer.valid(error))
            return false;
        for (SubordinateActivity& a : activities)
            if (!writer.write(unit.id, a, error))
                return false;
    }
    QSqlQuery d(db);
    d.prepare(QStringLiteral(
        "DELETE FROM sub_activity WHERE unit_id = ? AND id NOT IN (SELECT id FROM temp.sub_activity_kept)"));
    d.addBindValue(unit.id);
    return exec(d, error) && run(QStringLiteral("DELETE FROM temp.sub_activity_kept"));
}

bool SubordinateRepository::ownUnitUuid(const Database& db, QUuid* out, QString* error)
{
    const QString key = QStringLiteral("package.unit_uuid");
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM file_setting WHERE key = ?"));
    q.addBindValue(key);
    if (!exec(q, error))
        return false;
    if (q.next() && !QUuid(q.value(0).toString()).isNull()) {
        *out = QUuid(q.value(0).toString());
        return true;
    }
    q.finish();
    const QUuid made = QUuid::createUuid();
    const bool written = Transaction::run(db.connection(), error, [&] {
        QSqlQuery w(db.connection());
        w.prepare(QStringLiteral("INSERT OR REPLACE INTO file_setting (key, value) VALUES (?, ?)"));
        w.addBindValue(key);
        w.addBindValue(made.toString(QUuid::WithoutBraces));
        return exec(w, error);
    });
    if (written)
        *out = made;
    return written;
}
