#include "ReportSectionRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace SqlUtil;

namespace {

// A null QString binds as SQL NULL; an empty narrative is an empty text.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool insert(const QSqlDatabase& db, ReportSection& s, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO report_section (campaign_id, position, title, body) VALUES "
                             "(:campaign, :position, :title, :body)"));
    q.bindValue(QStringLiteral(":campaign"), s.campaignId);
    q.bindValue(QStringLiteral(":position"), s.position);
    q.bindValue(QStringLiteral(":title"), s.title.trimmed());
    q.bindValue(QStringLiteral(":body"), notNull(s.body));
    if (!exec(q, error))
        return false;
    s.id = q.lastInsertId().toLongLong();
    return true;
}

} // namespace

ReportSectionRepository::ReportSectionRepository(const Database& db)
    : m_connection(db.connection().connectionName())
{}

bool ReportSectionRepository::list(qint64 campaignId, QList<ReportSection>* result, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QList<ReportSection> out;
    q.prepare(QStringLiteral("SELECT id, campaign_id, position, title, body FROM report_section "
                             "WHERE campaign_id = :campaign ORDER BY position, id"));
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!exec(q, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                    q.value(3).toString(), q.value(4).toString()});
    *result = std::move(out);
    return true;
}

bool ReportSectionRepository::save(ReportSection& s, QString* error)
{
    if (s.title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("ReportSectionRepository", "A section needs a heading.");
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ReportSection written = s;
    if (!Transaction::run(db, error, [&] {
            if (written.id != 0) {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("UPDATE report_section SET title = :title, body = :body WHERE id = :id"));
                q.bindValue(QStringLiteral(":title"), written.title.trimmed());
                q.bindValue(QStringLiteral(":body"), notNull(written.body));
                q.bindValue(QStringLiteral(":id"), written.id);
                return exec(q, error);
            }
            QSqlQuery next(db);
            next.prepare(QStringLiteral(
                "SELECT coalesce(max(position), -1) + 1 FROM report_section WHERE campaign_id = :campaign"));
            next.bindValue(QStringLiteral(":campaign"), written.campaignId);
            if (!exec(next, error) || !next.next())
                return false;
            written.position = next.value(0).toInt();
            return insert(db, written, error);
        }))
        return false;
    s = written; // the new id and position only once they are committed
    return true;
}

bool ReportSectionRepository::remove(qint64 sectionId, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM report_section WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), sectionId);
        return exec(q, error);
    });
}

bool ReportSectionRepository::replaceAll(qint64 campaignId, QList<ReportSection>& sections, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<ReportSection> written = sections;
    if (!Transaction::run(db, error, [&] {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM report_section WHERE campaign_id = :campaign"));
            q.bindValue(QStringLiteral(":campaign"), campaignId);
            if (!exec(q, error))
                return false;
            for (int i = 0; i < written.size(); ++i) {
                written[i].campaignId = campaignId;
                written[i].position = i;
                if (!insert(db, written[i], error))
                    return false;
            }
            return true;
        }))
        return false;
    sections = std::move(written);
    return true;
}

bool ReportSectionRepository::setOrder(const QList<qint64>& ids, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE report_section SET position = :position WHERE id = :id"));
        for (int i = 0; i < ids.size(); ++i) {
            q.bindValue(QStringLiteral(":position"), i);
            q.bindValue(QStringLiteral(":id"), ids[i]);
            if (!exec(q, error))
                return false;
        }
        return true;
    });
}
