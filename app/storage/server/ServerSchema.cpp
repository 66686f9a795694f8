#include "server/ServerSchema.h"

#include "server/ServerTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerSchema", text);
}

QString stepPath(int version)
{
    static const char* const names[] = {"001_units_rights", "002_history_notify", "003_unit_data",
                                        "004_side_history"};
    static_assert(std::size(names) == ServerSchema::latestVersion);
    return QStringLiteral(":/sql/server/%1.sql").arg(QLatin1String(names[version - 1]));
}

// -1 when cp_meta does not exist (an empty database, or not ours).
bool readVersion(const QSqlDatabase& db, int* version, QString* application, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('cp_meta') IS NOT NULL"))) {
        *error = QCoreApplication::translate("ServerSchema", "cannot read the schema: %1")
                     .arg(q.lastError().text());
        return false;
    }
    q.next();
    if (!q.value(0).toBool()) {
        *version = -1;
        return true;
    }
    if (!q.exec(QStringLiteral(
            "SELECT key, value FROM cp_meta WHERE key IN ('application', 'schema_version')"))) {
        *error = QCoreApplication::translate("ServerSchema", "cannot read the schema: %1")
                     .arg(q.lastError().text());
        return false;
    }
    *version = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            *application = q.value(1).toString();
        else
            *version = q.value(1).toInt();
    }
    return true;
}

} // namespace

namespace ServerSchema {

bool check(const QSqlDatabase& db, int* version, QString* error)
{
    QString reason;
    QString application;
    int found = 0;
    if (!readVersion(db, &found, &application, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    if (found < 0 || application != QLatin1String(applicationName)) {
        if (error)
            *error =
                tr("the database %1 was not made by Campaign Planner (run: campaign-planner server init)")
                    .arg(db.databaseName());
        return false;
    }
    if (found > latestVersion) {
        if (error)
            *error =
                tr("the database %1 has schema version %2, made by a newer Campaign Planner (this one knows "
                   "up to %3)")
                    .arg(db.databaseName(), QString::number(found), QString::number(latestVersion));
        return false;
    }
    *version = found;
    return true;
}

bool init(QSqlDatabase& db, QString* error)
{
    return initTo(db, latestVersion, error);
}

bool initTo(QSqlDatabase& db, int target, QString* error)
{
    QString reason;
    QString application;
    int version = 0;
    if (!readVersion(db, &version, &application, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    if (version >= 0 && !check(db, &version, error))
        return false;
    for (int step = std::max(version, 0) + 1; step <= std::min(target, latestVersion); ++step) {
        QFile file(stepPath(step));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("schema step %1 is missing from the program").arg(step);
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        const bool ok = ServerTransaction::run(db, error, [&] {
            QSqlQuery q(db);
            // One simple-protocol exec runs the whole step (several statements, $$-quoted bodies).
            if (!q.exec(sql)) {
                if (error)
                    *error = tr("schema step %1 failed: %2").arg(step).arg(q.lastError().databaseText());
                return false;
            }
            QSqlQuery meta(db);
            meta.prepare(QStringLiteral("INSERT INTO cp_meta (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            for (const auto& [key, value] :
                 {std::pair{QStringLiteral("application"), QString::fromLatin1(applicationName)},
                  std::pair{QStringLiteral("schema_version"), QString::number(step)}}) {
                meta.addBindValue(key);
                meta.addBindValue(value);
                if (!meta.exec()) {
                    if (error)
                        *error =
                            tr("schema step %1 failed: %2").arg(step).arg(meta.lastError().databaseText());
                    return false;
                }
            }
            return true;
        });
        if (!ok)
            return false;
    }
    return true;
}

} // namespace ServerSchema
