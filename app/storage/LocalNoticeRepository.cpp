#include "LocalNoticeRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QUuid>

using namespace SqlUtil;

LocalNoticeRepository::LocalNoticeRepository(const Database& db)
    : m_connection(db.connection().connectionName())
{}

bool LocalNoticeRepository::list(qint64 campaignId, QList<LocalNotice>* out, QString* error) const
{
    return select(QSqlDatabase::database(m_connection, false), campaignId, out, error);
}

bool LocalNoticeRepository::replaceAll(qint64 campaignId, QList<LocalNotice>& notices, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] { return replace(db, campaignId, notices, error); });
}

bool LocalNoticeRepository::select(const QSqlDatabase& db, qint64 campaignId, QList<LocalNotice>* out,
                                   QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(
            q,
            QStringLiteral("SELECT id, position, level, issuing_body, title, document_number, issued_on, "
                           "theme FROM local_notice WHERE campaign_id = :campaign ORDER BY position, id"),
            error))
        return false;
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!exec(q, error))
        return false;
    out->clear();
    while (q.next()) {
        LocalNotice n;
        n.id = q.value(0).toLongLong();
        n.campaignId = campaignId;
        n.position = q.value(1).toInt();
        n.level = LocalNotice::Level(q.value(2).toInt());
        n.issuingBody = q.value(3).toString();
        n.title = q.value(4).toString();
        n.documentNumber = q.value(5).toString();
        n.issuedOn = toDate(q.value(6));
        n.theme = q.value(7).toString();
        out->append(n);
    }
    return true;
}

bool LocalNoticeRepository::replace(const QSqlDatabase& db, qint64 campaignId, QList<LocalNotice>& notices,
                                    QString* error)
{
    QSqlQuery q(db);
    if (!prepare(q, QStringLiteral("DELETE FROM local_notice WHERE campaign_id = :campaign"), error))
        return false;
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!exec(q, error))
        return false;
    if (!prepare(
            q,
            QStringLiteral("INSERT INTO local_notice (uuid, campaign_id, position, level, issuing_body, "
                           "title, document_number, issued_on, theme) VALUES (:uuid, :campaign, :position, "
                           ":level, :body, :title, :number, :issued, :theme)"),
            error))
        return false;
    for (int i = 0; i < notices.size(); ++i) {
        LocalNotice& n = notices[i];
        q.bindValue(QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.bindValue(QStringLiteral(":campaign"), campaignId);
        q.bindValue(QStringLiteral(":position"), i);
        q.bindValue(QStringLiteral(":level"), int(n.level));
        q.bindValue(QStringLiteral(":body"), text(n.issuingBody));
        q.bindValue(QStringLiteral(":title"), text(n.title));
        q.bindValue(QStringLiteral(":number"), text(n.documentNumber));
        q.bindValue(QStringLiteral(":issued"), fromDate(n.issuedOn));
        q.bindValue(QStringLiteral(":theme"), text(n.theme));
        if (!exec(q, error))
            return false;
        n.id = q.lastInsertId().toLongLong();
        n.campaignId = campaignId;
        n.position = i;
    }
    return true;
}
