#include "ServerLogin.h"

#include "server/ServerSchema.h"

#include <QCoreApplication>
#include <QFile>

namespace ServerLogin {

bool readPasswordLine(QString* password)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    return !password->isEmpty();
}

bool open(const ServerAddress& address, bool passwordFromStdin, const QString& connectionName,
          QSqlDatabase* db, QString* error)
{
    QString password;
    if (passwordFromStdin && !readPasswordLine(&password)) {
        *error = QCoreApplication::translate(
            "Commands", "--password-stdin: no password on the first line of standard input");
        return false;
    }
    if (!ServerConnection::open(address, connectionName, password, db, error))
        return false;
    int version = 0;
    if (!ServerSchema::check(*db, &version, error)) {
        *db = QSqlDatabase();
        ServerConnection::close(connectionName);
        return false;
    }
    if (version < ServerSchema::latestVersion) {
        *error = QCoreApplication::translate(
                     "Commands",
                     "the server's schema is at step %1 and this needs step %2; its administrator runs "
                     "campaign-planner server init %3")
                     .arg(version)
                     .arg(ServerSchema::latestVersion)
                     .arg(address.display());
        *db = QSqlDatabase();
        ServerConnection::close(connectionName);
        return false;
    }
    return true;
}

} // namespace ServerLogin
