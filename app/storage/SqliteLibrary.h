#pragma once

#include <QSqlDatabase>
#include <QString>

// Parts of storage call libsqlite3 directly on the handle of Qt's SQLite driver (bulk reads and
// writes, the transaction guard). That is only sound when both are the same library: a second copy
// (a Qt built with its own SQLite, or another libsqlite3 loaded first) has other structures and locks.
// check() compares the library Qt's driver resolves with the one this program calls, and the SQLite
// build each reports; it refuses with one translated line when they differ.
namespace SqliteLibrary {
[[nodiscard]] bool check(const QSqlDatabase& db, QString* error);
} // namespace SqliteLibrary
