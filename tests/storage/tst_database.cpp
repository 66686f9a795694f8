#include "ActivityRepository.h"
#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "IntegrityCheck.h"
#include "MediaFolder.h"
#include "Migrations.h"
#include "TestFiles.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

// Opening, creating, migrating and refusing campaign files.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A valid, closed campaign file made from the template.
    QString makeFile(const QString& name)
    {
        QString error;
        auto db = CampaignFile::createDefault(path(name), &error);
        if (!db)
            qFatal("cannot create test file: %s", qPrintable(error));
        return path(name);
    }

    void expectRefused(const QString& file, const QString& fragment)
    {
        const QByteArray before = TestFiles::digest(file);
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(fragment, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(TestFiles::digest(file), before);
    }

private slots:
    void createsFromTemplate()
    {
        const QString file = makeFile(QStringLiteral("new.campaign"));
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        int version = 0;
        QVERIFY(db->schemaVersion(&version, &error));
        QCOMPARE(version, Database::latestVersion);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(!QFile::exists(file + QStringLiteral(".creating")));
    }

    void createRefusesExistingFile()
    {
        const QString file = makeFile(QStringLiteral("exists.campaign"));
        const QByteArray before = TestFiles::digest(file);
        QString error;
        QVERIFY(!CampaignFile::createDefault(file, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(TestFiles::digest(file), before);
    }

    void migratesOldestVersion()
    {
        const QString file = path(QStringLiteral("v1.campaign"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/schema-v1.campaign"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = TestFiles::digest(file);
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        int version = 0;
        QVERIFY(db->schemaVersion(&version, &error));
        QCOMPARE(version, Database::latestVersion);
        // The backup is the old file, consistent and still at version 1.
        QVERIFY(QFile::exists(db->backupPath()));
        const IntegrityReport backup = IntegrityCheck::run(db->backupPath());
        QVERIFY2(backup.healthy, qPrintable(backup.reason));
        QCOMPARE(backup.schemaVersion, 1);
        Q_UNUSED(original);
        // Old rows survive with every field.
        QList<Activity> all;
        QVERIFY2(ActivityRepository(*db).loadAll(0, &all, &error), qPrintable(error));
        QCOMPARE(all.size(), 1);
        const Activity& a = all.first();
        QCOMPARE(a.title, QStringLiteral("制作、群发“质量月”公益宣传手机短信10000条"));
        QCOMPARE(a.status, ActivityStatus::Done);
        QCOMPARE(a.assistingDepartmentIds, QList<qint64>{1});
        QCOMPARE(a.figures.size(), 1);
        QCOMPARE(a.figures.first().target.value, 20000.0);
        QVERIFY(a.figures.first().actual.approximate);
        // Version 2 tables exist and work.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM unit_profile")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // The pre-upgrade backup is a whole campaign: its media folder holds the same content (hard links).
    void migrationBackupKeepsMedia()
    {
        const QString file = path(QStringLiteral("v1-media.campaign"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/schema-v1.campaign"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray content("evidence kept across the upgrade");
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString stored = MediaFolder::rootFor(file) + QLatin1Char('/') + MediaFolder::relativePath(sha);
        QVERIFY(QDir().mkpath(QFileInfo(stored).absolutePath()));
        QFile f(stored);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(MediaFolder::contents(MediaFolder::rootFor(db->backupPath())), QStringList{sha});
        QCOMPARE(MediaFolder::contents(MediaFolder::rootFor(file)), QStringList{sha});
    }

    // A step that fails late in the chain (here step 6: its table already exists) leaves the file at
    // its old version with none of the earlier steps applied, as the message says.
    void failedMigrationLeavesFileAsItWas()
    {
        const QString file = path(QStringLiteral("v1-failing.campaign"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/schema-v1.campaign"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prepare"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE local_notice (x)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("prepare"));
        QString error;
        QVERIFY(!Database::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("local_notice")), qPrintable(error));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'unit_profile'")) &&
                q.next());
            QCOMPARE(q.value(0).toInt(), 0); // step 2 was rolled back with the rest
        }
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    // A commit that fails (here: the disk is full, by a file size limit on this process) reports the
    // driver's reason and leaves the old version.
    void failedMigrationCommitSaysWhy()
    {
        const QString file = path(QStringLiteral("v1-full.campaign"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/schema-v1.campaign"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("full"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM activity")));
        }
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 4096; // the WAL cannot grow past its first page
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool ok = Migrations::run(raw, 1, Database::latestVersion, &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("full"), Qt::CaseInsensitive) ||
                     error.contains(QStringLiteral("I/O"), Qt::CaseInsensitive),
                 qPrintable(error));
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase(QStringLiteral("full"));
    }

    // A Transaction inside another is a savepoint: its rollback undoes only its own part, and nothing
    // lands until the outer one commits.
    void nestedTransactionIsASavepoint()
    {
        QString error;
        auto db = CampaignFile::createDefault(path(QStringLiteral("nested.campaign")), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("CREATE TABLE scratch (name TEXT)")));
        auto count = [&] {
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT count(*) FROM scratch"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        const int before = count();
        auto insert = [&](const QString& name) {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("INSERT INTO scratch (name) VALUES (?)"));
            q.addBindValue(name);
            return q.exec();
        };
        const QSqlDatabase c = db->connection();
        QVERIFY(!Transaction::run(c, &error, [&] {
            if (!insert(QStringLiteral("外层科室")))
                return false;
            QString innerError;
            if (Transaction::run(c, &innerError, [&] { return insert(QStringLiteral("内层科室")) && false; }))
                return false; // the inner one failed: rolled back to its savepoint
            if (!Transaction::run(c, &innerError, [&] { return insert(QStringLiteral("保留科室")); }))
                return false;
            if (count() != before + 2)
                return false;
            error = QStringLiteral("outer gives up");
            return false; // the outer one never commits
        }));
        QCOMPARE(error, QStringLiteral("outer gives up"));
        QCOMPARE(count(), before);
        QVERIFY2(Transaction::run(c, &error,
                                  [&] {
                                      return insert(QStringLiteral("外层科室")) &&
                                             Transaction::run(c, &error, [&] {
                                                 return insert(QStringLiteral("内层科室"));
                                             });
                                  }),
                 qPrintable(error));
        QCOMPARE(count(), before + 2);
    }

    // A commit that fails reports the driver's reason, and rolls back what the body wrote.
    void failedCommitSaysWhy()
    {
        QString error;
        auto db = CampaignFile::createDefault(path(QStringLiteral("deferred.campaign")), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE child (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")));
        const bool ok = Transaction::run(db->connection(), &error, [&] {
            return QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO child VALUES (42)"));
        });
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM child")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusesNewerVersion()
    {
        const QString file = makeFile(QStringLiteral("newer.campaign"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion + 1));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        expectRefused(file, QStringLiteral("newer version"));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a campaign file");
        QTest::newRow("text") << QByteArray("序号,活动内容\n1,宣传\n")
                              << QStringLiteral("not a campaign file");
        QTest::newRow("binary noise") << QByteArray(4096, '\x7f') << QStringLiteral("not a campaign file");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const QString file =
            path(QStringLiteral("bad-%1.campaign").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(TestFiles::write(file, bytes));
        expectRefused(file, fragment);
    }

    void refusesOtherSqliteFile()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t (x)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRefused(file, QStringLiteral("not a campaign file"));
    }

    void refusesTruncatedFile()
    {
        const QString file = makeFile(QStringLiteral("truncated.campaign"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2 + 100));
        f.close();
        expectRefused(file, QStringLiteral("truncated"));
        QVERIFY(!IntegrityCheck::run(file).healthy);
    }

    void refusesCorruptPages()
    {
        const QString file = makeFile(QStringLiteral("corrupt.campaign"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096));
        f.write(QByteArray(8192, '\xA5'));
        f.close();
        const IntegrityReport r = IntegrityCheck::run(file);
        QVERIFY(!r.healthy);
        QVERIFY(!r.reason.isEmpty());
    }

    void refusesReadOnlyFile()
    {
        const QString file = makeFile(QStringLiteral("readonly.campaign"));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup);
        expectRefused(file, QStringLiteral("read-only"));
    }

    void refusesLockedFile()
    {
        const QString file = makeFile(QStringLiteral("locked.campaign"));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        lock.exec(QStringLiteral("ROLLBACK"));
        lock.finish();
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(Database::open(file, &error));
    }

    void saveCopyAsMakesConsistentCopy()
    {
        const QString file = makeFile(QStringLiteral("source.campaign"));
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY(db);
        const QString copy = path(QStringLiteral("copy.campaign"));
        QVERIFY(TestFiles::write(copy, "old content"));
        QVERIFY2(db->saveCopyAs(copy, &error), qPrintable(error));
        const IntegrityReport r = IntegrityCheck::run(copy);
        QVERIFY2(r.healthy, qPrintable(r.reason));
        QCOMPARE(r.schemaVersion, Database::latestVersion);
        QVERIFY(!db->saveCopyAs(file, &error)); // never over itself
    }

    void checkReportsHealthyFile()
    {
        const IntegrityReport r = IntegrityCheck::run(makeFile(QStringLiteral("healthy.campaign")));
        QVERIFY2(r.healthy, qPrintable(r.reason));
        QCOMPARE(r.schemaVersion, Database::latestVersion);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
