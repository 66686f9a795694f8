#include "server/ServerConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerConnection", text);
}

} // namespace

namespace ServerConnection {

bool open(const ServerAddress& address, const QString& connectionName, const QString& password,
          QSqlDatabase* out, QString* error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = QCoreApplication::translate(
                "ServerConnection",
                "the PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(address.connectOptions);
        if (db.open()) {
            *out = db;
            return true;
        }
        if (error)
            *error = tr("cannot connect to %1: %2")
                         .arg(address.display(), db.lastError().databaseText().trimmed());
    }
    QSqlDatabase::removeDatabase(connectionName);
    return false;
}

bool answers(QSqlDatabase& db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

bool revive(QSqlDatabase& db, QString* error)
{
    if (answers(db))
        return true;
    db.close();
    if (db.open())
        return true;
    if (error)
        *error = tr("cannot connect to the server again: %1").arg(db.lastError().databaseText().trimmed());
    return false;
}

void close(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace ServerConnection
