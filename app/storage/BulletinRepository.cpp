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

bool BulletinRepository::text(qint64 activityId, QString* out, QString* error) const
{
    QHash<qint64, QString> found;
    if (!texts({activityId}, &found, error))
        return false;
    *out = found.contains(activityId) ? found.value(activityId) : QString();
    return true;
}

bool BulletinRepository::texts(const QList<qint64>& activityIds, QHash<qint64, QString>* out,
                               QString* error) const
{
    QList<Bulletin> kept;
    if (!forActivities(activityIds, &kept, error))
        return false;
    out->clear();
    for (const Bulletin& b : std::as_const(kept))
        out->insert(b.activityId, b.text);
    return true;
}

bool BulletinRepository::forActivities(const QList<qint64>& activityIds, QList<Bulletin>* result,
                                       QString* error) const
{
    QList<Bulletin> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!prepare(q, QStringLiteral("SELECT text FROM bulletin WHERE activity_id = :activity"), error))
        return false;
    for (qint64 id : activityIds) {
        q.bindValue(QStringLiteral(":activity"), id);
        if (!exec(q, error))
            return false;
        if (q.next())
            out.append({id, q.value(0).toString()});
    }
    *result = std::move(out);
    return true;
}

bool BulletinRepository::write(qint64 activityId, const QString& text, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        if (text.trimmed().isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM bulletin WHERE activity_id = :activity"));
            q.bindValue(QStringLiteral(":activity"), activityId);
            if (!exec(q, error))
                return false;
        } else if (!prepare(q, kUpsert, error) || !upsert(q, activityId, text, error)) {
            return false;
        }
        return true;
    });
}

bool BulletinRepository::restore(const QList<Bulletin>& bulletins, QString* error)
{
    if (bulletins.isEmpty())
        return true;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        if (!prepare(q, kUpsert, error))
            return false;
        for (const Bulletin& b : bulletins)
            if (!upsert(q, b.activityId, b.text, error))
                return false;
        return true;
    });
}
