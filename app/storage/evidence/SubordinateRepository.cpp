#include "SubordinateRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace SqlUtil;

namespace {

QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

bool writeActivity(const QSqlDatabase& db, qint64 unitId, SubordinateActivity& a, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sub_activity (unit_id, uuid, pillar, title, lead_department, start_date, end_date, "
        "status, "
        "progress, updated_ms) VALUES (:unit, :uuid, :pillar, :title, :lead, :start, :end, :status, "
        ":progress, "
        ":updated) ON CONFLICT (unit_id, uuid) DO UPDATE SET pillar = excluded.pillar, title = "
        "excluded.title, "
        "lead_department = excluded.lead_department, start_date = excluded.start_date, end_date = "
        "excluded.end_date, status = excluded.status, progress = excluded.progress, updated_ms = "
        "excluded.updated_ms RETURNING id"));
    q.bindValue(QStringLiteral(":unit"), unitId);
    q.bindValue(QStringLiteral(":uuid"), a.uuid.toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":pillar"), text(a.pillar));
    q.bindValue(QStringLiteral(":title"), text(a.title));
    q.bindValue(QStringLiteral(":lead"), text(a.leadDepartment));
    q.bindValue(QStringLiteral(":start"), fromDate(a.start));
    q.bindValue(QStringLiteral(":end"), fromDate(a.end));
    q.bindValue(QStringLiteral(":status"), a.status);
    q.bindValue(QStringLiteral(":progress"), a.progress);
    q.bindValue(QStringLiteral(":updated"), a.updated.isValid() ? a.updated.toMSecsSinceEpoch() : 0);
    if (!exec(q, error) || !q.next())
        return false;
    a.id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery e(db);
    e.prepare(QStringLiteral("DELETE FROM sub_evidence WHERE activity_id = ?"));
    e.addBindValue(a.id);
    if (!exec(e, error))
        return false;
    e.prepare(
        QStringLiteral("INSERT INTO sub_evidence (activity_id, sha256, kind, file_name, caption, taken_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SubordinateEvidence& ev : std::as_const(a.evidence)) {
        e.addBindValue(a.id);
        e.addBindValue(ev.sha256);
        e.addBindValue(ev.kind);
        e.addBindValue(text(ev.fileName));
        e.addBindValue(text(ev.caption));
        e.addBindValue(ms(ev.taken));
        if (!exec(e, error))
            return false;
    }
    return true;
}

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

bool SubordinateRepository::activities(qint64 unitId, QList<SubordinateActivity>* result,
                                       QString* error) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    QList<SubordinateActivity> out;
    q.prepare(QStringLiteral("SELECT id, uuid, pillar, title, lead_department, start_date, end_date, status, "
                             "progress, updated_ms FROM sub_activity WHERE unit_id = ? ORDER BY id"));
    q.addBindValue(unitId);
    if (!exec(q, error))
        return false;
    QHash<qint64, int> index;
    while (q.next()) {
        SubordinateActivity a;
        a.id = q.value(0).toLongLong();
        a.uuid = QUuid(q.value(1).toString());
        a.pillar = q.value(2).toString();
        a.title = q.value(3).toString();
        a.leadDepartment = q.value(4).toString();
        a.start = toDate(q.value(5));
        a.end = toDate(q.value(6));
        a.status = q.value(7).toInt();
        a.progress = q.value(8).toInt();
        a.updated = fromMs(q.value(9));
        index.insert(a.id, int(out.size()));
        out.append(a);
    }
    QSqlQuery e(db);
    e.prepare(
        QStringLiteral("SELECT e.activity_id, e.sha256, e.kind, e.file_name, e.caption, e.taken_ms FROM "
                       "sub_evidence e JOIN sub_activity a ON a.id = e.activity_id WHERE a.unit_id = ? "
                       "ORDER BY e.id"));
    e.addBindValue(unitId);
    if (!exec(e, error))
        return false;
    while (e.next()) {
        const int i = index.value(e.value(0).toLongLong(), -1);
        if (i >= 0)
            out[i].evidence.append({e.value(1).toString(), e.value(2).toInt(), e.value(3).toString(),
                                    e.value(4).toString(), fromMs(e.value(5))});
    }
    *result = std::move(out);
    return true;
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
    QStringList keep;
    for (SubordinateActivity& a : activities) {
        if (!writeActivity(db, unit.id, a, error))
            return false;
        keep << QString::number(a.id);
    }
    QSqlQuery d(db);
    d.prepare(QStringLiteral("DELETE FROM sub_activity WHERE unit_id = ? AND id NOT IN (%1)")
                  .arg(keep.isEmpty() ? QStringLiteral("0") : keep.join(QLatin1Char(','))));
    d.addBindValue(unit.id);
    return exec(d, error);
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
