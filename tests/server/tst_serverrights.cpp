#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Units, users and row-level security on a real PostgreSQL server (the pg_cluster fixture). A county
// user tries to read, change and delete another county's rows with plain SQL and to widen its own
// rights, and is refused each time; a prefecture reads its counties; a province reads everything.
class TestServerRights : public QObject
{
    Q_OBJECT

    QString m_socket = qEnvironmentVariable("CP_TEST_PG_SOCKET");
    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QString m_dbName = QStringLiteral("cp_rights_") + m_suffix;
    QSqlDatabase m_admin;
    QHash<QString, int> m_unit; // name → id

    QString role(const char* base) const { return QLatin1String(base) + QLatin1Char('_') + m_suffix; }

    ServerAddress address(const QString& user, const QString& database) const
    {
        ServerAddress a;
        a.user = user;
        a.host = m_socket;
        a.database = database;
        return a;
    }

    // A connection as `user` (password "pw-" + user), closed by the caller via ServerConnection::close.
    QSqlDatabase as(const QString& user)
    {
        QSqlDatabase db;
        QString error;
        if (!ServerConnection::open(address(user, m_dbName), user, QStringLiteral("pw-") + user, &db, &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

    QStringList titles(const QSqlDatabase& db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT title FROM activity ORDER BY title")))
            return {QStringLiteral("error: ") + q.lastError().text()};
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QString titleOf(const QString& unitName)
    {
        QSqlQuery q(m_admin);
        q.prepare(QStringLiteral("SELECT title FROM activity WHERE unit_id = ?"));
        q.addBindValue(m_unit.value(unitName));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_socket.isEmpty(), "CP_TEST_PG_SOCKET is set by the pg_cluster fixture");
        QString error;
        QSqlDatabase server;
        QVERIFY2(ServerConnection::open(address(QStringLiteral("cp_admin"), QStringLiteral("postgres")),
                                        QStringLiteral("server"), QString(), &server, &error),
                 qPrintable(error));
        QSqlQuery q(server);
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_dbName)),
                 qPrintable(q.lastError().text()));
        q = QSqlQuery();
        server = QSqlDatabase();
        ServerConnection::close(QStringLiteral("server"));

        QVERIFY2(ServerConnection::open(address(QStringLiteral("cp_admin"), m_dbName),
                                        QStringLiteral("admin"), QString(), &m_admin, &error),
                 qPrintable(error));
        QVERIFY2(ServerSchema::init(m_admin, &error), qPrintable(error));
        const QList<std::array<QString, 3>> units = {
            {QStringLiteral("河北省"), QStringLiteral("province"), QString()},
            {QStringLiteral("石家庄市"), QStringLiteral("prefecture"), QStringLiteral("河北省")},
            {QStringLiteral("正定县"), QStringLiteral("county"), QStringLiteral("石家庄市")},
            {QStringLiteral("井陉县"), QStringLiteral("county"), QStringLiteral("石家庄市")},
            {QStringLiteral("唐山市"), QStringLiteral("prefecture"), QStringLiteral("河北省")},
            {QStringLiteral("迁安市"), QStringLiteral("county"), QStringLiteral("唐山市")},
        };
        for (const auto& [name, level, parent] : units)
            QVERIFY2(ServerAdmin::addUnit(m_admin, name, level, parent, &error), qPrintable(error));
        for (const auto& [roleBase, unitName] : {std::pair{"zd", "正定县"}, std::pair{"jx", "井陉县"},
                                                 std::pair{"sjz", "石家庄市"}, std::pair{"heb", "河北省"}}) {
            const QString name = role(roleBase);
            QVERIFY2(ServerAdmin::addUser(m_admin, name, QString::fromUtf8(unitName),
                                          QStringLiteral("pw-") + name, &error),
                     qPrintable(error));
        }
        // One activity per unit, written by the administrator (the table's owner, not bound by policies).
        QSqlQuery units2(m_admin);
        QVERIFY(units2.exec(QStringLiteral("SELECT id, name FROM unit")));
        while (units2.next())
            m_unit.insert(units2.value(1).toString(), units2.value(0).toInt());
        QCOMPARE(m_unit.size(), 6);
        for (auto it = m_unit.cbegin(); it != m_unit.cend(); ++it) {
            QSqlQuery insert(m_admin);
            insert.prepare(
                QStringLiteral("INSERT INTO activity (uuid, unit_id, title, created_ms, updated_ms) "
                               "VALUES (?, ?, ?, 0, 0)"));
            insert.addBindValue(QStringLiteral("uuid-") + it.key());
            insert.addBindValue(it.value());
            insert.addBindValue(it.key() + QStringLiteral("的活动"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }

    void schemaIsOursAndCurrent()
    {
        int version = 0;
        QString error;
        QVERIFY2(ServerSchema::check(m_admin, &version, &error), qPrintable(error));
        QCOMPARE(version, ServerSchema::latestVersion);
        QVERIFY2(ServerSchema::init(m_admin, &error), qPrintable(error)); // a second init changes nothing
        QVERIFY(ServerSchema::check(m_admin, &version, &error));
        QCOMPARE(version, ServerSchema::latestVersion);

        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral("UPDATE cp_meta SET value = '99' WHERE key = 'schema_version'")));
        QVERIFY(!ServerSchema::check(m_admin, &version, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(!ServerSchema::init(m_admin, &error));
        QVERIFY(q.exec(QStringLiteral("UPDATE cp_meta SET value = '%1' WHERE key = 'schema_version'")
                           .arg(ServerSchema::latestVersion)));

        QSqlDatabase postgres;
        QVERIFY(ServerConnection::open(address(QStringLiteral("cp_admin"), QStringLiteral("postgres")),
                                       QStringLiteral("plain"), QString(), &postgres, &error));
        QVERIFY(!ServerSchema::check(postgres, &version, &error));
        QVERIFY2(error.contains(QLatin1String("not made by Campaign Planner")), qPrintable(error));
        postgres = QSqlDatabase();
        ServerConnection::close(QStringLiteral("plain"));
    }

    void wrongPasswordIsRefused()
    {
        QSqlDatabase db;
        QString error;
        QVERIFY(!ServerConnection::open(address(role("zd"), m_dbName), QStringLiteral("wrong"),
                                        QStringLiteral("not-the-password"), &db, &error));
        QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
    }

    void countyReadsAndWritesOnlyItsOwnRows()
    {
        const QString name = role("zd");
        {
            QSqlDatabase db = as(name);
            QVERIFY(db.isOpen());
            QCOMPARE(titles(db), QStringList{QStringLiteral("正定县的活动")});
            QSqlQuery q(db);
            // Another county's row by its id: invisible, so nothing to read, change or delete.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM activity WHERE unit_id = %1")
                               .arg(m_unit.value(QStringLiteral("井陉县")))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("UPDATE activity SET title = 'changed by 正定' WHERE unit_id = %1")
                               .arg(m_unit.value(QStringLiteral("井陉县")))));
            QCOMPARE(q.numRowsAffected(), 0);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM activity WHERE unit_id <> %1")
                               .arg(m_unit.value(QStringLiteral("正定县")))));
            QCOMPARE(q.numRowsAffected(), 0);
            // Writing a row for another county, or moving its own row there, breaks the policy.
            QVERIFY(
                !q.exec(QStringLiteral("INSERT INTO activity (uuid, unit_id, title, created_ms, updated_ms) "
                                       "VALUES ('forged', %1, 'forged', 0, 0)")
                            .arg(m_unit.value(QStringLiteral("井陉县")))));
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("row-level security")),
                     qPrintable(q.lastError().databaseText()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE activity SET unit_id = %1")
                                .arg(m_unit.value(QStringLiteral("井陉县")))));
            // Its own rows it may write; the unit defaults to its own and the version counts the change.
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO activity (uuid, title, created_ms, updated_ms) "
                                           "VALUES ('zd-2', '正定县第二项', 0, 0)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("UPDATE activity SET progress = 50 WHERE uuid = 'zd-2' "
                                          "RETURNING row_version, unit_id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QCOMPARE(q.value(1).toInt(), m_unit.value(QStringLiteral("正定县")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM activity WHERE uuid = 'zd-2'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        ServerConnection::close(name);
        QCOMPARE(titleOf(QStringLiteral("井陉县")), QStringLiteral("井陉县的活动"));
        QCOMPARE(titleOf(QStringLiteral("石家庄市")), QStringLiteral("石家庄市的活动"));
    }

    void countyCannotWidenItsRights_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("disable RLS") << QStringLiteral("ALTER TABLE activity DISABLE ROW LEVEL SECURITY");
        QTest::newRow("drop policy") << QStringLiteral("DROP POLICY activity_read ON activity");
        QTest::newRow("new policy") << QStringLiteral(
            "CREATE POLICY mine ON activity FOR SELECT TO cp_user USING (true)");
        QTest::newRow("move own unit") << QStringLiteral("UPDATE unit SET parent_id = NULL");
        QTest::newRow("join another unit")
            << QStringLiteral("INSERT INTO unit_member VALUES (session_user, 1)");
        QTest::newRow("change membership") << QStringLiteral("UPDATE unit_member SET unit_id = 1");
        QTest::newRow("read memberships") << QStringLiteral("SELECT * FROM unit_member");
        QTest::newRow("become the province")
            << QStringLiteral("SET ROLE heb_") + QString::number(QCoreApplication::applicationPid());
        QTest::newRow("replace a function") << QStringLiteral(
            "CREATE OR REPLACE FUNCTION cp_my_unit() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$");
        QTest::newRow("shadow a function") << QStringLiteral(
            "CREATE FUNCTION public.cp_readable_units2() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$");
        QTest::newRow("grant itself") << QStringLiteral("GRANT cp_user TO CURRENT_USER WITH ADMIN OPTION");
        QTest::newRow("change the version") << QStringLiteral("UPDATE cp_meta SET value = '0'");
    }
    void countyCannotWidenItsRights()
    {
        QFETCH(QString, sql);
        const QString name = role("zd");
        {
            QSqlDatabase db = as(name);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY2(!q.exec(sql), "the server accepted it");
            QCOMPARE(titles(db), QStringList{QStringLiteral("正定县的活动")});
        }
        ServerConnection::close(name);
    }

    void prefectureReadsItsCountiesAndWritesItsOwn()
    {
        const QString name = role("sjz");
        {
            QSqlDatabase db = as(name);
            QVERIFY(db.isOpen());
            QCOMPARE(titles(db), (QStringList{QStringLiteral("井陉县的活动"), QStringLiteral("正定县的活动"),
                                              QStringLiteral("石家庄市的活动")}));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE activity SET title = 'changed by 石家庄'")));
            QCOMPARE(q.numRowsAffected(), 1); // its own row only
            QVERIFY(q.exec(QStringLiteral("DELETE FROM activity WHERE unit_id <> %1")
                               .arg(m_unit.value(QStringLiteral("石家庄市")))));
            QCOMPARE(q.numRowsAffected(), 0);
        }
        ServerConnection::close(name);
        QCOMPARE(titleOf(QStringLiteral("正定县")), QStringLiteral("正定县的活动"));
        QCOMPARE(titleOf(QStringLiteral("石家庄市")), QStringLiteral("changed by 石家庄"));
    }

    void provinceReadsAll()
    {
        const QString name = role("heb");
        {
            QSqlDatabase db = as(name);
            QVERIFY(db.isOpen());
            QCOMPARE(titles(db).size(), 6);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE activity SET title = 'changed by 河北' WHERE unit_id <> %1")
                               .arg(m_unit.value(QStringLiteral("河北省")))));
            QCOMPARE(q.numRowsAffected(), 0);
        }
        ServerConnection::close(name);
        QCOMPARE(titleOf(QStringLiteral("迁安市")), QStringLiteral("迁安市的活动"));
    }

    void addUnitAndUserRefuseNonsense()
    {
        QString error;
        QVERIFY(!ServerAdmin::addUnit(m_admin, QStringLiteral("正定县"), QStringLiteral("county"),
                                      QStringLiteral("石家庄市"), &error));
        QVERIFY(!ServerAdmin::addUnit(m_admin, QStringLiteral("新县"), QStringLiteral("county"), QString(),
                                      &error));
        QVERIFY(!ServerAdmin::addUnit(m_admin, QStringLiteral("新市"), QStringLiteral("prefecture"),
                                      QStringLiteral("正定县"), &error));
        QVERIFY(!ServerAdmin::addUnit(m_admin, QStringLiteral("新县"), QStringLiteral("town"),
                                      QStringLiteral("石家庄市"), &error));
        QVERIFY(!ServerAdmin::addUser(m_admin, QStringLiteral("Robert'); DROP TABLE unit;--"),
                                      QStringLiteral("正定县"), QString(), &error));
        QVERIFY(!ServerAdmin::addUser(m_admin, role("zd"), QStringLiteral("正定县"), QString(), &error));
        QVERIFY(
            !ServerAdmin::addUser(m_admin, role("nobody"), QStringLiteral("没有这个县"), QString(), &error));
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM unit")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6);
    }

    void cleanupTestCase()
    {
        m_admin = QSqlDatabase();
        ServerConnection::close(QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestServerRights)
#include "tst_serverrights.moc"
