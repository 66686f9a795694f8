#include "ActivityHistoryRepository.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "ServerTestDb.h"
#include "server/ServerActivityHistory.h"
#include "server/ServerPush.h"
#include "server/ServerUnits.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

// One history in two engines: the same edits made in a campaign file and on the shared server give
// the same entries (kinds, fields, old and new values), read by each engine's reader, so one view
// can show either. Ids differ between the engines; entries are compared by the names ids stand for.
class TestHistoryEngines : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_he"};
    QTemporaryDir m_dir;
    QString m_county = m_db.role("county");

    // "kind field old → new", with metric and department ids replaced by their names.
    static QStringList entries(const QList<ActivityChange>& changes,
                               const QHash<QString, QString>& metricNames,
                               const QHash<QString, QString>& departmentNames)
    {
        QStringList out;
        for (const ActivityChange& c : changes) {
            static const char* const kinds[] = {"insert", "update", "delete"};
            QString field = c.field, oldValue = c.oldValue, newValue = c.newValue;
            if (field.contains(QLatin1Char(':')))
                field = field.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':') +
                        metricNames.value(field.section(QLatin1Char(':'), 1), QStringLiteral("?"));
            if (field == QLatin1String("assisting_department_id")) {
                oldValue =
                    oldValue.isNull() ? oldValue : departmentNames.value(oldValue, QStringLiteral("?"));
                newValue =
                    newValue.isNull() ? newValue : departmentNames.value(newValue, QStringLiteral("?"));
            }
            out << QStringLiteral("%1 %2 %3 → %4")
                       .arg(QLatin1String(kinds[int(c.kind)]), field,
                            oldValue.isNull() ? QStringLiteral("∅") : oldValue,
                            newValue.isNull() ? QStringLiteral("∅") : newValue);
        }
        return out;
    }

    // id (as text) → name, of `table` as `db` sees it.
    static QHash<QString, QString> names(const QSqlDatabase& db, const QString& table)
    {
        QHash<QString, QString> out;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, name FROM %1").arg(table)))
            qWarning("%s", qPrintable(q.lastError().text()));
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return out;
    }

    static QString value(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县")}, &error), qPrintable(error));
        QVERIFY2(ServerAdmin::addUser(m_db.admin(), m_county, QStringLiteral("正定县"),
                                      ServerTestDb::password(m_county), &error),
                 qPrintable(error));
    }

    void sameEditsGiveTheSameHistory()
    {
        QString error;
        auto file = CampaignFile::createDefault(m_dir.filePath(QStringLiteral("zd.campaign")), &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY2(DemoGenerator::populate(*file, 8, 11, &error), qPrintable(error));
        QSqlDatabase server = m_db.as(m_county, QStringLiteral("county"));
        QVERIFY(server.isOpen());
        ServerUnits::Unit unit;
        QVERIFY2(ServerUnits::own(server, &unit, &error), qPrintable(error));
        PushSummary pushed;
        QVERIFY2(ServerPush::push(*file, server, unit.id, &pushed, &error), qPrintable(error));

        // An activity with a figure, and a department that does not assist it yet, in both engines.
        const QSqlDatabase local = file->connection();
        const QString uuid =
            value(local, QStringLiteral("SELECT a.uuid FROM activity a JOIN activity_figure f "
                                        "ON f.activity_id = a.id ORDER BY a.id LIMIT 1"));
        const QString fileActivity =
            value(local, QStringLiteral("SELECT id FROM activity WHERE uuid = '%1'").arg(uuid));
        const QString metric =
            value(local, QStringLiteral("SELECT m.name FROM activity_figure f JOIN metric m ON "
                                        "m.id = f.metric_id WHERE f.activity_id = %1 LIMIT 1")
                             .arg(fileActivity));
        const QString department = value(
            local, QStringLiteral("SELECT name FROM department WHERE id NOT IN (SELECT department_id FROM "
                                  "activity_assist WHERE activity_id = %1) AND id <> (SELECT coalesce("
                                  "lead_department_id, 0) FROM activity WHERE id = %1) ORDER BY id LIMIT 1")
                       .arg(fileActivity));
        QVERIFY(!metric.startsWith(QLatin1String("error")) && !department.startsWith(QLatin1String("error")));
        struct Ids
        {
            QString activity, metric, department;
        };
        const Ids fileIds{
            fileActivity,
            value(local, QStringLiteral("SELECT id FROM metric WHERE name = '%1' AND campaign_id = "
                                        "(SELECT campaign_id FROM activity WHERE id = %2)")
                             .arg(metric, fileActivity)),
            value(local, QStringLiteral("SELECT id FROM department WHERE name = '%1'").arg(department))};
        const QString serverActivity =
            value(server, QStringLiteral("SELECT id FROM activity WHERE uuid = '%1'").arg(uuid));
        const Ids serverIds{
            serverActivity,
            value(server, QStringLiteral("SELECT id FROM metric WHERE name = '%1' AND campaign_id = "
                                         "(SELECT campaign_id FROM activity WHERE id = %2)")
                              .arg(metric, serverActivity)),
            value(server, QStringLiteral("SELECT id FROM department WHERE name = '%1'").arg(department))};
        for (const Ids& ids : {fileIds, serverIds})
            QVERIFY2(ids.activity.toLongLong() > 0 && ids.metric.toLongLong() > 0 &&
                         ids.department.toLongLong() > 0,
                     qPrintable(ids.activity + ids.metric + ids.department));

        // Each edit as both engines take it, one statement each (a statement's fields may come in
        // either order).
        const QStringList edits = {
            QStringLiteral(
                "UPDATE activity SET title = '标题改过', updated_ms = updated_ms + 1 WHERE id = %1"),
            QStringLiteral("UPDATE activity SET status = (status + 1) % 4 WHERE id = %1"),
            QStringLiteral("INSERT INTO activity_assist (activity_id, department_id) VALUES (%1, %3)"),
            QStringLiteral(
                "UPDATE activity_figure SET target = 321, target_approx = 1 WHERE activity_id = %1 "
                "AND metric_id = %2"),
            QStringLiteral(
                "UPDATE activity_figure SET actual = 12.5, actual_approx = 0 WHERE activity_id = %1 "
                "AND metric_id = %2"),
            QStringLiteral("DELETE FROM activity_assist WHERE activity_id = %1 AND department_id = %3"),
            QStringLiteral("DELETE FROM activity_figure WHERE activity_id = %1 AND metric_id = %2"),
            QStringLiteral("DELETE FROM activity WHERE id = %1"),
        };
        for (const QString& edit : edits) {
            QSqlQuery inFile(local), onServer(server);
            QVERIFY2(inFile.exec(edit.arg(fileIds.activity, fileIds.metric, fileIds.department)),
                     qPrintable(inFile.lastError().text()));
            QVERIFY2(onServer.exec(edit.arg(serverIds.activity, serverIds.metric, serverIds.department)),
                     qPrintable(onServer.lastError().text()));
        }

        QList<ActivityChange> fileHistory, serverHistory;
        QVERIFY2(ActivityHistoryRepository(*file).changes(fileIds.activity.toLongLong(), uuid, &fileHistory,
                                                          &error),
                 qPrintable(error));
        QVERIFY2(ServerActivityHistory::changes(server, unit.id, uuid, &serverHistory, &error),
                 qPrintable(error));
        const QStringList fromFile = entries(fileHistory, names(local, QStringLiteral("metric")),
                                             names(local, QStringLiteral("department")));
        const QStringList fromServer = entries(serverHistory, names(server, QStringLiteral("metric")),
                                               names(server, QStringLiteral("department")));
        QCOMPARE(fromServer, fromFile);
        // What both say, newest first: the figure removed is two fields; the side rows removed with the
        // activity, and those written with it, belong to its delete and insert.
        QCOMPARE(fromFile.size(), 10);
        QCOMPARE(fromFile.first(), QStringLiteral("delete  ∅ → ∅"));
        QCOMPARE(fromFile.at(1), QStringLiteral("update actual:%1 12.5 → ∅").arg(metric));
        QCOMPARE(fromFile.at(2), QStringLiteral("update target:%1 321+ → ∅").arg(metric));
        QCOMPARE(fromFile.at(3), QStringLiteral("update assisting_department_id %1 → ∅").arg(department));
        QVERIFY(fromFile.at(4).startsWith(QStringLiteral("update actual:%1 ").arg(metric)));
        QVERIFY(fromFile.at(4).endsWith(QStringLiteral(" → 12.5")));
        QVERIFY(fromFile.at(5).endsWith(QStringLiteral(" → 321+")));
        QCOMPARE(fromFile.at(6), QStringLiteral("update assisting_department_id ∅ → %1").arg(department));
        QVERIFY(fromFile.at(7).startsWith(QStringLiteral("update status ")));
        QVERIFY(fromFile.at(8).startsWith(QStringLiteral("update title ")));
        QVERIFY(fromFile.at(8).endsWith(QStringLiteral(" → 标题改过")));
        QCOMPARE(fromFile.last(), QStringLiteral("insert  ∅ → ∅"));
        // On the server every entry names the role that made it (the push's included).
        for (const ActivityChange& c : std::as_const(serverHistory))
            QCOMPARE(c.changedBy, m_county);
        server = QSqlDatabase();
        ServerConnection::close(QStringLiteral("county"));
    }

    void cleanupTestCase() { m_db.close(); }
};

QTEST_GUILESS_MAIN(TestHistoryEngines)
#include "tst_historyengines.moc"
