#include "ActivityRepository.h"
#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DepartmentRepository.h"
#include "IntegrityCheck.h"
#include "ProfileRepository.h"
#include "SnapshotLoader.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Every field written through the repositories comes back the same after the file is reopened.
class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> freshFile()
    {
        QString error;
        auto db = CampaignFile::createDefault(m_dir.filePath(QStringLiteral("f%1.campaign").arg(++m_files)),
                                              &error);
        if (!db)
            qFatal("%s", qPrintable(error));
        return db;
    }

    static std::unique_ptr<Database> reopen(std::unique_ptr<Database>& db)
    {
        const QString path = db->path();
        db.reset();
        QString error;
        auto again = Database::open(path, &error);
        if (!again)
            qFatal("%s", qPrintable(error));
        return again;
    }

private slots:
    void templateIsComplete()
    {
        auto db = freshFile();
        CampaignSnapshot s;
        QString error;
        QVERIFY2(SnapshotLoader::load(*db, 0, &s, &error), qPrintable(error));
        const CampaignContent& c = s.campaign;
        QCOMPARE(c.campaign.year, 2021);
        QCOMPARE(c.campaign.theme, QStringLiteral("深入实施质量提升行动 大力推进质量强国建设"));
        QCOMPARE(c.campaign.documentNumber, QStringLiteral("国市监质发〔2021〕51号"));
        QCOMPARE(c.campaign.start, QDate(2021, 9, 1));
        QCOMPARE(c.campaign.end, QDate(2021, 9, 30));
        QCOMPARE(c.pillars.size(), 5);
        QCOMPARE(c.pillars[0].title, QStringLiteral("开展质量主题宣传，倡导质量第一意识"));
        QVERIFY(c.pillars[1].fullText.contains(QStringLiteral("广泛开展质量改进")));
        QCOMPARE(c.organizers.size(), 20);
        QCOMPARE(c.organizers.first().name, QStringLiteral("市场监管总局"));
        QCOMPARE(c.organizers.last().name, QStringLiteral("供销合作总社"));
        QCOMPARE(c.slogans.size(), 15);
        QCOMPARE(c.slogans.last().text, QStringLiteral("人人创造质量 人人享受质量"));
        QCOMPARE(c.requirements.size(), 3);
        QCOMPARE(c.requirements[2].title, QStringLiteral("创新形式，务求实效"));
        QVERIFY(c.metrics.size() >= 10);
        QVERIFY(!s.departments.isEmpty());
    }

    void activityRoundTripsEveryField()
    {
        auto db = freshFile();
        CampaignSnapshot s;
        QString error;
        QVERIFY(SnapshotLoader::load(*db, 0, &s, &error));
        Activity a;
        a.campaignId = s.campaign.campaign.id;
        a.pillarId = s.campaign.pillars[2].id;
        a.title = QStringLiteral("首席质量官培训 “质量月” 😀 <b>&amp;</b> ' ; DROP TABLE activity; --");
        a.description = QStringLiteral("多行\n说明\t制表");
        a.location = QStringLiteral("县政务服务中心三楼");
        a.leadDepartmentId = s.departments[1].id;
        a.assistingDepartmentIds = {s.departments[0].id, s.departments[3].id};
        a.owner = QStringLiteral("欧阳娜娜");
        a.phone = QStringLiteral("0571-12315");
        a.start = QDate(2021, 9, 6);
        a.end = QDate(2021, 9, 8);
        a.deadline = QDate(2021, 9, 10);
        a.status = ActivityStatus::InProgress;
        a.progress = 40;
        a.notes = QStringLiteral("备注");
        MetricValue v;
        v.metricId = s.campaign.metrics[1].id;
        v.target = {150, true, true};
        v.actual = {162.5, false, true};
        MetricValue onlyTarget;
        onlyTarget.metricId = s.campaign.metrics[2].id;
        onlyTarget.target = {20000, true, true};
        a.figures = {v, onlyTarget};
        ActivityRepository repo(*db);
        QVERIFY2(repo.insert(a, &error), qPrintable(error));
        QVERIFY(a.id > 0);
        QVERIFY(!a.uuid.isNull());
        QVERIFY(a.created.isValid());

        auto again = reopen(db);
        QList<Activity> all;
        QVERIFY2(ActivityRepository(*again).loadAll(a.campaignId, &all, &error), qPrintable(error));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first(), a);
    }

    void updateAndRemove()
    {
        auto db = freshFile();
        QString error;
        QVERIFY2(DemoGenerator::populate(*db, 50, 7, &error), qPrintable(error));
        ActivityRepository repo(*db);
        QList<Activity> all;
        QVERIFY(repo.loadAll(0, &all, &error));
        QCOMPARE(all.size(), 50);
        Activity changed = all[3];
        changed.title = QStringLiteral("改过的标题");
        changed.assistingDepartmentIds.clear();
        changed.figures.clear();
        QVERIFY2(repo.update(changed, &error), qPrintable(error));
        QVERIFY(repo.remove({all[4].id, all[5].id}, &error));
        auto again = reopen(db);
        ActivityRepository reread(*again);
        QList<Activity> after;
        QVERIFY(reread.loadAll(0, &after, &error));
        QCOMPARE(after.size(), 48);
        QCOMPARE(after[3], changed);
        // Undo of a delete puts the same rows back.
        QVERIFY(reread.restore({all[4], all[5]}, &error));
        QVERIFY(reread.loadAll(0, &after, &error));
        QCOMPARE(after, all.mid(0, 3) + QList<Activity>{changed} + all.mid(4));
        // A reader that finds nothing says so.
        Activity missing;
        QVERIFY(!reread.load(all.last().id + 1000, &missing, &error));
        QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
    }

    void invalidRowIsRefusedWhole()
    {
        auto db = freshFile();
        QString error;
        CampaignSnapshot s;
        QVERIFY(SnapshotLoader::load(*db, 0, &s, &error));
        Activity good;
        good.campaignId = s.campaign.campaign.id;
        good.title = QStringLiteral("好的");
        Activity bad = good;
        bad.title = QStringLiteral("  ");
        QList<Activity> both{good, bad};
        ActivityRepository repo(*db);
        QVERIFY(!repo.insert(both, &error));
        QVERIFY(!error.isEmpty());
        qint64 count = -1;
        QVERIFY(repo.count(0, &count, &error));
        QCOMPARE(count, 0); // all or nothing
    }

    void demoIsDeterministic()
    {
        auto a = freshFile();
        auto b = freshFile();
        QString error;
        QVERIFY2(DemoGenerator::populate(*a, 300, 42, &error), qPrintable(error));
        QVERIFY2(DemoGenerator::populate(*b, 300, 42, &error), qPrintable(error));
        QList<Activity> x, y;
        QVERIFY(ActivityRepository(*a).loadAll(0, &x, &error) &&
                ActivityRepository(*b).loadAll(0, &y, &error));
        QCOMPARE(x.size(), 300);
        for (int i = 0; i < x.size(); ++i) {
            x[i].created = y[i].created; // written "now"
            x[i].updated = y[i].updated;
        }
        QCOMPARE(x, y);
        QSet<int> statuses;
        for (const Activity& act : std::as_const(x))
            statuses.insert(int(act.status));
        QCOMPARE(statuses.size(), 4);
        QVERIFY(IntegrityCheck::run(a->path()).healthy);
    }

    void departments()
    {
        auto db = freshFile();
        DepartmentRepository repo(*db);
        QString error;
        Department d;
        d.name = QStringLiteral("  城东市场监督管理所 ");
        QVERIFY2(repo.save(d, &error), qPrintable(error));
        QCOMPARE(d.name, QStringLiteral("城东市场监督管理所"));
        Department dup;
        dup.name = QStringLiteral("城东市场监督管理所");
        QVERIFY(!repo.save(dup, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        Department empty;
        QVERIFY(!repo.save(empty, &error));
        QVERIFY2(DemoGenerator::populate(*db, 200, 3, &error), qPrintable(error));
        QList<Department> list;
        QVERIFY(repo.list(&list, &error));
        QCOMPARE(list.last().name, d.name);
        const qint64 used = list.first().id;
        int usage = 0;
        QVERIFY(repo.usage(used, &usage, &error));
        QVERIFY(usage > 0);
        QVERIFY(repo.remove(used, &error));
        QList<Activity> all;
        QVERIFY(ActivityRepository(*db).loadAll(0, &all, &error));
        for (const Activity& a : std::as_const(all)) {
            QVERIFY(a.leadDepartmentId != used);
            QVERIFY(!a.assistingDepartmentIds.contains(used));
        }
        QVERIFY(IntegrityCheck::run(db->path()).healthy);
    }

    void profileAndSettings()
    {
        auto db = freshFile();
        ProfileRepository repo(*db);
        QString error;
        const UnitProfile p{QStringLiteral("某某县市场监督管理局"), QStringLiteral("浙江省某某市某某县"),
                            UnitProfile::Level::County};
        QVERIFY(repo.save(p, &error));
        QVERIFY(repo.setSetting(QStringLiteral("currentCampaign"), QStringLiteral("3"), &error));
        auto again = reopen(db);
        UnitProfile back;
        QVERIFY(ProfileRepository(*again).load(&back, &error));
        QCOMPARE(back, p);
        QString value, never = QStringLiteral("unchanged");
        QVERIFY(ProfileRepository(*again).setting(QStringLiteral("currentCampaign"), &value, &error));
        QCOMPARE(value, QStringLiteral("3"));
        QVERIFY(ProfileRepository(*again).setting(QStringLiteral("never set"), &never, &error));
        QCOMPARE(never, QStringLiteral("unchanged"));
    }

    // Large campaigns are read by several threads from both ends of the id range; what they hand back
    // must be what the file holds, row for row, also when two campaigns' ids interleave.
    void largeCampaignsReadInPiecesMatchTheFile()
    {
        auto db = freshFile();
        QString error;
        QVERIFY2(DemoGenerator::populate(*db, 24000, 3, &error), qPrintable(error));
        CampaignRepository campaigns(*db);
        QList<Campaign> list;
        QVERIFY(campaigns.list(&list, &error));
        const qint64 first = list.first().id;
        qint64 second = 0;
        QVERIFY2(campaigns.copyCampaign(first, 2022, true, &second, &error), qPrintable(error));
        ActivityRepository repo(*db);
        QList<Activity> late, all;
        QVERIFY(repo.loadAll(first, &late, &error));
        late = late.mid(0, 50); // the first campaign again, now with ids after the second one's
        for (Activity& a : late) {
            a.id = 0;
            a.uuid = {};
        }
        QVERIFY2(repo.insert(late, &error), qPrintable(error));
        QVERIFY2(repo.loadAll(0, &all, &error), qPrintable(error));

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT a.id, a.uuid, a.title, a.campaign_id, (SELECT count(*) FROM activity_assist s WHERE "
            "s.activity_id = a.id), (SELECT group_concat(department_id) FROM (SELECT department_id FROM "
            "activity_assist s WHERE s.activity_id = a.id ORDER BY department_id)), (SELECT count(*) FROM "
            "activity_figure f WHERE f.activity_id = a.id), (SELECT total(actual) FROM activity_figure f "
            "WHERE "
            "f.activity_id = a.id) FROM activity a ORDER BY a.id")));
        qsizetype row = 0, withFigures = 0, withAssisting = 0;
        QHash<qint64, int> perCampaign;
        while (q.next()) {
            QVERIFY(row < all.size());
            const Activity& a = all.at(row++);
            QCOMPARE(a.id, q.value(0).toLongLong());
            QCOMPARE(a.uuid, QUuid::fromString(q.value(1).toString()));
            QCOMPARE(a.title, q.value(2).toString());
            QCOMPARE(a.campaignId, q.value(3).toLongLong());
            QCOMPARE(a.assistingDepartmentIds.size(), q.value(4).toLongLong());
            QStringList assisting;
            for (qint64 id : a.assistingDepartmentIds)
                assisting << QString::number(id);
            QCOMPARE(assisting.join(QLatin1Char(',')), q.value(5).toString());
            QCOMPARE(a.figures.size(), q.value(6).toLongLong());
            double actual = 0;
            for (const MetricValue& v : a.figures)
                actual += v.actual.isSet ? v.actual.value : 0;
            QCOMPARE(actual, q.value(7).toDouble());
            withFigures += a.figures.isEmpty() ? 0 : 1;
            withAssisting += a.assistingDepartmentIds.isEmpty() ? 0 : 1;
            ++perCampaign[a.campaignId];
        }
        QCOMPARE(row, all.size());
        QVERIFY(withFigures > 1000 && withAssisting > 1000); // the demo fills both side tables
        QVERIFY(perCampaign.value(second) > 0);

        // Each campaign alone: exactly its rows of the whole, with the same contents.
        for (qint64 campaign : {first, second}) {
            QList<Activity> one;
            QVERIFY2(repo.loadAll(campaign, &one, &error), qPrintable(error));
            QCOMPARE(one.size(), perCampaign.value(campaign));
            QList<Activity> expected;
            std::copy_if(all.cbegin(), all.cend(), std::back_inserter(expected),
                         [&](const Activity& a) { return a.campaignId == campaign; });
            QCOMPARE(one, expected);
        }
    }

    void copyCampaignToNewYear()
    {
        auto db = freshFile();
        QString error;
        QVERIFY2(DemoGenerator::populate(*db, 100, 5, &error), qPrintable(error));
        CampaignRepository campaigns(*db);
        QList<Campaign> list;
        QVERIFY(campaigns.list(&list, &error));
        const qint64 source = list.first().id;
        qint64 copy = 0;
        QVERIFY2(campaigns.copyCampaign(source, 2022, true, &copy, &error), qPrintable(error));
        QVERIFY(copy > 0);
        CampaignContent c;
        QVERIFY(campaigns.load(copy, &c, &error));
        QCOMPARE(c.campaign.year, 2022);
        QCOMPARE(c.campaign.title, QStringLiteral("2022年全国“质量月”活动"));
        QCOMPARE(c.campaign.start, QDate(2022, 9, 1));
        QCOMPARE(c.pillars.size(), 5);
        QCOMPARE(c.organizers.size(), 20);
        QCOMPARE(c.slogans.size(), 15);
        QList<Activity> old, carried;
        QVERIFY(ActivityRepository(*db).loadAll(source, &old, &error));
        QVERIFY(ActivityRepository(*db).loadAll(copy, &carried, &error));
        const auto unfinished = std::count_if(old.cbegin(), old.cend(), [](const Activity& a) {
            return !ActivityStatuses::isClosed(a.status);
        });
        QCOMPARE(carried.size(), unfinished);
        QSet<qint64> newPillars;
        for (const Pillar& p : c.pillars)
            newPillars.insert(p.id);
        for (const Activity& a : carried) {
            QVERIFY(a.start.year() >= 2022);
            QCOMPARE(a.status, ActivityStatus::NotStarted);
            QVERIFY(a.pillarId == 0 || newPillars.contains(a.pillarId));
        }
        QVERIFY(campaigns.list(&list, &error));
        QCOMPARE(list.first().year, 2022); // newest first
        QVERIFY(IntegrityCheck::run(db->path()).healthy);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
