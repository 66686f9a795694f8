#include "ServerTestDb.h"
#include "server/ServerApply.h"
#include "server/ServerPull.h"
#include "server/ServerPush.h"
#include "storage/CampaignFile.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A command over a server address writes back only what it changed in its pulled copy: the server
// then holds exactly the changed copy, its history records only those changes, and a row another
// user changed or removed since the pull makes the whole write refuse, the server as it was.
class TestServerApply : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_apply"};
    QString m_zd = m_db.role("zd"), m_jx = m_db.role("jx");
    int m_zdUnit = 0, m_jxUnit = 0;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Pulls zd's unit into `copy` and keeps an untouched twin as `pristine`.
    bool pullTwice(const QString& role, const QString& copy, const QString& pristine)
    {
        QString error;
        QSqlDatabase server = m_db.as(role, QStringLiteral("pull"));
        PullSummary summary;
        const bool ok = ServerPull::pull(server, m_zdUnit, copy, true, &summary, &error);
        server = QSqlDatabase();
        ServerConnection::close(QStringLiteral("pull"));
        if (!ok)
            qWarning("%s", qPrintable(error));
        QFile::remove(pristine);
        return ok && QFile::copy(copy, pristine);
    }

    bool apply(const QString& role, int unit, const QString& pristine, const QString& copy,
               ApplySummary* summary, QString* error)
    {
        QSqlDatabase server = m_db.as(role, QStringLiteral("apply"));
        bool ok = false;
        {
            std::unique_ptr<Database> before = Database::open(pristine, error);
            std::unique_ptr<Database> after = before ? Database::open(copy, error) : nullptr;
            ok = after && ServerApply::apply(*before, *after, server, unit, summary, error);
        }
        server = QSqlDatabase();
        ServerConnection::close(QStringLiteral("apply"));
        return ok;
    }

    static bool exec(const QString& file, const QString& sql)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        QSqlQuery q(db ? db->connection() : QSqlDatabase());
        if (!db || !q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(db ? q.lastError().text() : error));
            return false;
        }
        return true;
    }

    // Every activity of zd on the server with its assisting departments and figures, as text.
    QString serverActivities()
    {
        return m_db.adminValue(
            QStringLiteral(
                "SELECT string_agg(a.title || '|' || a.location || '|' || a.status || '|' || "
                "coalesce((SELECT string_agg(d.name, ',' ORDER BY d.uuid) FROM activity_assist s "
                "JOIN department d ON d.id = s.department_id WHERE s.activity_id = a.id), '') || '|' || "
                "coalesce((SELECT string_agg(f.actual::text, ',' ORDER BY f.metric_id) FROM "
                "activity_figure f WHERE f.activity_id = a.id), ''), E'\\n' ORDER BY a.uuid) "
                "FROM activity a WHERE a.unit_id = %1")
                .arg(m_zdUnit));
    }
    // The same of a file, to compare with.
    static QString fileActivities(const QString& file)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral(
            "SELECT group_concat(line, char(10)) FROM (SELECT a.title || '|' || a.location || '|' || "
            "a.status || "
            "'|' || coalesce((SELECT group_concat(name, ',') FROM (SELECT d.name FROM activity_assist s JOIN "
            "department d ON d.id = s.department_id WHERE s.activity_id = a.id ORDER BY d.uuid)), '') || '|' "
            "|| "
            "coalesce((SELECT group_concat(v, ',') FROM (SELECT CASE WHEN f.actual = CAST(f.actual AS "
            "INTEGER) "
            "THEN CAST(CAST(f.actual AS INTEGER) AS TEXT) ELSE CAST(f.actual AS TEXT) END AS v FROM "
            "activity_figure f WHERE f.activity_id = a.id AND f.actual IS NOT NULL ORDER BY f.metric_id)), "
            "'') "
            "AS line FROM activity a ORDER BY a.uuid)"));
        return q.next() ? q.value(0).toString() : q.lastError().text();
    }
    qint64 history()
    {
        return m_db.adminValue(QStringLiteral("SELECT count(*) FROM activity_change")).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县"), QStringLiteral("井陉县")}, &error),
                 qPrintable(error));
        QVERIFY(ServerAdmin::addUser(m_db.admin(), m_zd, QStringLiteral("正定县"),
                                     ServerTestDb::password(m_zd), &error));
        QVERIFY(ServerAdmin::addUser(m_db.admin(), m_jx, QStringLiteral("井陉县"),
                                     ServerTestDb::password(m_jx), &error));
        m_zdUnit = m_db.adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '正定县'")).toInt();
        m_jxUnit = m_db.adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '井陉县'")).toInt();
        const QString file = path(QStringLiteral("zd.campaign"));
        {
            std::unique_ptr<Database> db = CampaignFile::createForYear(file, 2021, &error);
            QVERIFY2(db && DemoGenerator::populate(*db, 80, 11, &error), qPrintable(error));
        }
        QSqlDatabase server = m_db.as(m_zd, QStringLiteral("push"));
        {
            std::unique_ptr<Database> db = Database::open(file, &error);
            PushSummary summary;
            QVERIFY2(db && ServerPush::push(*db, server, m_zdUnit, &summary, &error), qPrintable(error));
        }
        server = QSqlDatabase();
        ServerConnection::close(QStringLiteral("push"));
    }

    void onlyTheChangesAreWritten()
    {
        const QString copy = path(QStringLiteral("c1.campaign")),
                      pristine = path(QStringLiteral("p1.campaign"));
        QVERIFY(pullTwice(m_zd, copy, pristine));
        // What a command might do: one title, a new activity with a new department as its helper and
        // a figure, one activity removed, the assisting departments of another changed.
        QVERIFY(exec(
            copy, QStringLiteral(
                      "UPDATE activity SET title = '改过的标题' WHERE id = (SELECT min(id) FROM activity)")));
        QVERIFY(exec(copy, QStringLiteral("INSERT INTO department (uuid, position, name, archived) VALUES "
                                          "('9b0e6a52-0000-4000-8000-000000000001', 99, '新设科室', 0)")));
        QVERIFY(exec(
            copy, QStringLiteral(
                      "INSERT INTO activity (uuid, campaign_id, title, description, location, owner, phone, "
                      "status, progress, notes, created_ms, updated_ms, date_text) SELECT "
                      "'9b0e6a52-0000-4000-8000-000000000002', id, '新加的活动', '', '县广场', '', '', 0, "
                      "0, '', 1, 1, '' FROM campaign")));
        QVERIFY(exec(
            copy, QStringLiteral("INSERT INTO activity_assist (activity_id, department_id) SELECT a.id, d.id "
                                 "FROM activity a, department d WHERE a.title = '新加的活动' AND d.name = "
                                 "'新设科室'")));
        QVERIFY(exec(
            copy, QStringLiteral("INSERT INTO activity_figure (activity_id, metric_id, actual, "
                                 "actual_approx, target_approx) SELECT a.id, m.id, 1500, 1, 0 FROM "
                                 "activity a, metric m WHERE a.title = '新加的活动' ORDER BY m.id LIMIT 1")));
        QVERIFY(
            exec(copy, QStringLiteral("DELETE FROM activity WHERE id = (SELECT max(id) FROM activity WHERE "
                                      "title <> '新加的活动')")));
        QVERIFY(exec(
            copy, QStringLiteral("DELETE FROM activity_assist WHERE activity_id = (SELECT min(id) + 1 FROM "
                                 "activity)")));
        const qint64 historyBefore = history();
        ApplySummary summary;
        QString error;
        QVERIFY2(apply(m_zd, m_zdUnit, pristine, copy, &summary, &error), qPrintable(error));
        QCOMPARE(summary.activitiesInserted, 1);
        QCOMPARE(summary.activitiesUpdated, 1);
        QCOMPARE(summary.activitiesDeleted, 1);
        QCOMPARE(serverActivities(), fileActivities(copy));
        // The history: the title (one row), the insert (one row), the delete (one row), each assisting
        // department removed (one row each) and the new activity's own rows belong to its insert.
        const qint64 added = history() - historyBefore;
        QVERIFY2(added >= 3 && added <= 8, qPrintable(QString::number(added)));
        QCOMPARE(
            m_db.adminValue(QStringLiteral("SELECT count(*) FROM activity_change WHERE kind = 'update' AND "
                                           "field = 'title' AND new_value = '改过的标题'")),
            QStringLiteral("1"));
        // A second apply of the same difference finds the rows changed: refused, nothing written.
        QVERIFY(!apply(m_zd, m_zdUnit, pristine, copy, &summary, &error));
        QCOMPARE(serverActivities(), fileActivities(copy));
    }

    void aChangeMadeMeanwhileRefusesTheWhole()
    {
        const QString copy = path(QStringLiteral("c2.campaign")),
                      pristine = path(QStringLiteral("p2.campaign"));
        QVERIFY(pullTwice(m_zd, copy, pristine));
        QVERIFY(
            exec(copy, QStringLiteral("UPDATE activity SET location = '我的地点' WHERE id IN (SELECT id FROM "
                                      "activity ORDER BY id LIMIT 3)")));
        QVERIFY(exec(
            copy, QStringLiteral("INSERT INTO activity (uuid, campaign_id, title, description, location, "
                                 "owner, phone, status, progress, notes, created_ms, updated_ms, "
                                 "date_text) SELECT '9b0e6a52-0000-4000-8000-000000000003', id, '不会写入', "
                                 "'', '', '', '', 0, 0, '', 1, 1, '' FROM campaign")));
        // Another user changes the third of those activities after the pull.
        QVERIFY(m_db.adminValue(
                        QStringLiteral("UPDATE activity SET location = '别人的地点' WHERE id = (SELECT id "
                                       "FROM activity WHERE unit_id = %1 ORDER BY id OFFSET 2 LIMIT 1) "
                                       "RETURNING id")
                            .arg(m_zdUnit))
                    .toLongLong() > 0);
        const QString server = serverActivities();
        ApplySummary summary;
        QString error;
        QVERIFY(!apply(m_zd, m_zdUnit, pristine, copy, &summary, &error));
        QVERIFY2(error.contains(QStringLiteral("changed on the server")), qPrintable(error));
        QCOMPARE(serverActivities(), server);
        QCOMPARE(m_db.adminValue(QStringLiteral("SELECT count(*) FROM activity WHERE title = '不会写入'")),
                 QStringLiteral("0"));
    }

    void anotherCountysUnitIsRefused()
    {
        const QString copy = path(QStringLiteral("c3.campaign")),
                      pristine = path(QStringLiteral("p3.campaign"));
        QVERIFY(pullTwice(m_zd, copy, pristine));
        QVERIFY(exec(
            copy, QStringLiteral("UPDATE activity SET title = '井陉改正定' WHERE id = (SELECT min(id) FROM "
                                 "activity)")));
        const QString server = serverActivities();
        ApplySummary summary;
        QString error;
        QVERIFY(!apply(m_jx, m_zdUnit, pristine, copy, &summary, &error));
        QCOMPARE(serverActivities(), server);
    }
};

QTEST_GUILESS_MAIN(TestServerApply)
#include "tst_serverapply.moc"
