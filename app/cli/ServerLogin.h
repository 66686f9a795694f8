#pragma once

#include "server/ServerAddress.h"
#include "server/ServerConnection.h"

#include <QSqlDatabase>
#include <QString>

// How a command reaches the shared store as a user: the address (no password in it), the password
// from the first line of standard input when asked (--password-stdin), else libpq's own PGPASSWORD
// or ~/.pgpass; then the schema must be this program's, at its latest step.
namespace ServerLogin {
// The first line of standard input, so a password never shows in `ps` or shell history.
[[nodiscard]] bool readPasswordLine(QString* password);
// Opens `connectionName`; false with a reason (the connection is then gone again).
[[nodiscard]] bool open(const ServerAddress& address, bool passwordFromStdin, const QString& connectionName,
                        QSqlDatabase* db, QString* error);
} // namespace ServerLogin
