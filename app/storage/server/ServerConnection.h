#pragma once

#include "server/ServerAddress.h"

#include <QSqlDatabase>
#include <QString>

namespace ServerConnection {
// Opens a QPSQL connection named `connectionName` to `address`; `password` may be empty (libpq then
// looks in PGPASSWORD and ~/.pgpass). On failure the connection is removed again.
[[nodiscard]] bool open(const ServerAddress& address, const QString& connectionName, const QString& password,
                        QSqlDatabase* out, QString* error);
// Closes and removes a connection opened by open().
void close(const QString& connectionName);
} // namespace ServerConnection
