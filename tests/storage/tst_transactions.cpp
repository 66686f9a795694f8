#include "ActivityRepository.h"
#include "AttachmentRepository.h"
#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DepartmentRepository.h"
#include "LocalNoticeRepository.h"
#include "ProfileRepository.h"
#include "ReportSectionRepository.h"
#include "SubordinateRepository.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>

namespace {

sqlite3* rawHandle(const QSqlDatabase& db)
{
    return *static_cast<sqlite3* const*>(db.driver()->handle().constData());
}

// Every row of every table, so a test can prove a refused write changed nothing.
QByteArray fingerprint(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : std::as_const(names)) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        hash.addData(table.toUtf8());
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8().append('\x1f'));
    }
    return hash.result();
}

// Another connection holds the write lock while BEGIN waits; the busy handler gives up (as a busy
// timeout does) and lets the lock go at that moment, so every statement after a BEGIN that was not
// checked would run, and commit, on its own.
struct BusyOnce
{
    QString lockerName;
    int calls = 0;

    static int handler(void* self, int)
    {
        auto* me = static_cast<BusyOnce*>(self);
        ++me->calls;
        QSqlQuery(QSqlDatabase::database(me->lockerName, false)).exec(QStringLiteral("ROLLBACK"));
        return 0;
    }
};

} // namespace

// Writes that cannot begin their transaction change nothing: every repository write is all or
// nothing even when BEGIN fails because another program holds the file.
class TestTransactions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    using Write = std::function<bool(const Database&, QString*)>;

    std::unique_ptr<Database> freshFile()
    {
        QString error;
        auto db = CampaignFile::createDefault(m_dir.filePath(QStringLiteral("t%1.campaign").arg(++m_files)),
                                              &error);
        if (!db || !DemoGenerator::populate(*db, 3, 7, &error))
            qFatal("%s", qPrintable(error));
        return db;
    }

    static qint64 firstId(const Database& db, const QString& table)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT min(id) FROM %1").arg(table));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    // Rows the writes below change: a section, an attachment and a subordinate unit.
    static void addRows(const Database& db)
    {
        QString error;
        const qint64 campaign = firstId(db, QStringLiteral("campaign"));
        ReportSection section{0, campaign, 0, QStringLiteral("基本情况"), QStringLiteral("正文")};
        ReportSection second{0, campaign, 0, QStringLiteral("主要做法"), QStringLiteral("正文")};
        Attachment a;
        a.activityId = firstId(db, QStringLiteral("activity"));
        a.sha256 = QString(64, QLatin1Char('a'));
        a.fileName = QStringLiteral("照片.jpg");
        QList<Attachment> rows{a};
        Department unused;
        unused.name = QStringLiteral("待删科室");
        if (!DepartmentRepository(db).save(unused, &error) ||
            !ReportSectionRepository(db).save(section, &error) ||
            !ReportSectionRepository(db).save(second, &error) ||
            !AttachmentRepository(db).insert(rows, &error))
            qFatal("%s", qPrintable(error));
    }

    static SubordinateUnit unit()
    {
        SubordinateUnit u;
        u.uuid = QUuid::fromString(QStringLiteral("{6f1c7a52-8f7e-4c59-9d0e-5a1f3f1f9b11}"));
        u.name = QStringLiteral("城关所");
        u.packageCreated = QDateTime(QDate(2021, 10, 8), QTime(9, 0), Qt::UTC);
        return u;
    }

private slots:
    void busyBeginChangesNothing_data()
    {
        QTest::addColumn<Write>("write");
        auto add = [](const char* name, Write w) { QTest::newRow(name) << w; };
        add("section save new", [](const Database& db, QString* e) {
            ReportSection s{0, firstId(db, QStringLiteral("campaign")), 0, QStringLiteral("新的一节"), {}};
            return ReportSectionRepository(db).save(s, e);
        });
        add("section save", [](const Database& db, QString* e) {
            ReportSection s{firstId(db, QStringLiteral("report_section")), 0, 0, QStringLiteral("改名"), {}};
            return ReportSectionRepository(db).save(s, e);
        });
        add("section remove", [](const Database& db, QString* e) {
            return ReportSectionRepository(db).remove(firstId(db, QStringLiteral("report_section")), e);
        });
        add("section replaceAll", [](const Database& db, QString* e) {
            QList<ReportSection> list{{0, 0, 0, QStringLiteral("唯一"), {}}};
            return ReportSectionRepository(db).replaceAll(firstId(db, QStringLiteral("campaign")), list, e);
        });
        add("section setOrder", [](const Database& db, QString* e) {
            const qint64 first = firstId(db, QStringLiteral("report_section"));
            return ReportSectionRepository(db).setOrder({first + 1, first}, e);
        });
        add("profile save", [](const Database& db, QString* e) {
            UnitProfile p;
            p.name = QStringLiteral("某某县市场监督管理局");
            return ProfileRepository(db).save(p, e);
        });
        add("profile setSetting", [](const Database& db, QString* e) {
            return ProfileRepository(db).setSetting(QStringLiteral("k"), QStringLiteral("v"), e);
        });
        add("department save", [](const Database& db, QString* e) {
            Department d;
            d.name = QStringLiteral("新设科室");
            return DepartmentRepository(db).save(d, e);
        });
        add("department remove", [](const Database& db, QString* e) {
            qint64 id = 0;
            {
                QSqlQuery q(db.connection());
                q.exec(QStringLiteral("SELECT max(id) FROM department"));
                id = q.next() ? q.value(0).toLongLong() : 0;
            } // finished: a statement still reading would keep BEGIN from waiting at all
            return DepartmentRepository(db).remove(id, e);
        });
        add("department setOrder", [](const Database& db, QString* e) {
            QList<qint64> ids;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT id FROM department ORDER BY position DESC"));
            while (q.next())
                ids << q.value(0).toLongLong();
            return DepartmentRepository(db).setOrder(ids, e);
        });
        add("attachment caption", [](const Database& db, QString* e) {
            return AttachmentRepository(db).setCaption(firstId(db, QStringLiteral("attachment")),
                                                       QStringLiteral("新说明"), e);
        });
        add("attachment chosen", [](const Database& db, QString* e) {
            return AttachmentRepository(db).setChosen(firstId(db, QStringLiteral("attachment")), false, e);
        });
        add("attachment remove", [](const Database& db, QString* e) {
            return AttachmentRepository(db).remove(firstId(db, QStringLiteral("attachment")), e);
        });
        add("own unit uuid", [](const Database& db, QString* e) {
            QUuid uuid;
            return SubordinateRepository::ownUnitUuid(db, &uuid, e);
        });
        add("subordinate merge", [](const Database& db, QString* e) {
            SubordinateUnit u = unit();
            QList<SubordinateActivity> none;
            return SubordinateRepository(db).merge(u, none, e);
        });
        add("activity remove", [](const Database& db, QString* e) {
            return ActivityRepository(db).remove({firstId(db, QStringLiteral("activity"))}, e);
        });
        add("campaign pillar order", [](const Database& db, QString* e) {
            QList<qint64> ids;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT id FROM pillar ORDER BY position DESC"));
            while (q.next())
                ids << q.value(0).toLongLong();
            return CampaignRepository(db).setPillarOrder(ids, e);
        });
        add("local notices", [](const Database& db, QString* e) {
            LocalNotice n;
            n.title = QStringLiteral("关于开展质量月活动的通知");
            QList<LocalNotice> list{n};
            return LocalNoticeRepository(db).replaceAll(firstId(db, QStringLiteral("campaign")), list, e);
        });
    }

    void busyBeginChangesNothing()
    {
        QFETCH(Write, write);
        auto db = freshFile();
        addRows(*db);
        const QByteArray before = fingerprint(db->connection());

        const QString lockerName = QStringLiteral("locker-%1").arg(m_files);
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockerName);
            locker.setDatabaseName(db->path());
            QVERIFY(locker.open());
            QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        BusyOnce busy{lockerName};
        sqlite3* raw = rawHandle(db->connection());
        sqlite3_busy_handler(raw, &BusyOnce::handler, &busy);

        QString error;
        const bool ok = write(*db, &error);

        sqlite3_busy_timeout(raw, 2000);
        QSqlDatabase::database(lockerName, false).close();
        QSqlDatabase::removeDatabase(lockerName);

        QCOMPARE(busy.calls, 1);
        QVERIFY2(fingerprint(db->connection()) == before,
                 "a write whose transaction never began changed the file");
        QVERIFY2(!ok, "a write whose transaction could not begin reported success");
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
