#pragma once

#include <QSqlDatabase>
#include <QString>

// Numbered schema steps kept as resources/sql/NNN_*.sql, keyed by PRAGMA user_version.
// Past steps never change; a new version adds a file and raises Database::latestVersion.
namespace Migrations {
// Runs every step after `from` up to `to` in one transaction that also sets user_version: all of them
// or none. False and the failing step's reason (or the driver's, when the commit fails).
[[nodiscard]] bool run(const QSqlDatabase& db, int from, int to, QString* error);
// The SQL statements of one step, split for QSqlQuery (which runs one statement at a time).
QStringList statements(int version, QString* error);
} // namespace Migrations
