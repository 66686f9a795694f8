#pragma once

#include "server/ServerAddress.h"

#include <QSqlDatabase>
#include <QString>

namespace ServerConnection {
// Opens a QPSQL connection named `connectionName` to `address`; `password` may be empty (libpq then
// looks in PGPASSWORD and ~/.pgpass). On failure the connection is removed again.
[[nodiscard]] bool open(const ServerAddress& address, const QString& connectionName, const QString& password,
                        QSqlDatabase* out, QString* error);
// Whether the connection still answers: a server restart or a dropped network leaves it open in
// name only, and Qt's driver does not notice until a query fails.
bool answers(QSqlDatabase& db);
// Opens `db` again, with the parameters it was opened with, when it no longer answers. A LISTEN
// does not survive: the caller subscribes again.
[[nodiscard]] bool revive(QSqlDatabase& db, QString* error);
// Closes and removes a connection opened by open().
void close(const QString& connectionName);
} // namespace ServerConnection
