#include "ActivityHistoryRepository.h"
#include "ActivityRepository.h"
#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "DepartmentRepository.h"
#include "IntegrityCheck.h"
#include "Migrations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Schema step 9: the file's triggers keep every change to an activity (who, when, which field,
// old → new) whatever path wrote it; older files are upgraded to it with a backup first.
class TestActivityHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // "kind field old→new" of one activity, newest first, as the repository reads them.
    static QStringList lines(const Database& db, qint64 id, const QUuid& uuid)
    {
        QList<ActivityChange> changes;
        QString error;
        if (!ActivityHistoryRepository(db).changes(id, uuid.toString(QUuid::WithoutBraces), &changes, &error))
            return {QStringLiteral("error: ") + error};
        QStringList out;
        for (const ActivityChange& c : std::as_const(changes)) {
            const char* kind = c.kind == ActivityChange::Kind::Insert   ? "insert"
                               : c.kind == ActivityChange::Kind::Delete ? "delete"
                                                                        : "update";
            out << QStringLiteral("%1 %2 %3→%4")
                       .arg(QLatin1String(kind), c.field,
                            c.oldValue.isNull() ? QStringLiteral("null") : c.oldValue,
                            c.newValue.isNull() ? QStringLiteral("null") : c.newValue);
        }
        return out;
    }

    struct Fixture
    {
        std::unique_ptr<Database> db;
        qint64 campaignId = 0;
        qint64 metricId = 0;
        QList<qint64> departments;
    };

    Fixture makeFile(const QString& name)
    {
        Fixture f;
        QString error;
        f.db = CampaignFile::createDefault(m_dir.filePath(name), &error);
        if (!f.db)
            qFatal("%s", qPrintable(error));
        QList<Campaign> campaigns;
        if (!CampaignRepository(*f.db).list(&campaigns, &error) || campaigns.isEmpty())
            qFatal("no campaign: %s", qPrintable(error));
        f.campaignId = campaigns.first().id;
        CampaignContent content;
        if (!CampaignRepository(*f.db).load(f.campaignId, &content, &error) || content.metrics.isEmpty())
            qFatal("no metrics: %s", qPrintable(error));
        f.metricId = content.metrics.first().id;
        for (const char* name : {"历史测试科甲", "历史测试科乙", "历史测试科丙"}) {
            Department d;
            d.name = QString::fromUtf8(name);
            if (!DepartmentRepository(*f.db).save(d, &error))
                qFatal("no department: %s", qPrintable(error));
            f.departments << d.id;
        }
        return f;
    }

    static Activity newActivity(const Fixture& f)
    {
        Activity a;
        a.campaignId = f.campaignId;
        a.title = QStringLiteral("质量开放日");
        a.leadDepartmentId = f.departments.at(0);
        a.assistingDepartmentIds = {f.departments.at(1)};
        a.figures = {MetricValue{f.metricId, {2000, false, true}, {}}};
        return a;
    }

private slots:
    void insertIsOneRowWithItsAuthor()
    {
        Fixture f = makeFile(QStringLiteral("insert.campaign"));
        Activity a = newActivity(f);
        QString error;
        QVERIFY2(ActivityRepository(*f.db).insert(a, &error), qPrintable(error));
        // Its departments and figures belong to the 'insert', not to rows of their own.
        QCOMPARE(lines(*f.db, a.id, a.uuid), QStringList{QStringLiteral("insert  null→null")});
        QList<ActivityChange> changes;
        QVERIFY(ActivityHistoryRepository(*f.db).changes(a.id, a.uuid.toString(QUuid::WithoutBraces),
                                                         &changes, &error));
        QCOMPARE(changes.first().changedBy, Database::changeAuthor());
        QVERIFY(!changes.first().changedBy.isEmpty());
        QVERIFY(qAbs(changes.first().changedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
    }

    void updateIsOneRowPerChangedField()
    {
        Fixture f = makeFile(QStringLiteral("update.campaign"));
        Activity a = newActivity(f);
        QString error;
        QVERIFY2(ActivityRepository(*f.db).insert(a, &error), qPrintable(error));
        // A save that changes nothing the user sees (only updated_ms moves) records nothing.
        QVERIFY2(ActivityRepository(*f.db).update(a, &error), qPrintable(error));
        QCOMPARE(lines(*f.db, a.id, a.uuid).size(), 1);

        a.status = ActivityStatus::Done;
        a.progress = 100;
        a.start = QDate(2026, 9, 3);
        a.assistingDepartmentIds = {f.departments.at(2)};
        a.figures = {MetricValue{f.metricId, {2000, false, true}, {2500, true, true}}};
        QVERIFY2(ActivityRepository(*f.db).update(a, &error), qPrintable(error));
        const QString from = QString::number(f.departments.at(1));
        const QString to = QString::number(f.departments.at(2));
        const QString actual = QStringLiteral("actual:%1").arg(f.metricId);
        QStringList got = lines(*f.db, a.id, a.uuid);
        QCOMPARE(got.takeLast(), QStringLiteral("insert  null→null"));
        QCOMPARE(got.size(), 6);
        // The activity's own columns first (its row is written first), then departments, then figures.
        QVERIFY2(got.contains(QStringLiteral("update status 0→2")), qPrintable(got.join(QLatin1Char('\n'))));
        QVERIFY(got.contains(QStringLiteral("update progress 0→100")));
        QVERIFY(got.contains(QStringLiteral("update start_date null→2026-09-03")));
        QVERIFY(got.contains(QStringLiteral("update assisting_department_id %1→null").arg(from)));
        QVERIFY(got.contains(QStringLiteral("update assisting_department_id null→%1").arg(to)));
        QVERIFY(got.contains(QStringLiteral("update %1 null→2500+").arg(actual)));
        // Bookkeeping is no edit.
        for (const QString& line : std::as_const(got))
            QVERIFY2(!line.contains(QLatin1String("_ms")), qPrintable(line));

        // A figure removed, a text cleared.
        a.figures.clear();
        a.notes = QStringLiteral("备注");
        QVERIFY(ActivityRepository(*f.db).update(a, &error));
        got = lines(*f.db, a.id, a.uuid);
        QCOMPARE(got.mid(0, 3), (QStringList{QStringLiteral("update actual:%1 2500+→null").arg(f.metricId),
                                             QStringLiteral("update target:%1 2000→null").arg(f.metricId),
                                             QStringLiteral("update notes →备注")}));
    }

    void deleteAndRestoreKeepOneHistory()
    {
        Fixture f = makeFile(QStringLiteral("delete.campaign"));
        Activity a = newActivity(f);
        QString error;
        ActivityRepository repo(*f.db);
        QVERIFY2(repo.insert(a, &error), qPrintable(error));
        a.title = QStringLiteral("质量开放日（改）");
        QVERIFY(repo.update(a, &error));
        Activity stored;
        QVERIFY(repo.load(a.id, &stored, &error));
        QVERIFY(repo.remove({a.id}, &error));
        // The cascade of its departments and figures is part of the 'delete'.
        QCOMPARE(lines(*f.db, a.id, a.uuid).first(), QStringLiteral("delete  null→null"));
        QCOMPARE(lines(*f.db, a.id, a.uuid).size(), 3);
        // Undo of a delete: the same uuid, so the history goes on; the restored children add nothing.
        QVERIFY2(repo.restore({stored}, &error), qPrintable(error));
        const QStringList got = lines(*f.db, a.id, a.uuid);
        QCOMPARE(got, (QStringList{QStringLiteral("insert  null→null"), QStringLiteral("delete  null→null"),
                                   QStringLiteral("update title 质量开放日→质量开放日（改）"),
                                   QStringLiteral("insert  null→null")}));
        // The restore kept its own times (updated_ms is put back after the children).
        Activity back;
        QVERIFY(repo.load(a.id, &back, &error));
        QCOMPARE(back.updated, stored.updated);
        QCOMPARE(back.assistingDepartmentIds, stored.assistingDepartmentIds);
        QCOMPARE(back.figures, stored.figures);
    }

    // SQLite gives the id of a deleted last activity to the next one; its history is its own.
    void reusedIdStartsAFreshHistory()
    {
        Fixture f = makeFile(QStringLiteral("reuse.campaign"));
        ActivityRepository repo(*f.db);
        Activity first = newActivity(f);
        QString error;
        QVERIFY(repo.insert(first, &error));
        QVERIFY(repo.remove({first.id}, &error));
        Activity second = newActivity(f);
        QVERIFY(repo.insert(second, &error));
        QCOMPARE(second.id, first.id);
        QCOMPARE(lines(*f.db, second.id, second.uuid), QStringList{QStringLiteral("insert  null→null")});
        QCOMPARE(lines(*f.db, first.id, first.uuid).size(), 2);
    }

    // Whatever writes the row records: plain SQL on the program's connection too.
    void rawSqlIsRecorded()
    {
        Fixture f = makeFile(QStringLiteral("raw.campaign"));
        Activity a = newActivity(f);
        QString error;
        QVERIFY(ActivityRepository(*f.db).insert(a, &error));
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE activity SET location = '广场' WHERE id = %1").arg(a.id)));
        QCOMPARE(lines(*f.db, a.id, a.uuid).first(), QStringLiteral("update location →广场"));
        const IntegrityReport r = IntegrityCheck::run(f.db->path());
        QVERIFY2(r.healthy, qPrintable(r.reason));
    }

    void stepNineHasItsStatements()
    {
        QString error;
        const QStringList statements = Migrations::statements(9, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The table, its index and eight triggers, each whole despite the semicolons in their bodies.
        QCOMPARE(statements.size(), 10);
        QCOMPARE(statements.filter(QRegularExpression(QStringLiteral("^CREATE TRIGGER"))).size(), 8);
        for (const QString& s : statements.filter(QStringLiteral("CREATE TRIGGER")))
            QVERIFY2(s.endsWith(QLatin1String("END")), qPrintable(s));
    }

    // A file of step 8 opens, is backed up as it was and upgraded; its history starts then.
    void migratesFromStepEight()
    {
        const QString file = m_dir.filePath(QStringLiteral("v8.campaign"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            QString error;
            QVERIFY2(Migrations::run(raw, 0, 8, &error), qPrintable(error));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO campaign (id, uuid, year, title) VALUES (1, 'c', 2026, '质量月')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO activity (id, uuid, campaign_id, title, created_ms, updated_ms) "
                               "VALUES (1, '11111111-2222-3333-4444-555555555555', 1, '旧活动', 1, 1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v8"));
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        int version = 0;
        QVERIFY(db->schemaVersion(&version, &error));
        QCOMPARE(version, 9);
        QVERIFY(QFile::exists(db->backupPath()));
        const IntegrityReport backup = IntegrityCheck::run(db->backupPath());
        QVERIFY2(backup.healthy, qPrintable(backup.reason));
        QCOMPARE(backup.schemaVersion, 8);
        const QUuid uuid(QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(lines(*db, 1, uuid), QStringList{});
        Activity a;
        QVERIFY2(ActivityRepository(*db).load(1, &a, &error), qPrintable(error));
        a.owner = QStringLiteral("张三");
        QVERIFY2(ActivityRepository(*db).update(a, &error), qPrintable(error));
        QCOMPARE(lines(*db, 1, uuid), QStringList{QStringLiteral("update owner →张三")});
        db.reset();
        const IntegrityReport upgraded = IntegrityCheck::run(file);
        QVERIFY2(upgraded.healthy, qPrintable(upgraded.reason));
        QCOMPARE(upgraded.schemaVersion, 9);
    }
};

QTEST_GUILESS_MAIN(TestActivityHistory)
#include "tst_activityhistory.moc"
