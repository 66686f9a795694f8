#include "CampaignRepository.h"

#include "CampaignRows.h"

#include "ActivityRepository.h"
#include "ActivityRows.h"
#include "Database.h"
#include "LocalNoticeRepository.h"
#include "RemovalRows.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

using namespace SqlUtil;
using namespace CampaignRows;

namespace {

QDate shiftYears(QDate d, int years)
{
    return d.isValid() ? d.addYears(years) : d;
}

// Runs `step` in its own transaction.
template <typename Step> bool inTransaction(const QString& connection, QString* error, Step step)
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    return Transaction::run(db, error, [&] { return step(db); });
}

// `table` is one of our own table names, never user input.
bool writeOrder(const QSqlDatabase& db, const QString& table, const QList<qint64>& ids, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(q, QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table), error))
        return false;
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(ids[i]);
        if (!exec(q, error))
            return false;
    }
    return true;
}

bool countWhere(const QString& connection, const QString& sql, qint64 id, int* out, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!prepare(q, sql, error))
        return false;
    q.addBindValue(id);
    if (!exec(q, error) || !q.next())
        return false;
    *out = q.value(0).toInt();
    return true;
}

} // namespace

CampaignRepository::CampaignRepository(const Database& db) : m_connection(db.connection().connectionName()) {}

bool CampaignRepository::list(QList<Campaign>* result, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QList<Campaign> out;
    if (!q.exec(QStringLiteral(
            "SELECT id, year, title, theme, document_number, issuing_body, issued_on, start_date, "
            "end_date, summary_deadline, recipient, state, content_complete FROM campaign "
            "ORDER BY year DESC, id DESC"))) {
        *error = describe(q.lastError());
        return false;
    }
    while (q.next()) {
        Campaign c;
        c.id = q.value(0).toLongLong();
        c.year = q.value(1).toInt();
        c.title = q.value(2).toString();
        c.theme = q.value(3).toString();
        c.documentNumber = q.value(4).toString();
        c.issuingBody = q.value(5).toString();
        c.issuedOn = toDate(q.value(6));
        c.start = toDate(q.value(7));
        c.end = toDate(q.value(8));
        c.summaryDeadline = toDate(q.value(9));
        c.recipient = q.value(10).toString();
        if (!CampaignStates::fromInt(q.value(11).toInt(), &c.state))
            c.state = CampaignState::Planning; // the schema's CHECK keeps this from happening
        c.contentComplete = q.value(12).toInt() != 0;
        out.append(c);
    }
    *result = std::move(out);
    return true;
}

bool CampaignRepository::load(qint64 campaignId, CampaignContent* out, QString* error) const
{
    QList<Campaign> all;
    if (!list(&all, error))
        return false;
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&](const Campaign& c) { return c.id == campaignId; });
    if (it == all.cend()) {
        *error = QCoreApplication::translate("CampaignRepository", "The campaign no longer exists.");
        return false;
    }
    CampaignContent content;
    content.campaign = *it;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto select = [&](const QString& sql) {
        if (!prepare(q, sql, error))
            return false;
        q.addBindValue(campaignId);
        return exec(q, error);
    };
    if (!select(QStringLiteral("SELECT id, position, title, short_name, full_text, colour FROM pillar "
                               "WHERE campaign_id = ? ORDER BY position, id")))
        return false;
    while (q.next())
        content.pillars.append({q.value(0).toLongLong(), campaignId, q.value(1).toInt(),
                                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                q.value(5).toString()});
    if (!select(QStringLiteral("SELECT id, position, name, activities FROM organizer WHERE campaign_id = ? "
                               "ORDER BY position, id")))
        return false;
    while (q.next())
        content.organizers.append({q.value(0).toLongLong(), campaignId, q.value(1).toInt(),
                                   q.value(2).toString(), q.value(3).toString()});
    if (!select(QStringLiteral(
            "SELECT id, position, text FROM slogan WHERE campaign_id = ? ORDER BY position, id")))
        return false;
    while (q.next())
        content.slogans.append(
            {q.value(0).toLongLong(), campaignId, q.value(1).toInt(), q.value(2).toString()});
    if (!select(QStringLiteral("SELECT id, position, title, text FROM requirement WHERE campaign_id = ? "
                               "ORDER BY position, id")))
        return false;
    while (q.next())
        content.requirements.append({q.value(0).toLongLong(), campaignId, q.value(1).toInt(),
                                     q.value(2).toString(), q.value(3).toString()});
    if (!select(QStringLiteral("SELECT id, position, name, unit FROM metric WHERE campaign_id = ? "
                               "ORDER BY position, id")))
        return false;
    while (q.next())
        content.metrics.append({q.value(0).toLongLong(), campaignId, q.value(1).toInt(),
                                q.value(2).toString(), q.value(3).toString()});
    if (!LocalNoticeRepository::select(db, campaignId, &content.localNotices, error))
        return false;
    *out = std::move(content);
    return true;
}

bool CampaignRepository::create(CampaignContent& content, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        if (!insertCampaignRow(db, content.campaign, error))
            return false;
        const qint64 id = content.campaign.id;
        for (int i = 0; i < content.pillars.size(); ++i) {
            Pillar& p = content.pillars[i];
            p.id = 0;
            p.campaignId = id;
            p.position = i;
            if (!writePillar(db, p, error))
                return false;
        }
        for (int i = 0; i < content.metrics.size(); ++i) {
            Metric& m = content.metrics[i];
            m.id = 0;
            m.campaignId = id;
            m.position = i;
            if (!writeMetric(db, m, error))
                return false;
        }
        return replaceOrganizers(db, id, content.organizers, error) &&
               replaceSlogans(db, id, content.slogans, error) &&
               replaceRequirements(db, id, content.requirements, error) &&
               LocalNoticeRepository::replace(db, id, content.localNotices, error);
    });
}

bool CampaignRepository::update(const Campaign& c, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!prepare(
                q,
                QStringLiteral("UPDATE campaign SET year = ?, title = ?, theme = ?, document_number = ?, "
                               "issuing_body = ?, issued_on = ?, start_date = ?, end_date = ?, "
                               "summary_deadline = ?, recipient = ?, state = ?, content_complete = ? "
                               "WHERE id = ?"),
                error))
            return false;
        for (const QVariant& v :
             {QVariant(c.year), text(c.title), text(c.theme), text(c.documentNumber), text(c.issuingBody),
              fromDate(c.issuedOn), fromDate(c.start), fromDate(c.end), fromDate(c.summaryDeadline),
              text(c.recipient), QVariant(int(c.state)), QVariant(c.contentComplete ? 1 : 0), QVariant(c.id)})
            q.addBindValue(v);
        return exec(q, error);
    });
}

bool CampaignRepository::remove(qint64 campaignId, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return deleteById(db, QStringLiteral("campaign"), campaignId, error);
    });
}

bool CampaignRepository::savePillar(Pillar& pillar, QString* error)
{
    return inTransaction(m_connection, error,
                         [&](const QSqlDatabase& db) { return writePillar(db, pillar, error); });
}

bool CampaignRepository::removePillar(qint64 pillarId, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return deleteById(db, QStringLiteral("pillar"), pillarId, error);
    });
}

bool CampaignRepository::saveMetric(Metric& metric, QString* error)
{
    return inTransaction(m_connection, error,
                         [&](const QSqlDatabase& db) { return writeMetric(db, metric, error); });
}

bool CampaignRepository::removeMetric(qint64 metricId, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return deleteById(db, QStringLiteral("metric"), metricId, error);
    });
}

bool CampaignRepository::setPillarOrder(const QList<qint64>& ids, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return writeOrder(db, QStringLiteral("pillar"), ids, error);
    });
}

bool CampaignRepository::setMetricOrder(const QList<qint64>& ids, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return writeOrder(db, QStringLiteral("metric"), ids, error);
    });
}

bool CampaignRepository::pillarUsage(qint64 pillarId, int* out, QString* error) const
{
    return countWhere(m_connection, QStringLiteral("SELECT count(*) FROM activity WHERE pillar_id = ?"),
                      pillarId, out, error);
}

bool CampaignRepository::metricUsage(qint64 metricId, int* out, QString* error) const
{
    return countWhere(m_connection,
                      QStringLiteral("SELECT count(*) FROM activity_figure WHERE metric_id = ?"), metricId,
                      out, error);
}

bool CampaignRepository::setLocalNotices(qint64 campaignId, QList<LocalNotice>& notices, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return LocalNoticeRepository::replace(db, campaignId, notices, error);
    });
}

bool CampaignRepository::setOrganizers(qint64 campaignId, QList<Organizer>& organizers, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return replaceOrganizers(db, campaignId, organizers, error);
    });
}

bool CampaignRepository::setSlogans(qint64 campaignId, QList<Slogan>& slogans, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return replaceSlogans(db, campaignId, slogans, error);
    });
}

bool CampaignRepository::setRequirements(qint64 campaignId, QList<Requirement>& requirements, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return replaceRequirements(db, campaignId, requirements, error);
    });
}

bool CampaignRepository::copyCampaign(qint64 sourceId, int year, bool withUnfinished, qint64* newId,
                                      QString* error)
{
    CampaignContent content;
    if (!load(sourceId, &content, error))
        return false;
    const int shift = year - content.campaign.year;
    Campaign& c = content.campaign;
    const QString oldYear = QString::number(c.year);
    c.title.replace(oldYear, QString::number(year));
    c.year = year;
    c.issuedOn = shiftYears(c.issuedOn, shift);
    c.start = shiftYears(c.start, shift);
    c.end = shiftYears(c.end, shift);
    c.summaryDeadline = shiftYears(c.summaryDeadline, shift);
    c.documentNumber.clear();          // a new year's notice has its own number
    c.state = CampaignState::Planning; // a new year starts with its planning, whatever the old one reached
    QList<Activity> carried;
    if (withUnfinished) {
        if (!ActivityRepository(m_connection).loadAll(sourceId, &carried, error))
            return false;
        carried.removeIf([](const Activity& a) { return ActivityStatuses::isClosed(a.status); });
    }
    const bool ok = inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        if (!insertCampaignRow(db, c, error))
            return false;
        QHash<qint64, qint64> pillarIds, metricIds;
        for (Pillar& p : content.pillars) {
            const qint64 old = p.id;
            p.id = 0;
            p.campaignId = c.id;
            if (!writePillar(db, p, error))
                return false;
            pillarIds.insert(old, p.id);
        }
        for (Metric& m : content.metrics) {
            const qint64 old = m.id;
            m.id = 0;
            m.campaignId = c.id;
            if (!writeMetric(db, m, error))
                return false;
            metricIds.insert(old, m.id);
        }
        if (!replaceOrganizers(db, c.id, content.organizers, error) ||
            !replaceSlogans(db, c.id, content.slogans, error) ||
            !replaceRequirements(db, c.id, content.requirements, error))
            return false;
        for (Activity& a : carried) {
            a.uuid = QUuid(); // a new row in a new year, not the same activity
            a.campaignId = c.id;
            a.pillarId = pillarIds.value(a.pillarId);
            a.start = shiftYears(a.start, shift);
            a.end = shiftYears(a.end, shift);
            a.deadline = shiftYears(a.deadline, shift);
            a.status = ActivityStatus::NotStarted;
            a.progress = 0;
            for (MetricValue& v : a.figures) {
                v.metricId = metricIds.value(v.metricId);
                v.actual = {};
            }
            a.figures.removeIf([](const MetricValue& v) { return v.metricId == 0 || !v.target.isSet; });
        }
        return ActivityRows::write(db, carried, true, false, error);
    });
    if (ok)
        *newId = c.id;
    return ok;
}

bool CampaignRepository::removePillar(qint64 pillarId, ReferenceRemoval* removed, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return RemovalRows::collect(db, QStringLiteral("pillar"), pillarId, removed, error) &&
               deleteById(db, QStringLiteral("pillar"), pillarId, error);
    });
}

bool CampaignRepository::restorePillar(const Pillar& pillar, const ReferenceRemoval& removed, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!prepare(q,
                     QStringLiteral("INSERT INTO pillar (id, uuid, campaign_id, position, title, short_name, "
                                    "full_text, colour) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     error))
            return false;
        for (const QVariant& v : {QVariant(pillar.id), QVariant(removed.uuid), QVariant(pillar.campaignId),
                                  QVariant(pillar.position), text(pillar.title), text(pillar.shortName),
                                  text(pillar.fullText), text(pillar.colour)})
            q.addBindValue(v);
        return exec(q, error) && RemovalRows::relink(db, QStringLiteral("pillar"), pillar.id, removed, error);
    });
}

bool CampaignRepository::removeMetric(qint64 metricId, ReferenceRemoval* removed, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        return RemovalRows::collect(db, QStringLiteral("metric"), metricId, removed, error) &&
               deleteById(db, QStringLiteral("metric"), metricId, error);
    });
}

bool CampaignRepository::restoreMetric(const Metric& metric, const ReferenceRemoval& removed, QString* error)
{
    return inTransaction(m_connection, error, [&](const QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!prepare(q,
                     QStringLiteral("INSERT INTO metric (id, uuid, campaign_id, position, name, unit) VALUES "
                                    "(?, ?, ?, ?, ?, ?)"),
                     error))
            return false;
        for (const QVariant& v : {QVariant(metric.id), QVariant(removed.uuid), QVariant(metric.campaignId),
                                  QVariant(metric.position), text(metric.name), text(metric.unit)})
            q.addBindValue(v);
        return exec(q, error) && RemovalRows::relink(db, QStringLiteral("metric"), metric.id, removed, error);
    });
}
