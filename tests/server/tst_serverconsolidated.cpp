#include "ActivityStatus.h"
#include "ConsolidatedModel.h"
#include "ConsolidatedSource.h"
#include "LiveConsolidation.h"
#include "PackageImport.h"
#include "PackageSource.h"
#include "PackageWriter.h"
#include "ServerConsolidated.h"
#include "ServerTestDb.h"
#include "UnitActivityModel.h"
#include "evidence/EvidenceFiles.h"
#include "server/ServerChangeFeed.h"
#include "server/ServerConsolidationRows.h"
#include "server/ServerPush.h"
#include "storage/CampaignFile.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/ProfileRepository.h"
#include "storage/SnapshotLoader.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// The consolidated view and report (汇总) read live from a real PostgreSQL server (the pg_cluster
// fixture): a province sees every unit below it, computed exactly as the units' own report packages
// compute them, with the packages of units that stay offline; a prefecture sees only its counties; a
// county only itself. The live model follows another user's edit of a county without losing the unit
// shown or the selection.
class TestServerConsolidated : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_cons"};
    QTemporaryDir m_dir;
    const QDate m_today{2021, 9, 20};
    QHash<QString, QString> m_role; // unit → its user
    QHash<QString, int> m_unit;     // unit → its id on the server
    ConsolidatedInput m_expected;   // the province's file with every unit's package imported

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A unit's file of the 2021 campaign: generated activities, the unit's name as its profile, and
    // (`evidence`) two files attached to its first activity.
    std::unique_ptr<Database> makeFile(const QString& unit, int activities, quint32 seed,
                                       bool evidence = false)
    {
        QString error;
        std::unique_ptr<Database> db =
            CampaignFile::createForYear(path(unit + QStringLiteral(".campaign")), 2021, &error);
        if (!db || !DemoGenerator::populate(*db, activities, seed, &error))
            qFatal("%s", qPrintable(error));
        UnitProfile profile;
        profile.name = unit;
        profile.region = unit.left(2);
        if (!ProfileRepository(*db).save(profile, &error))
            qFatal("%s", qPrintable(error));
        if (evidence) {
            QStringList files;
            for (const char* name : {"现场.jpg", "方案.pdf"}) {
                const QString p = path(unit + QString::fromUtf8(name));
                QFile f(p);
                if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(200 + seed, char(seed))) < 0)
                    qFatal("cannot write %s", qPrintable(p));
                files << p;
            }
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT id FROM activity ORDER BY id LIMIT 1"));
            q.next();
            QList<Attachment> rows;
            if (!EvidenceFiles::attach(*db, q.value(0).toLongLong(), files, QStringLiteral("测试"), &rows,
                                       &error))
                qFatal("%s", qPrintable(error));
        }
        return db;
    }

    QString package(const Database& db, const QString& unit)
    {
        QString error;
        PackageInput input;
        const QString out = path(unit + QStringLiteral(".zip"));
        if (!PackageSource::loadYear(db, 2021, m_today, &input, &error) ||
            !PackageWriter::write(input, out, &error))
            qFatal("%s", qPrintable(error));
        return out;
    }

    static void import(const Database& db, const QString& package)
    {
        QString error;
        PackageImport::Result result;
        if (!PackageImport::run(db, package, &result, &error))
            qFatal("%s", qPrintable(error));
    }

    void push(const Database& file, const QString& unit)
    {
        const QString connection = QStringLiteral("push-") + m_role.value(unit);
        {
            QSqlDatabase server = m_db.as(m_role.value(unit), connection);
            QString error;
            PushSummary summary;
            if (!ServerPush::push(file, server, m_unit.value(unit), &summary, &error))
                qFatal("push %s: %s", qPrintable(unit), qPrintable(error));
        }
        ServerConnection::close(connection);
    }

    // A unit's activity lines, one text each, to compare and to show when they differ.
    static QStringList lines(const ConsolidatedUnit& u)
    {
        QStringList out;
        for (const ConsolidatedActivity& a : u.activities)
            out << QStringLiteral("%1|%2|%3|%4|%5")
                       .arg(a.title, a.pillar, a.leadDepartment)
                       .arg(a.status)
                       .arg(a.evidence);
        return out;
    }

    static QStringList names(const ConsolidatedInput& in)
    {
        QStringList out;
        for (const ConsolidatedUnit& u : in.subordinates)
            out << u.name;
        return out;
    }

    static const ConsolidatedUnit* find(const ConsolidatedInput& in, const QString& name)
    {
        for (const ConsolidatedUnit& u : in.subordinates)
            if (u.name == name)
                return &u;
        return nullptr;
    }

    bool load(const QString& unit, ConsolidatedInput* in, QStringList* withoutData, QString* error)
    {
        const QString connection = QStringLiteral("load-") + m_role.value(unit);
        bool ok = false;
        {
            QSqlDatabase server = m_db.as(m_role.value(unit), connection);
            ok = ServerConsolidated::load(server, 0, m_today, in, withoutData, error);
        }
        ServerConnection::close(connection);
        return ok;
    }

    int row(const ConsolidatedModel& model, const QString& name) const
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, ConsolidatedModel::Unit).data().toString() == name)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县"), QStringLiteral("井陉县"), QStringLiteral("赞皇县")},
                               &error),
                 qPrintable(error));
        QVERIFY2(ServerAdmin::addUnit(m_db.admin(), QStringLiteral("唐山市"), QStringLiteral("prefecture"),
                                      QStringLiteral("河北省"), &error) &&
                     ServerAdmin::addUnit(m_db.admin(), QStringLiteral("迁西县"), QStringLiteral("county"),
                                          QStringLiteral("唐山市"), &error),
                 qPrintable(error));
        const QList<std::pair<const char*, const char*>> users = {
            {"河北省", "sheng"}, {"石家庄市", "sjz"}, {"唐山市", "ts"}, {"正定县", "zd"},
            {"井陉县", "jx"},    {"赞皇县", "zh"},    {"迁西县", "qx"}};
        for (const auto& [unit, base] : users) {
            const QString name = QString::fromUtf8(unit);
            const QString role = m_db.role(base);
            QVERIFY2(ServerAdmin::addUser(m_db.admin(), role, name, ServerTestDb::password(role), &error),
                     qPrintable(error));
            m_role.insert(name, role);
            m_unit.insert(
                name,
                m_db.adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '%1'").arg(name)).toInt());
        }

        // Counties and a prefecture on the server; 赞皇县 stays offline and sends a package; 井陉县 is on
        // the server and sent a package too (the server's rows win).
        std::unique_ptr<Database> zd = makeFile(QStringLiteral("正定县"), 60, 1, true);
        std::unique_ptr<Database> jx = makeFile(QStringLiteral("井陉县"), 40, 2);
        std::unique_ptr<Database> zh = makeFile(QStringLiteral("赞皇县"), 30, 3);
        std::unique_ptr<Database> qx = makeFile(QStringLiteral("迁西县"), 35, 4, true);
        std::unique_ptr<Database> sjz = makeFile(QStringLiteral("石家庄市"), 20, 5);
        std::unique_ptr<Database> sheng = makeFile(QStringLiteral("河北省"), 15, 6);
        import(*sheng, package(*jx, QStringLiteral("井陉县")));
        import(*sheng, package(*zh, QStringLiteral("赞皇县")));
        push(*zd, QStringLiteral("正定县"));
        push(*jx, QStringLiteral("井陉县"));
        push(*qx, QStringLiteral("迁西县"));
        push(*sjz, QStringLiteral("石家庄市"));
        push(*sheng, QStringLiteral("河北省"));

        // What the file-based consolidation computes from every unit's package.
        import(*sheng, package(*zd, QStringLiteral("正定县")));
        import(*sheng, package(*qx, QStringLiteral("迁西县")));
        import(*sheng, package(*sjz, QStringLiteral("石家庄市")));
        CampaignSnapshot snapshot;
        QVERIFY2(SnapshotLoader::load(*sheng, 2021, &snapshot, &error), qPrintable(error));
        QVERIFY2(ConsolidatedSource::load(*sheng, snapshot, m_today, &m_expected, &error), qPrintable(error));
        QCOMPARE(m_expected.subordinates.size(), 5);
    }

    void provinceReadsEveryUnitAsItsPackageWouldSay()
    {
        ConsolidatedInput in;
        QStringList withoutData;
        QString error;
        QVERIFY2(load(QStringLiteral("河北省"), &in, &withoutData, &error), qPrintable(error));
        QCOMPARE(in.year, 2021);
        QCOMPARE(in.campaignTitle, m_expected.campaignTitle);
        QCOMPARE(in.own.name, QStringLiteral("河北省"));
        QCOMPARE(in.own.source, ConsolidatedUnit::Source::Server);
        QCOMPARE(in.own.figures, m_expected.own.figures);
        QCOMPARE(lines(in.own), lines(m_expected.own));
        QCOMPARE(names(in), names(m_expected));
        for (const ConsolidatedUnit& want : std::as_const(m_expected.subordinates)) {
            const ConsolidatedUnit* got = find(in, want.name);
            QVERIFY2(got, qPrintable(want.name));
            QCOMPARE(got->figures, want.figures);
            QCOMPARE(lines(*got), lines(want));
            // 赞皇县 has no data on the server: its package; everyone else live.
            QCOMPARE(got->source, want.name == QStringLiteral("赞皇县") ? ConsolidatedUnit::Source::Package
                                                                        : ConsolidatedUnit::Source::Server);
        }
        QVERIFY(find(in, QStringLiteral("正定县"))->activities.first().evidence == 2);
        QCOMPARE(withoutData, QStringList{QStringLiteral("唐山市")});
    }

    void prefectureSeesOnlyItsCounties()
    {
        ConsolidatedInput in;
        QStringList withoutData;
        QString error;
        QVERIFY2(load(QStringLiteral("石家庄市"), &in, &withoutData, &error), qPrintable(error));
        QCOMPARE(in.own.name, QStringLiteral("石家庄市"));
        QCOMPARE(names(in), (QStringList{QStringLiteral("井陉县"), QStringLiteral("正定县")}));
        for (const ConsolidatedUnit& u : std::as_const(in.subordinates)) {
            QCOMPARE(u.source, ConsolidatedUnit::Source::Server);
            QCOMPARE(u.figures, find(m_expected, u.name)->figures);
        }
        QCOMPARE(withoutData, QStringList{QStringLiteral("赞皇县")}); // the province's package is not its own
    }

    void countyGetsOnlyItself()
    {
        ConsolidatedInput in;
        QStringList withoutData;
        QString error;
        QVERIFY2(load(QStringLiteral("正定县"), &in, &withoutData, &error), qPrintable(error));
        QCOMPARE(in.own.name, QStringLiteral("正定县"));
        QCOMPARE(in.own.figures, find(m_expected, QStringLiteral("正定县"))->figures);
        QVERIFY(in.subordinates.isEmpty());
        QVERIFY(withoutData.isEmpty());
        // Asking for a neighbour by its number is refused, in words.
        const QString connection = QStringLiteral("zd-asks");
        {
            QSqlDatabase server = m_db.as(m_role.value(QStringLiteral("正定县")), connection);
            ServerConsolidationRows::Rows rows;
            QVERIFY(!ServerConsolidationRows::read(
                server, {2021, {m_unit.value(QStringLiteral("井陉县"))}, false}, &rows, &error));
            QVERIFY2(error.contains(QStringLiteral("may not read")), qPrintable(error));
        }
        ServerConnection::close(connection);
    }

    // Another user edits a county's activity: the province's view re-reads that county, in place.
    void liveViewFollowsAnotherUsersEdit()
    {
        const QString sheng = m_role.value(QStringLiteral("河北省"));
        ServerChangeFeed::setHeartbeatInterval(200); // a dropped connection is noticed at once
        LiveConsolidation live(m_db.address(sheng), ServerTestDb::password(sheng), 0, m_today);
        QSignalSpy loaded(&live, &LiveConsolidation::loaded);
        QSignalSpy refreshed(&live, &LiveConsolidation::unitRefreshed);
        QString error;
        QVERIFY2(live.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(live.isLoaded(), 20000);
        ConsolidatedModel* units = live.units();
        const int zdRow = row(*units, QStringLiteral("正定县"));
        QVERIFY(zdRow > 0);
        QCOMPARE(units->index(zdRow, ConsolidatedModel::Received).data().toString(),
                 ConsolidatedModel::tr("Server (live)"));
        QCOMPARE(units->index(row(*units, QStringLiteral("赞皇县")), 0)
                     .data(ConsolidatedModel::SourceRole)
                     .toInt(),
                 int(ConsolidatedUnit::Source::Package));
        const QString key = units->index(zdRow, 0).data(ConsolidatedModel::UnitKeyRole).toString();
        QCOMPARE(key, QStringLiteral("server:%1").arg(m_unit.value(QStringLiteral("正定县"))));
        QItemSelectionModel selection(units);
        selection.setCurrentIndex(units->index(zdRow, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        live.showUnit(key);
        QCOMPARE(lines(*find(live.input(), QStringLiteral("正定县"))).size(), live.activities()->rowCount());
        const int doneBefore = units->index(zdRow, ConsolidatedModel::Done).data().toInt();
        QSignalSpy resets(units, &QAbstractItemModel::modelReset);
        QSignalSpy activityResets(live.activities(), &QAbstractItemModel::modelReset);

        // The county's own user finishes its first unfinished activity.
        const QString zd = m_role.value(QStringLiteral("正定县"));
        QString uuid;
        int line = -1;
        {
            QSqlDatabase county = m_db.as(zd, QStringLiteral("zd-edit"));
            QSqlQuery q(county);
            QVERIFY(
                q.exec(QStringLiteral("SELECT uuid, (SELECT count(*) FROM activity b WHERE b.id < a.id AND "
                                      "b.campaign_id = a.campaign_id) FROM activity a WHERE status IN (0, 1) "
                                      "ORDER BY id LIMIT 1")));
            QVERIFY(q.next());
            uuid = q.value(0).toString();
            line = q.value(1).toInt();
            QVERIFY(q.exec(QStringLiteral("UPDATE activity SET status = 2, progress = 100 WHERE uuid = '%1'")
                               .arg(uuid)));
        }
        ServerConnection::close(QStringLiteral("zd-edit"));
        QTRY_COMPARE_WITH_TIMEOUT(units->index(zdRow, ConsolidatedModel::Done).data().toInt(), doneBefore + 1,
                                  10000);
        QCOMPARE(refreshed.last().at(0).toInt(), m_unit.value(QStringLiteral("正定县")));
        QCOMPARE(live.activities()->index(line, UnitActivityModel::Status).data().toString(),
                 ActivityStatuses::displayName(ActivityStatus::Done));
        // In place: no reset of either table, the same row selected, the same unit shown.
        QCOMPARE(resets.size(), 0);
        QCOMPARE(activityResets.size(), 0);
        QCOMPARE(selection.currentIndex().row(), zdRow);
        QCOMPARE(live.shownUnit(), key);
        QCOMPARE(units->index(units->rowCount() - 1, ConsolidatedModel::Done).data().toInt(),
                 units->rollUp().done);

        // 赞皇县 starts using the server: its package gives way to its live rows.
        std::unique_ptr<Database> zh = Database::open(path(QStringLiteral("赞皇县.campaign")), &error);
        QVERIFY2(zh, qPrintable(error));
        push(*zh, QStringLiteral("赞皇县"));
        QTRY_COMPARE_WITH_TIMEOUT(units->index(row(*units, QStringLiteral("赞皇县")), 0)
                                      .data(ConsolidatedModel::SourceRole)
                                      .toInt(),
                                  int(ConsolidatedUnit::Source::Server), 10000);
        QCOMPARE(find(live.input(), QStringLiteral("赞皇县"))->figures,
                 find(m_expected, QStringLiteral("赞皇县"))->figures);
        QVERIFY(live.unitsWithoutData() == QStringList{QStringLiteral("唐山市")});
        QCOMPARE(live.shownUnit(), key);

        // The server drops the province's connections; 正定县 finishes another activity meanwhile,
        // unheard. Once the feed is back every unit is read again, and the view shows it in place.
        const QString who = QStringLiteral(" FROM pg_stat_activity WHERE usename = '%1'").arg(sheng);
        m_db.adminValue(QStringLiteral("SELECT count(pg_terminate_backend(pid))") + who);
        for (int i = 0;
             i < 100 && m_db.adminValue(QStringLiteral("SELECT count(*)") + who) != QLatin1String("0"); ++i)
            QThread::msleep(50);
        QCOMPARE(m_db.adminValue(QStringLiteral("SELECT count(*)") + who), QStringLiteral("0"));
        const int doneNow = units->index(zdRow, ConsolidatedModel::Done).data().toInt();
        {
            QSqlDatabase county = m_db.as(zd, QStringLiteral("zd-edit"));
            QSqlQuery q(county);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE activity SET status = 2, progress = 100 WHERE id = (SELECT id "
                                      "FROM activity WHERE status IN (0, 1) ORDER BY id LIMIT 1)")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        ServerConnection::close(QStringLiteral("zd-edit"));
        QTRY_COMPARE_WITH_TIMEOUT(units->index(zdRow, ConsolidatedModel::Done).data().toInt(), doneNow + 1,
                                  20000);
        QCOMPARE(live.shownUnit(), key);
        QCOMPARE(loaded.size(), 1);
    }

    void cleanupTestCase() { m_db.close(); }
};

QTEST_MAIN(TestServerConsolidated) // the packages print PDFs: fonts need a GUI application
#include "tst_serverconsolidated.moc"
