#include "ActivityRepository.h"
#include "BulletinRepository.h"
#include "Database.h"
#include "IntegrityCheck.h"
#include "ReportSectionRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Schema step 8 (bulletins) on a file version 7 wrote, and the bulletin repository.
class TestBulletinStorage : public QObject
{
    Q_OBJECT

private slots:
    void migratesVersion7();
    void keepsReplacesAndForgetsBulletins();

private:
    QTemporaryDir m_dir;
};

void TestBulletinStorage::migratesVersion7()
{
    const QString file = m_dir.filePath(QStringLiteral("v7.campaign"));
    QVERIFY(QFile::copy(QFINDTESTDATA("../data/schema-v7.campaign"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    auto db = Database::open(file, &error);
    QVERIFY2(db, qPrintable(error));
    int version = 0;
    QVERIFY2(db->schemaVersion(&version, &error), qPrintable(error));
    // Through step 8 (the bulletins) to the latest step.
    QCOMPARE(version, Database::latestVersion);
    QVERIFY(Database::latestVersion >= 8);
    // Backup first: the old file as it was, still version 7.
    QVERIFY(QFile::exists(db->backupPath()));
    QVERIFY(db->backupPath().contains(QStringLiteral(".v7-backup-")));
    const IntegrityReport backup = IntegrityCheck::run(db->backupPath());
    QVERIFY2(backup.healthy, qPrintable(backup.reason));
    QCOMPARE(backup.schemaVersion, 7);
    // What was there stays; the new table starts empty, so every activity shows its draft.
    Activity a;
    QVERIFY2(ActivityRepository(*db).load(1, &a, &error), qPrintable(error));
    QCOMPARE(a.title, QStringLiteral("质量开放日"));
    QCOMPARE(a.status, ActivityStatus::Done);
    QList<ReportSection> sections;
    QVERIFY2(ReportSectionRepository(*db).list(1, &sections, &error), qPrintable(error));
    QCOMPARE(sections.value(0).body, QStringLiteral("县局高度重视。"));
    BulletinRepository bulletins(*db);
    QString text = QStringLiteral("not read");
    QVERIFY2(bulletins.text(1, &text, &error), qPrintable(error));
    QVERIFY(text.isNull());
    QVERIFY2(bulletins.write(1, QStringLiteral("标题\n正文。"), &error), qPrintable(error));
    QVERIFY2(bulletins.text(1, &text, &error), qPrintable(error));
    QCOMPARE(text, QStringLiteral("标题\n正文。"));
    db.reset();
    const IntegrityReport after = IntegrityCheck::run(file);
    QVERIFY2(after.healthy, qPrintable(after.reason));
    QCOMPARE(after.schemaVersion, Database::latestVersion);
}

void TestBulletinStorage::keepsReplacesAndForgetsBulletins()
{
    QString error;
    auto db = Database::create(m_dir.filePath(QStringLiteral("new.campaign")), &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO campaign (id, uuid, year, title) VALUES (1, 'c-1', 2021, 't')")));
    QList<Activity> list(3);
    for (int i = 0; i < 3; ++i) {
        list[i].campaignId = 1;
        list[i].title = QStringLiteral("活动%1").arg(i);
    }
    ActivityRepository activities(*db);
    QVERIFY2(activities.insert(list, &error), qPrintable(error));
    BulletinRepository repo(*db);
    QVERIFY2(repo.write(list[0].id, QStringLiteral("一"), &error), qPrintable(error));
    QVERIFY2(repo.write(list[1].id, QStringLiteral("二"), &error), qPrintable(error));
    QVERIFY2(repo.write(list[1].id, QStringLiteral("二，改过"), &error), qPrintable(error));
    QHash<qint64, QString> texts;
    QVERIFY2(repo.texts({list[0].id, list[1].id, list[2].id}, &texts, &error), qPrintable(error));
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts.value(list[1].id), QStringLiteral("二，改过"));
    // A blank text forgets the bulletin: the activity shows its draft again.
    QVERIFY2(repo.write(list[0].id, QStringLiteral("  \n"), &error), qPrintable(error));
    QString text = QStringLiteral("not read");
    QVERIFY2(repo.text(list[0].id, &text, &error), qPrintable(error));
    QVERIFY(text.isNull());
    // Deleting the activity takes its bulletin along; restore puts it back (undo of a delete).
    QList<Bulletin> kept;
    QVERIFY2(repo.forActivities({list[1].id}, &kept, &error), qPrintable(error));
    QCOMPARE(kept, (QList<Bulletin>{{list[1].id, QStringLiteral("二，改过")}}));
    QVERIFY2(activities.remove({list[1].id}, &error), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bulletin")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY2(activities.restore({list[1]}, &error, [&](QString* e) { return repo.restore(kept, e); }),
             qPrintable(error));
    QVERIFY2(repo.text(list[1].id, &text, &error), qPrintable(error));
    QCOMPARE(text, QStringLiteral("二，改过"));
}

QTEST_GUILESS_MAIN(TestBulletinStorage)
#include "tst_bulletinstorage.moc"
