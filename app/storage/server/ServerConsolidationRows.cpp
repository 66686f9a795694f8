#include "server/ServerConsolidationRows.h"

#include "ActivityStatus.h"
#include "CampaignState.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace ServerConsolidationRows {

namespace {

QString serverFailure(const QSqlQuery& q)
{
    const QString text = q.lastError().databaseText().trimmed();
    return text.isEmpty() ? q.lastError().text() : text;
}

// PostgreSQL's array literal, bound as text and cast in the statement (`= ANY(CAST(? AS integer[]))`): one
// statement for every unit, whatever their number.
QString idArray(const QList<int>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (int id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QDate date(const QVariant& v)
{
    return v.isNull() ? QDate() : SqlUtil::parseIsoDate(v.toString());
}

QDateTime stamp(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Amount amount(const QVariant& value, const QVariant& approximate)
{
    return {value.isNull() ? 0.0 : value.toDouble(), approximate.toInt() != 0, !value.isNull()};
}

// The campaign of the year each unit shows: its newest of that year (the file's order: year, then
// id, newest first), limited to the units read.
const char* const kChosen =
    "WITH chosen AS (SELECT DISTINCT ON (unit_id) id, unit_id FROM campaign "
    "WHERE year = ? AND unit_id = ANY(CAST(? AS integer[])) ORDER BY unit_id, id DESC) ";

class Reader
{
public:
    Reader(QSqlDatabase& db, const Request& request, Rows* out) : m_db(db), m_request(request), m_out(out) {}

    bool run(QString* error)
    {
        // One snapshot: a unit edited while the province reads is either all before or all after.
        if (!m_db.transaction()) {
            *error = QCoreApplication::translate("ServerConsolidationRows",
                                                 "cannot read the units from the server: %1")
                         .arg(m_db.lastError().text());
            return false;
        }
        const bool ok = read(error);
        m_db.rollback(); // read only: nothing to keep
        return ok;
    }

private:
    bool read(QString* error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")) ||
            !q.exec(QStringLiteral("SELECT now()")) || !q.next())
            return fail(q, error);
        m_out->readAt = q.value(0).toDateTime();
        if (!ServerUnits::own(m_db, &m_out->own, error))
            return false;
        return chooseYear(error) && readUnits(error) && readCampaigns(error) && readPillars(error) &&
               readMetrics(error) && readDepartments(error) && readActivities(error) && readFigures(error) &&
               readEvidence(error) && (!m_request.packages || readPackages(error));
    }

    bool fail(const QSqlQuery& q, QString* error)
    {
        *error = QCoreApplication::translate("ServerConsolidationRows",
                                             "cannot read the units from the server: %1")
                     .arg(serverFailure(q));
        return false;
    }

    // A statement over the chosen campaigns, bound to the year and the units.
    bool selectChosen(QSqlQuery& q, const QString& sql, QString* error)
    {
        q.setForwardOnly(true);
        if (!q.prepare(QLatin1String(kChosen) + sql))
            return fail(q, error);
        q.addBindValue(m_out->year);
        q.addBindValue(m_units);
        return q.exec() || fail(q, error);
    }

    bool chooseYear(QString* error)
    {
        m_out->year = m_request.year;
        if (m_out->year != 0)
            return true;
        QSqlQuery q(m_db);
        // The own unit's newest campaign, else the newest the role may read (a province that keeps
        // no plan of its own still consolidates its units').
        q.prepare(QStringLiteral("SELECT coalesce((SELECT max(year) FROM campaign WHERE unit_id = ?), "
                                 "(SELECT max(year) FROM campaign))"));
        q.addBindValue(m_out->own.id);
        if (!q.exec() || !q.next())
            return fail(q, error);
        m_out->year = q.value(0).toInt();
        if (m_out->year == 0) {
            *error = QCoreApplication::translate("ServerConsolidationRows",
                                                 "there is no campaign on the server yet that %1 may read "
                                                 "(campaign-planner push FILE ADDRESS uploads a unit's file)")
                         .arg(m_out->own.name);
            return false;
        }
        return true;
    }

    bool readUnits(QString* error)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const bool all = m_request.unitIds.isEmpty();
        // The unit table is readable by every user; the rights are cp_readable_units(), which the
        // policies of every data table use too.
        q.prepare(QStringLiteral(
                      "SELECT u.id, u.name, u.level, coalesce(u.parent_id, 0), p.name, p.region, p.level "
                      "FROM unit u LEFT JOIN unit_profile p ON p.unit_id = u.id "
                      "WHERE u.id IN (SELECT cp_readable_units())%1 ORDER BY u.id")
                      .arg(all ? QString() : QStringLiteral(" AND u.id = ANY(CAST(? AS integer[]))")));
        if (!all)
            q.addBindValue(idArray(m_request.unitIds));
        if (!q.exec())
            return fail(q, error);
        QList<int> ids;
        while (q.next()) {
            Unit u;
            u.unit = {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()};
            u.parentId = q.value(3).toInt();
            UnitProfile& profile = u.snapshot.unit;
            // A unit that never pushed a profile is described by its row, as pull does.
            const QString pushedName = q.value(4).toString().trimmed();
            profile.name = pushedName.isEmpty() ? u.unit.name : pushedName;
            profile.region = q.value(5).toString();
            const int level = q.value(6).isNull() ? (u.unit.level == QLatin1String("province")     ? 2
                                                     : u.unit.level == QLatin1String("prefecture") ? 1
                                                                                                   : 0)
                                                  : q.value(6).toInt();
            profile.level = static_cast<UnitProfile::Level>(std::clamp(level, 0, 2));
            m_index.insert(u.unit.id, int(m_out->units.size()));
            ids << u.unit.id;
            m_out->units.append(std::move(u));
        }
        if (q.lastError().isValid())
            return fail(q, error);
        for (int id : m_request.unitIds)
            if (!ids.contains(id)) {
                *error = QCoreApplication::translate(
                             "ServerConsolidationRows",
                             "%1 may not read the data of the unit %2 (or there is no such unit)")
                             .arg(m_out->own.name)
                             .arg(id);
                return false;
            }
        m_units = idArray(ids);
        return true;
    }

    Unit* unit(const QVariant& id)
    {
        const auto it = m_index.constFind(id.toInt());
        return it == m_index.cend() ? nullptr : &m_out->units[*it];
    }

    bool readCampaigns(QString* error)
    {
        QSqlQuery q(m_db);
        if (!selectChosen(
                q,
                QStringLiteral("SELECT c.unit_id, c.id, c.year, c.title, c.theme, c.document_number, "
                               "c.issuing_body, c.issued_on, c.start_date, c.end_date, "
                               "c.summary_deadline, c.recipient, c.state, c.content_complete "
                               "FROM campaign c JOIN chosen ON chosen.id = c.id"),
                error))
            return false;
        while (q.next()) {
            Unit* u = unit(q.value(0));
            if (!u)
                continue;
            Campaign& c = u->snapshot.campaign.campaign;
            c.id = q.value(1).toLongLong();
            c.year = q.value(2).toInt();
            c.title = q.value(3).toString();
            c.theme = q.value(4).toString();
            c.documentNumber = q.value(5).toString();
            c.issuingBody = q.value(6).toString();
            c.issuedOn = date(q.value(7));
            c.start = date(q.value(8));
            c.end = date(q.value(9));
            c.summaryDeadline = date(q.value(10));
            c.recipient = q.value(11).toString();
            if (!CampaignStates::fromInt(q.value(12).toInt(), &c.state))
                c.state = CampaignState::Planning; // the schema's CHECK keeps this from happening
            c.contentComplete = q.value(13).toInt() != 0;
            u->hasCampaign = true;
        }
        return !q.lastError().isValid() || fail(q, error);
    }

    bool readPillars(QString* error)
    {
        QSqlQuery q(m_db);
        if (!selectChosen(
                q,
                QStringLiteral("SELECT p.unit_id, p.id, p.campaign_id, p.position, p.title, p.short_name, "
                               "p.full_text, p.colour FROM pillar p JOIN chosen ON chosen.id = "
                               "p.campaign_id AND chosen.unit_id = p.unit_id "
                               "ORDER BY p.unit_id, p.position, p.id"),
                error))
            return false;
        while (q.next())
            if (Unit* u = unit(q.value(0)))
                u->snapshot.campaign.pillars.append({q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                     q.value(3).toInt(), q.value(4).toString(),
                                                     q.value(5).toString(), q.value(6).toString(),
                                                     q.value(7).toString()});
        return !q.lastError().isValid() || fail(q, error);
    }

    bool readMetrics(QString* error)
    {
        QSqlQuery q(m_db);
        if (!selectChosen(q,
                          QStringLiteral("SELECT m.unit_id, m.id, m.campaign_id, m.position, m.name, m.unit "
                                         "FROM metric m JOIN chosen ON chosen.id = m.campaign_id AND "
                                         "chosen.unit_id = m.unit_id ORDER BY m.unit_id, m.position, m.id"),
                          error))
            return false;
        while (q.next())
            if (Unit* u = unit(q.value(0)))
                u->snapshot.campaign.metrics.append({q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                     q.value(3).toInt(), q.value(4).toString(),
                                                     q.value(5).toString()});
        return !q.lastError().isValid() || fail(q, error);
    }

    bool readDepartments(QString* error)
    {
        QSqlQuery q(m_db);
        if (!selectChosen(
                q,
                QStringLiteral("SELECT d.unit_id, d.id, d.position, d.name, d.archived FROM department d "
                               "WHERE d.unit_id IN (SELECT unit_id FROM chosen) "
                               "ORDER BY d.unit_id, d.position, d.id"),
                error))
            return false;
        while (q.next())
            if (Unit* u = unit(q.value(0)))
                u->snapshot.departments.append({q.value(1).toLongLong(), q.value(2).toInt(),
                                                q.value(3).toString(), q.value(4).toInt() != 0});
        return !q.lastError().isValid() || fail(q, error);
    }

    bool readActivities(QString* error)
    {
        QSqlQuery q(m_db);
        if (!selectChosen(
                q,
                QStringLiteral("SELECT a.unit_id, a.id, a.uuid, a.campaign_id, a.pillar_id, a.title, "
                               "a.lead_department_id, a.start_date, a.end_date, a.date_text, "
                               "a.deadline, a.status, a.progress, a.created_ms, a.updated_ms "
                               "FROM activity a JOIN chosen ON chosen.id = a.campaign_id AND "
                               "chosen.unit_id = a.unit_id ORDER BY a.unit_id, a.id"),
                error))
            return false;
        Unit* u = nullptr;
        int current = 0;
        while (q.next()) {
            if (!u || q.value(0).toInt() != current) {
                current = q.value(0).toInt();
                u = unit(q.value(0));
                if (!u)
                    continue;
            }
            Activity& a = u->snapshot.activities.emplace_back();
            a.id = q.value(1).toLongLong();
            a.uuid = QUuid::fromString(q.value(2).toString());
            a.campaignId = q.value(3).toLongLong();
            a.pillarId = q.value(4).toLongLong(); // NULL: 0, no pillar
            a.title = q.value(5).toString();
            a.leadDepartmentId = q.value(6).toLongLong();
            a.start = date(q.value(7));
            a.end = date(q.value(8));
            a.dateText = q.value(9).toString();
            a.deadline = date(q.value(10));
            ActivityStatuses::fromInt(q.value(11).toInt(), &a.status);
            a.progress = q.value(12).toInt();
            a.created = stamp(q.value(13));
            a.updated = stamp(q.value(14));
        }
        return !q.lastError().isValid() || fail(q, error);
    }

    bool readFigures(QString* error)
    {
        QSqlQuery q(m_db);
        if (!selectChosen(
                q,
                QStringLiteral("SELECT f.unit_id, f.activity_id, f.metric_id, f.target, f.target_approx, "
                               "f.actual, f.actual_approx FROM activity_figure f "
                               "JOIN activity a ON a.id = f.activity_id AND a.unit_id = f.unit_id "
                               "JOIN chosen ON chosen.id = a.campaign_id AND chosen.unit_id = a.unit_id "
                               "ORDER BY f.unit_id, f.activity_id, f.metric_id"),
                error))
            return false;
        // Both in (unit, activity id) order: one walk hands the figures to their activities.
        Unit* u = nullptr;
        int current = 0;
        qsizetype at = 0;
        while (q.next()) {
            if (!u || q.value(0).toInt() != current) {
                current = q.value(0).toInt();
                u = unit(q.value(0));
                at = 0;
                if (!u)
                    continue;
            }
            QList<Activity>& list = u->snapshot.activities;
            const qint64 activity = q.value(1).toLongLong();
            while (at < list.size() && list[at].id < activity)
                ++at;
            if (at < list.size() && list[at].id == activity)
                list[at].figures.append({q.value(2).toLongLong(), amount(q.value(3), q.value(4)),
                                         amount(q.value(5), q.value(6))});
        }
        return !q.lastError().isValid() || fail(q, error);
    }

    bool readEvidence(QString* error)
    {
        QSqlQuery q(m_db);
        if (!selectChosen(
                q,
                QStringLiteral("SELECT t.unit_id, t.activity_id, count(*) FROM attachment t "
                               "JOIN activity a ON a.id = t.activity_id AND a.unit_id = t.unit_id "
                               "JOIN chosen ON chosen.id = a.campaign_id AND chosen.unit_id = a.unit_id "
                               "WHERE t.chosen <> 0 GROUP BY t.unit_id, t.activity_id"),
                error))
            return false;
        while (q.next())
            if (Unit* u = unit(q.value(0)))
                u->evidence.insert(q.value(1).toLongLong(), q.value(2).toInt());
        return !q.lastError().isValid() || fail(q, error);
    }

    // The packages the own unit imported (its sub_unit rows), as the file's SubordinateRepository reads
    // them: the year's, or of no stated year.
    bool readPackages(QString* error)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const QString mine = QStringLiteral("unit_id = ? AND (campaign_year = 0 OR campaign_year = ?)");
        q.prepare(QStringLiteral("SELECT id, uuid, name, region, level, campaign_year, campaign_title, "
                                 "package_ms, imported_ms, figures FROM sub_unit WHERE %1 ORDER BY name, id")
                      .arg(mine));
        q.addBindValue(m_out->own.id);
        q.addBindValue(m_out->year);
        if (!q.exec())
            return fail(q, error);
        QHash<qint64, int> index;
        while (q.next()) {
            Package p;
            SubordinateUnit& u = p.unit;
            u.id = q.value(0).toLongLong();
            u.uuid = QUuid(q.value(1).toString());
            u.name = q.value(2).toString();
            u.region = q.value(3).toString();
            u.level = q.value(4).toInt();
            u.campaignYear = q.value(5).toInt();
            u.campaignTitle = q.value(6).toString();
            u.packageCreated = stamp(q.value(7));
            u.imported = stamp(q.value(8));
            u.figures = q.value(9).toString().toUtf8();
            index.insert(u.id, int(m_out->packages.size()));
            m_out->packages.append(std::move(p));
        }
        if (q.lastError().isValid())
            return fail(q, error);
        QSqlQuery a(m_db);
        a.setForwardOnly(true);
        a.prepare(
            QStringLiteral("SELECT sub_unit_id, id, uuid, pillar, title, lead_department, start_date, "
                           "end_date, status, progress, updated_ms FROM sub_activity WHERE sub_unit_id IN "
                           "(SELECT id FROM sub_unit WHERE %1) ORDER BY sub_unit_id, id")
                .arg(mine));
        a.addBindValue(m_out->own.id);
        a.addBindValue(m_out->year);
        if (!a.exec())
            return fail(a, error);
        QHash<qint64, std::pair<int, qsizetype>> where; // activity id → (package, position)
        while (a.next()) {
            const auto it = index.constFind(a.value(0).toLongLong());
            if (it == index.cend())
                continue;
            QList<SubordinateActivity>& list = m_out->packages[*it].activities;
            SubordinateActivity& s = list.emplace_back();
            s.id = a.value(1).toLongLong();
            s.uuid = QUuid::fromString(a.value(2).toString());
            s.pillar = a.value(3).toString();
            s.title = a.value(4).toString();
            s.leadDepartment = a.value(5).toString();
            s.start = date(a.value(6));
            s.end = date(a.value(7));
            s.status = a.value(8).toInt();
            s.progress = a.value(9).toInt();
            s.updated = stamp(a.value(10));
            where.insert(s.id, {*it, list.size() - 1});
        }
        if (a.lastError().isValid())
            return fail(a, error);
        QSqlQuery e(m_db);
        e.setForwardOnly(true);
        e.prepare(
            QStringLiteral("SELECT e.activity_id, e.sha256, e.kind, e.file_name, e.caption, e.taken_ms "
                           "FROM sub_evidence e JOIN sub_activity s ON s.id = e.activity_id AND "
                           "s.unit_id = e.unit_id WHERE s.sub_unit_id IN (SELECT id FROM sub_unit WHERE "
                           "%1) ORDER BY e.activity_id, e.id")
                .arg(mine));
        e.addBindValue(m_out->own.id);
        e.addBindValue(m_out->year);
        if (!e.exec())
            return fail(e, error);
        while (e.next()) {
            const auto it = where.constFind(e.value(0).toLongLong());
            if (it != where.cend())
                m_out->packages[it->first].activities[it->second].evidence.append(
                    {e.value(1).toString(), e.value(2).toInt(), e.value(3).toString(), e.value(4).toString(),
                     stamp(e.value(5))});
        }
        return !e.lastError().isValid() || fail(e, error);
    }

    QSqlDatabase& m_db;
    const Request& m_request;
    Rows* m_out;
    QHash<int, int> m_index; // unit id → position in m_out->units
    QString m_units;         // the units read, as an array literal
};

} // namespace

bool read(QSqlDatabase& db, const Request& request, Rows* out, QString* error)
{
    Rows rows;
    Reader reader(db, request, &rows);
    if (!reader.run(error))
        return false;
    *out = std::move(rows);
    return true;
}

} // namespace ServerConsolidationRows
