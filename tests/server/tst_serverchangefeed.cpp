#include "ServerTestDb.h"
#include "server/ServerChangeFeed.h"
#include "server/ServerUnits.h"

#include <QSignalSpy>
#include <QTest>

// Other users' changes reach a feed through LISTEN/NOTIFY and the history: each changed activity
// once, never one's own, never a unit the feed does not watch, and not lost when a long transaction
// commits history rows below ones already read.
class TestServerChangeFeed : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_feed"};
    QString m_zd = m_db.role("zd"), m_zd2 = m_db.role("zd2"), m_jx = m_db.role("jx"),
            m_sjz = m_db.role("sjz");
    int m_zdUnit = 0, m_jxUnit = 0;

    bool exec(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }
    static QString insert(const QString& uuid)
    {
        return QStringLiteral(
                   "INSERT INTO activity (uuid, title, created_ms, updated_ms) VALUES ('%1', '活动', 1, 1)")
            .arg(uuid);
    }
    // (unit, uuids) of every signal so far, flattened: "unit:uuid,uuid".
    static QStringList heard(const QSignalSpy& spy)
    {
        QStringList out;
        for (const QList<QVariant>& signal : spy)
            out << QString::number(signal.at(0).toInt()) + QLatin1Char(':') +
                       signal.at(1).toStringList().join(QLatin1Char(','));
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县"), QStringLiteral("井陉县")}, &error),
                 qPrintable(error));
        for (const auto& [role, unit] : {std::pair{m_zd, "正定县"}, std::pair{m_zd2, "正定县"},
                                         std::pair{m_jx, "井陉县"}, std::pair{m_sjz, "石家庄市"}})
            QVERIFY2(ServerAdmin::addUser(m_db.admin(), role, QString::fromUtf8(unit),
                                          ServerTestDb::password(role), &error),
                     qPrintable(error));
        m_zdUnit = m_db.adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '正定县'")).toInt();
        m_jxUnit = m_db.adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '井陉县'")).toInt();
        QVERIFY(m_zdUnit > 0 && m_jxUnit > 0);
    }

    void othersChangesAreReportedOnce()
    {
        QSqlDatabase listen = m_db.as(m_zd, QStringLiteral("zd-feed"));
        QSqlDatabase mine = m_db.as(m_zd, QStringLiteral("zd-edits"));
        QSqlDatabase colleague = m_db.as(m_zd2, QStringLiteral("zd2"));
        QSqlDatabase neighbour = m_db.as(m_jx, QStringLiteral("jx"));
        QVERIFY(exec(colleague, insert(QStringLiteral("before")))); // the past: not reported
        ServerChangeFeed feed(listen, {m_zdUnit});
        QString error;
        QVERIFY2(feed.start(&error), qPrintable(error));
        QSignalSpy spy(&feed, &ServerChangeFeed::activitiesChanged);

        QVERIFY(exec(colleague, insert(QStringLiteral("a1"))));
        QTRY_COMPARE_WITH_TIMEOUT(heard(spy), QStringList{QStringLiteral("%1:a1").arg(m_zdUnit)}, 10000);
        // One's own edit, and a unit not watched (the neighbour's own county), say nothing.
        QVERIFY(exec(mine, QStringLiteral("UPDATE activity SET title = '我改的' WHERE uuid = 'a1'")));
        QVERIFY(exec(neighbour, insert(QStringLiteral("j1"))));
        // Several changes of one activity in one transaction: reported once.
        QVERIFY(colleague.transaction());
        QVERIFY(exec(colleague, QStringLiteral("UPDATE activity SET title = '改一' WHERE uuid = 'before'")));
        QVERIFY(exec(colleague, QStringLiteral("UPDATE activity SET progress = 50 WHERE uuid = 'before'")));
        QVERIFY(exec(colleague, QStringLiteral("DELETE FROM activity WHERE uuid = 'a1'")));
        QVERIFY(colleague.commit());
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 10000);
        QTest::qWait(300); // nothing more comes
        QCOMPARE(heard(spy), (QStringList{QStringLiteral("%1:a1").arg(m_zdUnit),
                                          QStringLiteral("%1:before,a1").arg(m_zdUnit)}));
        listen = mine = colleague = neighbour = QSqlDatabase();
        for (const char* name : {"zd-feed", "zd-edits", "zd2", "jx"})
            ServerConnection::close(QLatin1String(name));
    }

    // A long transaction takes its history ids first and commits last: its rows must still come.
    void aLongTransactionIsNotMissed()
    {
        QSqlDatabase listen = m_db.as(m_sjz, QStringLiteral("sjz-feed"));
        QSqlDatabase slow = m_db.as(m_zd2, QStringLiteral("slow"));
        QSqlDatabase fast = m_db.as(m_jx, QStringLiteral("fast"));
        ServerChangeFeed feed(listen, {m_zdUnit, m_jxUnit}); // the prefecture watches both counties
        QString error;
        QVERIFY2(feed.start(&error), qPrintable(error));
        QSignalSpy spy(&feed, &ServerChangeFeed::activitiesChanged);
        QVERIFY(slow.transaction());
        QVERIFY(exec(slow, insert(QStringLiteral("slow1"))));
        QVERIFY(exec(fast, insert(QStringLiteral("fast1"))));
        QTRY_COMPARE_WITH_TIMEOUT(heard(spy), QStringList{QStringLiteral("%1:fast1").arg(m_jxUnit)}, 10000);
        QVERIFY(slow.commit());
        QTRY_COMPARE_WITH_TIMEOUT(
            heard(spy),
            (QStringList{QStringLiteral("%1:fast1").arg(m_jxUnit), QStringLiteral("%1:slow1").arg(m_zdUnit)}),
            10000);
        QVERIFY(exec(fast, insert(QStringLiteral("fast2"))));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 10000);
        QCOMPARE(heard(spy).last(), QStringLiteral("%1:fast2").arg(m_jxUnit)); // slow1 not again
        listen = slow = fast = QSqlDatabase();
        for (const char* name : {"sjz-feed", "slow", "fast"})
            ServerConnection::close(QLatin1String(name));
    }

    void cleanupTestCase() { m_db.close(); }
};

QTEST_GUILESS_MAIN(TestServerChangeFeed)
#include "tst_serverchangefeed.moc"
