#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

// Schema step 2 on a real server (pg_cluster fixture): an older schema is upgraded in place, every
// change to an activity is recorded with the user who made it, the history is read under the same
// rights as the activities and cannot be forged, and each change is announced on cp_changes.
class TestServerHistory : public QObject
{
    Q_OBJECT

    QString m_socket = qEnvironmentVariable("CP_TEST_PG_SOCKET");
    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QString m_dbName = QStringLiteral("cp_history_") + m_suffix;
    QSqlDatabase m_admin;

    QString role(const char* base) const { return QLatin1String(base) + QLatin1Char('_') + m_suffix; }

    ServerAddress address(const QString& user, const QString& database) const
    {
        ServerAddress a;
        a.user = user;
        a.host = m_socket;
        a.database = database;
        return a;
    }

    QSqlDatabase as(const QString& user, const QString& connection)
    {
        QSqlDatabase db;
        QString error;
        if (!ServerConnection::open(address(user, m_dbName), connection, QStringLiteral("pw-") + user, &db,
                                    &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

    // "kind field old→new by" lines of one activity, oldest first, as the administrator sees them.
    QStringList history(const QSqlDatabase& db, const QString& uuid)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT kind, coalesce(field, ''), coalesce(old_value, ''), "
                                 "coalesce(new_value, ''), changed_by FROM activity_change "
                                 "WHERE activity_uuid = ? ORDER BY id"));
        q.addBindValue(uuid);
        if (!q.exec())
            return {QStringLiteral("error: ") + q.lastError().text()};
        QStringList out;
        while (q.next())
            out << QStringLiteral("%1 %2 %3→%4 %5")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_socket.isEmpty(), "CP_TEST_PG_SOCKET is set by the pg_cluster fixture");
        QString error;
        {
            QSqlDatabase server;
            QVERIFY2(ServerConnection::open(address(QStringLiteral("cp_admin"), QStringLiteral("postgres")),
                                            QStringLiteral("server"), QString(), &server, &error),
                     qPrintable(error));
            QSqlQuery q(server);
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_dbName)),
                     qPrintable(q.lastError().text()));
        }
        ServerConnection::close(QStringLiteral("server"));
        QVERIFY2(ServerConnection::open(address(QStringLiteral("cp_admin"), m_dbName),
                                        QStringLiteral("admin"), QString(), &m_admin, &error),
                 qPrintable(error));
        // Schema 1 with a row in it, then the upgrade.
        QVERIFY2(ServerSchema::initTo(m_admin, 1, &error), qPrintable(error));
        int version = 0;
        QVERIFY(ServerSchema::check(m_admin, &version, &error));
        QCOMPARE(version, 1);
        QVERIFY(ServerAdmin::addUnit(m_admin, QStringLiteral("石家庄市"), QStringLiteral("prefecture"),
                                     QString(), &error) == false); // a prefecture needs its province
        QVERIFY2(ServerAdmin::addUnit(m_admin, QStringLiteral("河北省"), QStringLiteral("province"),
                                      QString(), &error),
                 qPrintable(error));
        QVERIFY(ServerAdmin::addUnit(m_admin, QStringLiteral("石家庄市"), QStringLiteral("prefecture"),
                                     QStringLiteral("河北省"), &error));
        QVERIFY(ServerAdmin::addUnit(m_admin, QStringLiteral("正定县"), QStringLiteral("county"),
                                     QStringLiteral("石家庄市"), &error));
        QVERIFY(ServerAdmin::addUnit(m_admin, QStringLiteral("井陉县"), QStringLiteral("county"),
                                     QStringLiteral("石家庄市"), &error));
        for (const auto& [base, unit] :
             {std::pair{"zd", "正定县"}, std::pair{"jx", "井陉县"}, std::pair{"sjz", "石家庄市"}})
            QVERIFY2(ServerAdmin::addUser(m_admin, role(base), QString::fromUtf8(unit),
                                          QStringLiteral("pw-") + role(base), &error),
                     qPrintable(error));
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO activity (uuid, unit_id, title, created_ms, updated_ms) "
            "SELECT 'before-upgrade', id, '升级前的活动', 0, 0 FROM unit WHERE name = '正定县'")));
        QVERIFY2(ServerSchema::init(m_admin, &error), qPrintable(error));
        QVERIFY(ServerSchema::check(m_admin, &version, &error));
        QCOMPARE(version, 2);
        QVERIFY(q.exec(QStringLiteral("SELECT title FROM activity WHERE uuid = 'before-upgrade'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("升级前的活动"));
    }

    void everyChangeIsRecordedWithItsUser()
    {
        const QString zd = role("zd");
        {
            QSqlDatabase db = as(zd, QStringLiteral("zd"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO activity (uuid, title, created_ms, updated_ms) "
                                           "VALUES ('a1', '质量开放日', 1, 1)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE activity SET title = '企业质量开放日', progress = 40, updated_ms = 2 "
                               "WHERE uuid = 'a1'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE activity SET notes = '' WHERE uuid = 'a1'"))); // no change
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE activity SET title = 'before-upgrade 改' WHERE uuid = 'before-upgrade'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM activity WHERE uuid = 'a1'")));
            // Its own unit's history it reads; forging or erasing it is refused.
            QCOMPARE(history(db, QStringLiteral("a1")).size(), 4);
            QVERIFY(!q.exec(
                QStringLiteral("INSERT INTO activity_change (activity_uuid, unit_id, changed_by, kind) "
                               "VALUES ('a1', cp_my_unit(), 'someone', 'insert')")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM activity_change")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE activity_change SET changed_by = 'someone'")));
        }
        ServerConnection::close(QStringLiteral("zd"));
        // The fields of one UPDATE come in no particular order.
        QStringList a1 = history(m_admin, QStringLiteral("a1"));
        QCOMPARE(a1.size(), 4);
        std::sort(a1.begin() + 1, a1.end() - 1);
        QCOMPARE(a1, (QStringList{QStringLiteral("insert  → %1").arg(zd),
                                  QStringLiteral("update progress 0→40 %1").arg(zd),
                                  QStringLiteral("update title 质量开放日→企业质量开放日 %1").arg(zd),
                                  QStringLiteral("delete  → %1").arg(zd)}));
        QCOMPARE(history(m_admin, QStringLiteral("before-upgrade")),
                 QStringList{QStringLiteral("update title 升级前的活动→before-upgrade 改 %1").arg(zd)});
    }

    void historyIsReadUnderTheSameRights()
    {
        {
            QSqlDatabase jx = as(role("jx"), QStringLiteral("jx"));
            QVERIFY(jx.isOpen());
            QCOMPARE(history(jx, QStringLiteral("a1")), QStringList());
            QSqlDatabase sjz = as(role("sjz"), QStringLiteral("sjz"));
            QVERIFY(sjz.isOpen());
            QCOMPARE(history(sjz, QStringLiteral("a1")).size(), 4);
        }
        ServerConnection::close(QStringLiteral("jx"));
        ServerConnection::close(QStringLiteral("sjz"));
    }

    void changesAreAnnounced()
    {
        {
            QSqlDatabase listener = as(role("sjz"), QStringLiteral("listener"));
            QVERIFY(listener.isOpen());
            QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("cp_changes")));
            QStringList heard; // "channel payload"
            connect(listener.driver(), &QSqlDriver::notification, this,
                    [&heard](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                        heard << name + QLatin1Char(' ') + payload.toString();
                    });
            QSqlDatabase writer = as(role("zd"), QStringLiteral("writer"));
            QSqlQuery q(writer);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE activity SET progress = 70 WHERE uuid = 'before-upgrade'")));
            QSqlQuery unit(m_admin);
            QVERIFY(unit.exec(QStringLiteral("SELECT id FROM unit WHERE name = '正定县'")));
            QVERIFY(unit.next());
            QTRY_COMPARE_WITH_TIMEOUT(
                heard, QStringList{QStringLiteral("cp_changes ") + unit.value(0).toString()}, 10000);
        }
        ServerConnection::close(QStringLiteral("listener"));
        ServerConnection::close(QStringLiteral("writer"));
    }

    void cleanupTestCase()
    {
        m_admin = QSqlDatabase();
        ServerConnection::close(QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestServerHistory)
#include "tst_serverhistory.moc"
