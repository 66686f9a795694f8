#include "AttachmentRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QSqlQuery>

using namespace SqlUtil;

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.uuid, a.activity_id, a.sha256, a.kind, a.file_name, a.size, a.caption, a.taken_ms, a.added_by, "
    "a.added_ms, a.chosen, a.in_report");

Attachment read(const QSqlQuery& q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.uuid = QUuid(q.value(1).toString());
    a.activityId = q.value(2).toLongLong();
    a.sha256 = q.value(3).toString();
    a.kind = static_cast<Attachment::Kind>(qBound(0, q.value(4).toInt(), 2));
    a.fileName = q.value(5).toString();
    a.size = q.value(6).toLongLong();
    a.caption = q.value(7).toString();
    if (!q.value(8).isNull())
        a.taken = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong());
    a.addedBy = q.value(9).toString();
    a.added = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong());
    a.chosen = q.value(11).toBool();
    a.inReport = q.value(12).toBool();
    return a;
}

bool readAll(QSqlQuery& q, QList<Attachment>* result, QString* error)
{
    QList<Attachment> out;
    if (!exec(q, error))
        return false;
    while (q.next())
        out.append(read(q));
    *result = std::move(out);
    return true;
}

} // namespace

AttachmentRepository::AttachmentRepository(const Database& db)
    : m_connection(db.connection().connectionName())
{}

bool AttachmentRepository::forActivity(qint64 activityId, QList<Attachment>* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM attachment a WHERE a.activity_id = :activity ORDER BY a.id")
                  .arg(kColumns));
    q.bindValue(QStringLiteral(":activity"), activityId);
    return readAll(q, out, error);
}

bool AttachmentRepository::forCampaign(qint64 campaignId, QList<Attachment>* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM attachment a JOIN activity t ON t.id = a.activity_id "
                             "WHERE t.campaign_id = :campaign ORDER BY a.activity_id, a.id")
                  .arg(kColumns));
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    return readAll(q, out, error);
}

bool AttachmentRepository::activitiesWithEvidence(qint64 campaignId, QSet<qint64>* result,
                                                  QString* error) const
{
    QSet<qint64> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT DISTINCT a.activity_id FROM attachment a JOIN activity t ON t.id = "
                             "a.activity_id WHERE t.campaign_id = :campaign"));
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!exec(q, error))
        return false;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    *result = std::move(out);
    return true;
}

bool AttachmentRepository::forActivities(const QList<qint64>& activityIds, QList<Attachment>* result,
                                         QString* error) const
{
    QList<Attachment> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM attachment a WHERE a.activity_id = :activity ORDER BY a.id")
                  .arg(kColumns));
    for (qint64 id : activityIds) {
        q.bindValue(QStringLiteral(":activity"), id);
        if (!exec(q, error))
            return false;
        while (q.next())
            out.append(read(q));
    }
    *result = std::move(out);
    return true;
}

bool AttachmentRepository::chosenTotals(qint64 campaignId, std::pair<int, qint64>* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(a.size), 0) FROM attachment a JOIN activity t ON "
                             "t.id = a.activity_id WHERE t.campaign_id = :campaign AND a.chosen = 1"));
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!exec(q, error) || !q.next())
        return false;
    *out = {q.value(0).toInt(), q.value(1).toLongLong()};
    return true;
}

bool AttachmentRepository::photoCounts(qint64 campaignId, QHash<qint64, int>* result, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QHash<qint64, int> out;
    q.prepare(QStringLiteral(
        "SELECT a.activity_id, count(*) FROM attachment a JOIN activity t ON t.id = "
        "a.activity_id WHERE t.campaign_id = :campaign AND a.kind = 0 GROUP BY a.activity_id"));
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!exec(q, error))
        return false;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    *result = std::move(out);
    return true;
}

bool AttachmentRepository::insert(QList<Attachment>& rows, QString* error)
{
    return write(rows, false, error);
}

bool AttachmentRepository::restore(const QList<Attachment>& rows, QString* error)
{
    QList<Attachment> copy = rows;
    return write(copy, true, error);
}

bool AttachmentRepository::write(QList<Attachment>& rows, bool keepIds, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<Attachment> written = rows;
    if (!Transaction::run(db, error, [&] { return insertRows(db, written, keepIds, error); }))
        return false;
    rows = std::move(written);
    return true;
}

bool AttachmentRepository::insertRows(const QSqlDatabase& db, QList<Attachment>& written, bool keepIds,
                                      QString* error)
{
    QSqlQuery q(db);
    if (!prepare(q,
                 QStringLiteral(
                     "INSERT INTO attachment (id, uuid, activity_id, sha256, kind, file_name, size, caption, "
                     "taken_ms, added_by, added_ms, chosen, in_report) VALUES (:id, :uuid, :activity, :sha, "
                     ":kind, :name, :size, :caption, :taken, :by, :added, :chosen, :report)"),
                 error))
        return false;
    for (Attachment& a : written) {
        if (a.uuid.isNull())
            a.uuid = QUuid::createUuid();
        if (!a.added.isValid())
            a.added = QDateTime::currentDateTimeUtc();
        q.bindValue(QStringLiteral(":id"), keepIds ? QVariant(a.id) : QVariant());
        q.bindValue(QStringLiteral(":uuid"), a.uuid.toString(QUuid::WithoutBraces));
        q.bindValue(QStringLiteral(":activity"), a.activityId);
        q.bindValue(QStringLiteral(":sha"), a.sha256);
        q.bindValue(QStringLiteral(":kind"), static_cast<int>(a.kind));
        q.bindValue(QStringLiteral(":name"), text(a.fileName));
        q.bindValue(QStringLiteral(":size"), a.size);
        q.bindValue(QStringLiteral(":caption"), text(a.caption));
        q.bindValue(QStringLiteral(":taken"),
                    a.taken.isValid() ? QVariant(a.taken.toMSecsSinceEpoch()) : QVariant());
        q.bindValue(QStringLiteral(":by"), text(a.addedBy));
        q.bindValue(QStringLiteral(":added"), a.added.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":chosen"), a.chosen ? 1 : 0);
        q.bindValue(QStringLiteral(":report"), a.inReport ? 1 : 0);
        if (!exec(q, error))
            return false;
        a.id = q.lastInsertId().toLongLong();
    }
    return true;
}

bool AttachmentRepository::setFlag(const char* column, qint64 id, const QVariant& value, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE attachment SET %1 = :value WHERE id = :id").arg(QLatin1String(column)));
        q.bindValue(QStringLiteral(":value"), value);
        q.bindValue(QStringLiteral(":id"), id);
        return exec(q, error);
    });
}

bool AttachmentRepository::setCaption(qint64 id, const QString& caption, QString* error)
{
    return setFlag("caption", id, text(caption.trimmed()), error);
}

bool AttachmentRepository::setChosen(qint64 id, bool chosen, QString* error)
{
    return setFlag("chosen", id, chosen ? 1 : 0, error);
}

bool AttachmentRepository::setInReport(qint64 id, bool inReport, QString* error)
{
    return setFlag("in_report", id, inReport ? 1 : 0, error);
}

bool AttachmentRepository::remove(qint64 id, QString* error)
{
    return remove(QList<qint64>{id}, error);
}

bool AttachmentRepository::remove(const QList<qint64>& ids, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        if (!prepare(q, QStringLiteral("DELETE FROM attachment WHERE id = :id"), error))
            return false;
        for (qint64 id : ids) {
            q.bindValue(QStringLiteral(":id"), id);
            if (!exec(q, error))
                return false;
        }
        return true;
    });
}

bool AttachmentRepository::update(const Attachment& row, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE attachment SET caption = :caption, chosen = :chosen, in_report = "
                                 ":report WHERE id = :id"));
        q.bindValue(QStringLiteral(":caption"), text(row.caption.trimmed()));
        q.bindValue(QStringLiteral(":chosen"), row.chosen ? 1 : 0);
        q.bindValue(QStringLiteral(":report"), row.inReport ? 1 : 0);
        q.bindValue(QStringLiteral(":id"), row.id);
        return exec(q, error);
    });
}

bool AttachmentRepository::referencedContent(QStringList* result, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT sha256 FROM attachment UNION SELECT sha256 FROM sub_evidence ORDER BY 1"));
    QStringList out;
    if (!exec(q, error))
        return false;
    while (q.next())
        out << q.value(0).toString();
    *result = std::move(out);
    return true;
}

bool AttachmentRepository::references(const QString& sha256, int* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM attachment WHERE sha256 = :a) + "
                             "(SELECT count(*) FROM sub_evidence WHERE sha256 = :b)"));
    q.bindValue(QStringLiteral(":a"), sha256);
    q.bindValue(QStringLiteral(":b"), sha256);
    if (!exec(q, error) || !q.next())
        return false;
    *out = q.value(0).toInt();
    return true;
}
