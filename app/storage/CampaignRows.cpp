#include "CampaignRows.h"

#include "SqlUtil.h"

#include <QSqlQuery>
#include <QUuid>

using namespace SqlUtil;

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

namespace CampaignRows {

bool insertCampaignRow(const QSqlDatabase& db, Campaign& c, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(
            q,
            QStringLiteral("INSERT INTO campaign (uuid, year, title, theme, document_number, issuing_body, "
                           "issued_on, start_date, end_date, summary_deadline, recipient, state, "
                           "content_complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            error))
        return false;
    for (const QVariant& v : {QVariant(newUuid()), QVariant(c.year), text(c.title), text(c.theme),
                              text(c.documentNumber), text(c.issuingBody), fromDate(c.issuedOn),
                              fromDate(c.start), fromDate(c.end), fromDate(c.summaryDeadline),
                              text(c.recipient), QVariant(int(c.state)), QVariant(c.contentComplete ? 1 : 0)})
        q.addBindValue(v);
    if (!exec(q, error))
        return false;
    c.id = q.lastInsertId().toLongLong();
    return true;
}

bool replaceOrganizers(const QSqlDatabase& db, qint64 campaignId, QList<Organizer>& list, QString* error)
{
    QSqlQuery clear(db), add(db);
    clear.prepare(QStringLiteral("DELETE FROM organizer WHERE campaign_id = ?"));
    clear.addBindValue(campaignId);
    if (!exec(clear, error) ||
        !prepare(add,
                 QStringLiteral(
                     "INSERT INTO organizer (campaign_id, position, name, activities) VALUES (?, ?, ?, ?)"),
                 error))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        Organizer& o = list[i];
        o.campaignId = campaignId;
        o.position = i;
        add.addBindValue(campaignId);
        add.addBindValue(i);
        add.addBindValue(text(o.name));
        add.addBindValue(text(o.activities));
        if (!exec(add, error))
            return false;
        o.id = add.lastInsertId().toLongLong();
    }
    return true;
}

bool replaceSlogans(const QSqlDatabase& db, qint64 campaignId, QList<Slogan>& list, QString* error)
{
    QSqlQuery clear(db), add(db);
    clear.prepare(QStringLiteral("DELETE FROM slogan WHERE campaign_id = ?"));
    clear.addBindValue(campaignId);
    if (!exec(clear, error) ||
        !prepare(add, QStringLiteral("INSERT INTO slogan (campaign_id, position, text) VALUES (?, ?, ?)"),
                 error))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        Slogan& s = list[i];
        s.campaignId = campaignId;
        s.position = i;
        add.addBindValue(campaignId);
        add.addBindValue(i);
        add.addBindValue(text(s.text));
        if (!exec(add, error))
            return false;
        s.id = add.lastInsertId().toLongLong();
    }
    return true;
}

bool replaceRequirements(const QSqlDatabase& db, qint64 campaignId, QList<Requirement>& list, QString* error)
{
    QSqlQuery clear(db), add(db);
    clear.prepare(QStringLiteral("DELETE FROM requirement WHERE campaign_id = ?"));
    clear.addBindValue(campaignId);
    if (!exec(clear, error) ||
        !prepare(add,
                 QStringLiteral(
                     "INSERT INTO requirement (campaign_id, position, title, text) VALUES (?, ?, ?, ?)"),
                 error))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        Requirement& r = list[i];
        r.campaignId = campaignId;
        r.position = i;
        add.addBindValue(campaignId);
        add.addBindValue(i);
        add.addBindValue(text(r.title));
        add.addBindValue(text(r.text));
        if (!exec(add, error))
            return false;
        r.id = add.lastInsertId().toLongLong();
    }
    return true;
}

bool writePillar(const QSqlDatabase& db, Pillar& p, QString* error)
{
    QSqlQuery q(db);
    const bool isNew = p.id == 0;
    if (!prepare(
            q,
            isNew ? QStringLiteral("INSERT INTO pillar (campaign_id, position, title, short_name, full_text, "
                                   "colour, uuid) VALUES (?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral(
                        "UPDATE pillar SET campaign_id = ?, position = ?, title = ?, short_name = ?, "
                        "full_text = ?, colour = ? WHERE id = ?"),
            error))
        return false;
    for (const QVariant& v : {QVariant(p.campaignId), QVariant(p.position), text(p.title), text(p.shortName),
                              text(p.fullText), text(p.colour)})
        q.addBindValue(v);
    q.addBindValue(isNew ? QVariant(newUuid()) : QVariant(p.id));
    if (!exec(q, error))
        return false;
    if (isNew)
        p.id = q.lastInsertId().toLongLong();
    return true;
}

bool writeMetric(const QSqlDatabase& db, Metric& m, QString* error)
{
    QSqlQuery q(db);
    const bool isNew = m.id == 0;
    if (!prepare(
            q,
            isNew ? QStringLiteral(
                        "INSERT INTO metric (campaign_id, position, name, unit, uuid) VALUES (?, ?, ?, ?, ?)")
                  : QStringLiteral(
                        "UPDATE metric SET campaign_id = ?, position = ?, name = ?, unit = ? WHERE id = ?"),
            error))
        return false;
    for (const QVariant& v : {QVariant(m.campaignId), QVariant(m.position), text(m.name), text(m.unit)})
        q.addBindValue(v);
    q.addBindValue(isNew ? QVariant(newUuid()) : QVariant(m.id));
    if (!exec(q, error))
        return false;
    if (isNew)
        m.id = q.lastInsertId().toLongLong();
    return true;
}

bool deleteById(const QSqlDatabase& db, const QString& table, qint64 id, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return exec(q, error);
}

} // namespace CampaignRows
