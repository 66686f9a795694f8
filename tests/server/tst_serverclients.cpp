#include "ServerTestDb.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>
#include <vector>

// Many users of one unit editing the same activities at once, each in its own process
// (server_edit_client), on a real server (pg_cluster fixture): 50 clients for a minute
// (CP_CLIENTS / CP_CLIENTS_SECONDS change that). Every save adds one to a counter, so a lost
// update would leave a counter below the saves that reached it; every race lost must have been
// reported with the winner's value; the history holds one row per save, each with its user.
class TestServerClients : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_clients_"};
    static constexpr int kActivities = 20; // few rows, so that clients collide
    static constexpr int kUsers = 10;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县")}, &error), qPrintable(error));
        for (int i = 0; i < kUsers; ++i) {
            const QString role = m_db.role(QByteArray("staff") + QByteArray::number(i));
            QVERIFY2(ServerAdmin::addUser(m_db.admin(), role, QStringLiteral("正定县"),
                                          ServerTestDb::password(role), &error),
                     qPrintable(error));
        }
        QSqlQuery q(m_db.admin());
        QVERIFY2(q.exec(QStringLiteral(
                            "INSERT INTO activity (uuid, unit_id, title, notes, created_ms, updated_ms) "
                            "SELECT 'c' || i, u.id, '活动' || i, '0', 0, 0 "
                            "FROM generate_series(0, %1) i, unit u WHERE u.name = '正定县'")
                            .arg(kActivities - 1)),
                 qPrintable(q.lastError().text()));
    }

    void noLostUpdateNoUnreportedConflict()
    {
        const int clients =
            qEnvironmentVariableIntValue("CP_CLIENTS") > 0 ? qEnvironmentVariableIntValue("CP_CLIENTS") : 50;
        const int seconds = qEnvironmentVariableIntValue("CP_CLIENTS_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("CP_CLIENTS_SECONDS")
                                : 60;
        const QString program =
            QCoreApplication::applicationDirPath() + QStringLiteral("/server_edit_client");
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < clients; ++i) {
            const QString role = m_db.role(QByteArray("staff") + QByteArray::number(i % kUsers));
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), ServerTestDb::password(role));
            process->setProcessEnvironment(env);
            process->start(program, {m_db.socket(), m_db.name(), role, QString::number(seconds),
                                     QString::number(kActivities), QString::number(1000 + i)});
            processes.push_back(std::move(process));
        }
        QHash<QString, qint64> saved;
        qint64 conflicts = 0, unreported = 0, saves = 0;
        for (auto& process : processes) {
            QVERIFY2(process->waitForFinished((seconds + 120) * 1000), "a client did not finish");
            const QByteArray err = process->readAllStandardError();
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     err.constData());
            for (const QByteArray& line : process->readAllStandardOutput().split('\n')) {
                const QList<QByteArray> words = line.split(' ');
                if (words.value(0) == "saved") {
                    saved[QString::fromLatin1(words.value(1))] += words.value(2).toLongLong();
                    saves += words.value(2).toLongLong();
                } else if (words.value(0) == "conflicts") {
                    conflicts += words.value(1).toLongLong();
                } else if (words.value(0) == "unreported") {
                    unreported += words.value(1).toLongLong();
                }
            }
        }
        qInfo("%d clients, %d s: %lld saves, %lld races lost and reported", clients, seconds, saves,
              conflicts);
        QVERIFY(saves > 0);
        QCOMPARE(unreported, 0);
        // No lost update: each counter equals the saves that reached it, and so does its version.
        QSqlQuery q(m_db.admin());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, notes, row_version FROM activity ORDER BY uuid")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString uuid = q.value(0).toString();
            QCOMPARE(q.value(1).toLongLong(), saved.value(uuid));
            QCOMPARE(q.value(2).toLongLong(), saved.value(uuid) + 1);
        }
        QCOMPARE(rows, kActivities);
        // The history is complete: one row per save, each naming one of the unit's users.
        QCOMPARE(m_db.adminValue(QStringLiteral("SELECT count(*) FROM activity_change WHERE field = 'notes'"))
                     .toLongLong(),
                 saves);
        QCOMPARE(
            m_db.adminValue(QStringLiteral("SELECT count(*) FROM activity_change WHERE field = 'notes' AND "
                                           "changed_by NOT IN (SELECT role_name FROM unit_member)"))
                .toLongLong(),
            0);
        if (clients > 1)
            QVERIFY2(conflicts > 0,
                     "clients sharing 20 rows for seconds never collided: the test tested nothing");
    }

    void cleanupTestCase() { m_db.close(); }
};

QTEST_GUILESS_MAIN(TestServerClients)
#include "tst_serverclients.moc"
