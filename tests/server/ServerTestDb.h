#pragma once

#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerPush.h"
#include "server/ServerSchema.h"
#include "storage/CampaignFile.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

// A database of its own on the pg_cluster fixture's server, with the latest schema, for one test
// program: users are named base_PID and log in with the password "pw-" + their name.
class ServerTestDb
{
public:
    explicit ServerTestDb(const char* prefix)
        : m_name(QLatin1String(prefix) + QString::number(QCoreApplication::applicationPid()))
    {}
    ~ServerTestDb() { close(); }

    const QString& socket() const { return m_socket; }
    const QString& name() const { return m_name; }
    QSqlDatabase& admin() { return m_admin; }
    QString role(const char* base) const
    {
        return QLatin1String(base) + QLatin1Char('_') + QString::number(QCoreApplication::applicationPid());
    }
    static QString password(const QString& role) { return QStringLiteral("pw-") + role; }

    ServerAddress address(const QString& user) const
    {
        ServerAddress a;
        a.user = user;
        a.host = m_socket;
        a.database = m_name;
        return a;
    }

    // Creates the database and its schema; false with a reason.
    [[nodiscard]] bool create(QString* error)
    {
        if (m_socket.isEmpty())
            return fail(error, QStringLiteral("CP_TEST_PG_SOCKET is set by the pg_cluster fixture"));
        ServerAddress server = address(QStringLiteral("cp_admin"));
        server.database = QStringLiteral("postgres");
        const QString serverConnection = m_name + QStringLiteral("-server");
        {
            QSqlDatabase db;
            if (!ServerConnection::open(server, serverConnection, QString(), &db, error))
                return false;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
                *error = q.lastError().text();
                db = QSqlDatabase();
                ServerConnection::close(serverConnection);
                return false;
            }
        }
        ServerConnection::close(serverConnection);
        return ServerConnection::open(address(QStringLiteral("cp_admin")), m_name + QStringLiteral("-admin"),
                                      QString(), &m_admin, error) &&
               ServerSchema::init(m_admin, error);
    }

    // 河北省 → 石家庄市 → each of `counties`, the unit tree the tests share.
    [[nodiscard]] bool addHebei(const QStringList& counties, QString* error)
    {
        if (!ServerAdmin::addUnit(m_admin, QStringLiteral("河北省"), QStringLiteral("province"), QString(),
                                  error) ||
            !ServerAdmin::addUnit(m_admin, QStringLiteral("石家庄市"), QStringLiteral("prefecture"),
                                  QStringLiteral("河北省"), error))
            return false;
        for (const QString& county : counties)
            if (!ServerAdmin::addUnit(m_admin, county, QStringLiteral("county"), QStringLiteral("石家庄市"),
                                      error))
                return false;
        return true;
    }

    // The first value `sql` gives the administrator, as text; "error: …" when it fails.
    QString adminValue(const QString& sql)
    {
        QSqlQuery q(m_admin);
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0).toString();
    }

    // A connection as `role`, under the name `connection`; closed with ServerConnection::close.
    QSqlDatabase as(const QString& role, const QString& connection) const
    {
        QSqlDatabase db;
        QString error;
        if (!ServerConnection::open(address(role), connection, password(role), &db, &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

    // A 2021 campaign of `activities` generated ones (DemoGenerator, `seed`) written to `file` and
    // pushed by `role` as the data of `unit`, as `campaign-planner push` would. False with the reason.
    [[nodiscard]] bool pushDemo(const QString& role, const QString& unit, int activities, int seed,
                                const QString& file, QString* error)
    {
        {
            std::unique_ptr<Database> db = CampaignFile::createForYear(file, 2021, error);
            if (!db || !DemoGenerator::populate(*db, activities, seed, error))
                return false;
        }
        const int unitId =
            adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '%1'").arg(unit)).toInt();
        const QString connection = QStringLiteral("push-demo");
        bool ok = false;
        {
            QSqlDatabase server = as(role, connection);
            std::unique_ptr<Database> db = Database::open(file, error);
            PushSummary summary;
            ok = db && ServerPush::push(*db, server, unitId, &summary, error);
        }
        ServerConnection::close(connection);
        return ok;
    }

    void close()
    {
        if (!m_admin.isValid())
            return;
        m_admin = QSqlDatabase();
        ServerConnection::close(m_name + QStringLiteral("-admin"));
    }

private:
    static bool fail(QString* error, const QString& message)
    {
        *error = message;
        return false;
    }

    QString m_socket = qEnvironmentVariable("CP_TEST_PG_SOCKET");
    QString m_name;
    QSqlDatabase m_admin;
};
