#pragma once

#include <QSqlDatabase>
#include <QString>

// What `campaign-planner server add-unit|add-user` does, on a connection of the administrator.
namespace ServerAdmin {

// level: county, prefecture or province. A province has no parent; a prefecture's parent is a
// province; a county's is a prefecture or (a county the province governs directly) a province.
[[nodiscard]] bool addUnit(QSqlDatabase& db, const QString& name, const QString& level,
                           const QString& parentName, QString* error);

// A login role `roleName` tied to `unitName`. With a password the server keeps only its SCRAM-SHA-256
// verifier, computed here, so the clear text never reaches the server or its statement log; without
// one the role logs in by certificate or peer authentication as pg_hba.conf says.
[[nodiscard]] bool addUser(QSqlDatabase& db, const QString& roleName, const QString& unitName,
                           const QString& password, QString* error);

// The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (as libpq's PQencryptPasswordConn).
QString scramVerifier(const QString& password, const QByteArray& salt, int iterations = 4096);

} // namespace ServerAdmin
