#include "ProfileRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QSqlQuery>

using namespace SqlUtil;

ProfileRepository::ProfileRepository(const Database& db) : m_connection(db.connection().connectionName()) {}

bool ProfileRepository::load(UnitProfile* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT name, region, level FROM unit_profile WHERE id = 1"))) {
        *error = describe(q.lastError());
        return false;
    }
    UnitProfile p;
    if (q.next()) {
        p.name = q.value(0).toString();
        p.region = q.value(1).toString();
        p.level = static_cast<UnitProfile::Level>(qBound(0, q.value(2).toInt(), 2));
    }
    *out = p;
    return true;
}

bool ProfileRepository::save(const UnitProfile& p, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO unit_profile (id, name, region, level) VALUES (1, ?, ?, ?) "
                           "ON CONFLICT(id) DO UPDATE SET name = excluded.name, region = excluded.region, "
                           "level = excluded.level"));
        q.addBindValue(text(p.name));
        q.addBindValue(text(p.region));
        q.addBindValue(static_cast<int>(p.level));
        return exec(q, error);
    });
}

bool ProfileRepository::setting(const QString& key, QString* value, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT value FROM file_setting WHERE key = ?"));
    q.addBindValue(key);
    if (!exec(q, error))
        return false;
    if (q.next())
        *value = q.value(0).toString();
    return true;
}

bool ProfileRepository::setSetting(const QString& key, const QString& value, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO file_setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
        return exec(q, error);
    });
}
