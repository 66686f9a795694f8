#include "BulletinRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace SqlUtil;

namespace {

bool upsert(QSqlQuery& q, qint64 activityId, const QString& text, QString* error)
{
    q.bindValue(QStringLiteral(":activity"), activityId);
    q.bindValue(QStringLiteral(":text"), text);
    q.bindValue(QStringLiteral(":updated"), QDateTime::currentMSecsSinceEpoch());
    return exec(q, error);
}

const QString kUpsert = QStringLiteral(
    "INSERT INTO bulletin (activity_id, text, updated_ms) VALUES (:activity, :text, :updated) "
    "ON CONFLICT(activity_id) DO UPDATE SET text = excluded.text, updated_ms = excluded.updated_ms");

} // namespace

BulletinRepository::BulletinRepository(const Database& db) : m_connection(db.connection().connectionName()) {}

QString BulletinRepository::text(qint64 activityId, QString* error) const
{
    const QHash<qint64, QString> found = texts({activityId}, error);
    return found.contains(activityId) ? found.value(activityId) : QString();
}

QHash<qint64, QString> BulletinRepository::texts(const QList<qint64>& activityIds, QString* error) const
{
    QHash<qint64, QString> out;
    for (const Bulletin& b : forActivities(activityIds, error))
        out.insert(b.activityId, b.text);
    return out;
}

QList<Bulletin> BulletinRepository::forActivities(const QList<qint64>& activityIds, QString* error) const
{
    QList<Bulletin> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!prepare(q, QStringLiteral("SELECT text FROM bulletin WHERE activity_id = :activity"), error))
        return out;
    for (qint64 id : activityIds) {
        q.bindValue(QStringLiteral(":activity"), id);
        if (!exec(q, error))
            return {};
        if (q.next())
            out.append({id, q.value(0).toString()});
    }
    return out;
}

bool BulletinRepository::write(qint64 activityId, const QString& text, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    QSqlQuery q(db);
    if (text.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM bulletin WHERE activity_id = :activity"));
        q.bindValue(QStringLiteral(":activity"), activityId);
        if (!exec(q, error))
            return false;
    } else if (!prepare(q, kUpsert, error) || !upsert(q, activityId, text, error)) {
        return false;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool BulletinRepository::restore(const QList<Bulletin>& bulletins, QString* error)
{
    if (bulletins.isEmpty())
        return true;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    QSqlQuery q(db);
    if (!prepare(q, kUpsert, error))
        return false;
    for (const Bulletin& b : bulletins)
        if (!upsert(q, b.activityId, b.text, error))
            return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}
