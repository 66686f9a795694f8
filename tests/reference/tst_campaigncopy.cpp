#include "ActivityRepository.h"
#include "CampaignCopy.h"
#include "ReferenceFixture.h"

// "New campaign from…": a 2021 campaign copied into 2022 brings its lists along and, when asked,
// only its unfinished activities, with dates one year later.
class TestCampaignCopy : public QObject
{
    Q_OBJECT

    static Activity activity(qint64 campaignId, const QString& title, ActivityStatus status, QDate start)
    {
        Activity a;
        a.campaignId = campaignId;
        a.title = title;
        a.status = status;
        a.progress = status == ActivityStatus::Done ? 100 : 30;
        a.start = start;
        a.end = start.addDays(2);
        a.deadline = start.addDays(5);
        return a;
    }

    void addActivities(ReferenceFixture& f, const CampaignContent& source)
    {
        QList<Activity> rows{
            activity(source.campaign.id, QStringLiteral("质量开放日"), ActivityStatus::NotStarted,
                     QDate(2021, 9, 3)),
            activity(source.campaign.id, QStringLiteral("计量检定"), ActivityStatus::InProgress,
                     QDate(2021, 9, 10)),
            activity(source.campaign.id, QStringLiteral("质量讲座"), ActivityStatus::Done,
                     QDate(2021, 9, 12)),
            activity(source.campaign.id, QStringLiteral("宣传周"), ActivityStatus::Cancelled,
                     QDate(2021, 9, 20)),
        };
        rows[1].pillarId = source.pillars[2].id;
        rows[1].figures = {{source.metrics[0].id, {5, false, true}, {3, false, true}}};
        QString error;
        QVERIFY2(ActivityRepository(*f.db).insert(rows, &error), qPrintable(error));
    }

private slots:
    void copiesListsAndUnfinishedActivities_data()
    {
        QTest::addColumn<bool>("withUnfinished");
        QTest::newRow("lists only") << false;
        QTest::newRow("with unfinished activities") << true;
    }

    void copiesListsAndUnfinishedActivities()
    {
        QFETCH(bool, withUnfinished);
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        QString error;
        CampaignContent source;
        QVERIFY(repo.load(f.firstCampaignId(), &source, &error));
        QCOMPARE(source.campaign.year, 2021);
        addActivities(f, source);

        const qint64 id = CampaignCopy::run(repo, source.campaign.id, 2022, withUnfinished, &error);
        QVERIFY2(id != 0, qPrintable(error));
        QVERIFY(f.reopen());
        CampaignRepository reopened(*f.db);
        CampaignContent copy;
        QVERIFY(reopened.load(id, &copy, &error));
        QCOMPARE(copy.campaign.year, 2022);
        QCOMPARE(copy.campaign.title, QStringLiteral("2022年全国“质量月”活动"));
        QCOMPARE(copy.campaign.start, QDate(2022, 9, 1));
        QCOMPARE(copy.campaign.end, QDate(2022, 9, 30));
        QCOMPARE(copy.campaign.theme, source.campaign.theme);
        QCOMPARE(copy.pillars.size(), source.pillars.size());
        for (int i = 0; i < copy.pillars.size(); ++i) {
            QCOMPARE(copy.pillars[i].title, source.pillars[i].title);
            QCOMPARE(copy.pillars[i].fullText, source.pillars[i].fullText);
            QCOMPARE(copy.pillars[i].colour, source.pillars[i].colour);
            QVERIFY(copy.pillars[i].id != source.pillars[i].id);
        }
        QCOMPARE(copy.organizers.size(), 20);
        QCOMPARE(copy.organizers.last().name, source.organizers.last().name);
        QCOMPARE(copy.slogans.size(), 15);
        QCOMPARE(copy.slogans.first().text, source.slogans.first().text);
        QCOMPARE(copy.metrics.size(), source.metrics.size());
        QCOMPARE(copy.metrics.first().unit, source.metrics.first().unit);

        const QList<Activity> carried = f.activities(id);
        if (!withUnfinished) {
            QVERIFY(carried.isEmpty());
            return;
        }
        QCOMPARE(carried.size(), 2);
        QCOMPARE(carried[0].title, QStringLiteral("质量开放日"));
        QCOMPARE(carried[0].start, QDate(2022, 9, 3));
        QCOMPARE(carried[1].title, QStringLiteral("计量检定"));
        QCOMPARE(carried[1].start, QDate(2022, 9, 10));
        QCOMPARE(carried[1].deadline, QDate(2022, 9, 15));
        QCOMPARE(carried[1].status, ActivityStatus::NotStarted);
        QCOMPARE(carried[1].pillarId, copy.pillars[2].id);
        QCOMPARE(carried[1].figures.size(), 1);
        QCOMPARE(carried[1].figures[0].metricId, copy.metrics[0].id);
        QCOMPARE(carried[1].figures[0].target.value, 5.0);
        QVERIFY(!carried[1].figures[0].actual.isSet);
        // The source year keeps all four.
        QCOMPARE(f.activities(source.campaign.id).size(), 4);
    }

    void refusesTakenOrImpossibleYear()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        QString error;
        const qint64 source = f.firstCampaignId();
        QCOMPARE(CampaignCopy::run(repo, source, 2021, false, &error), 0);
        QVERIFY2(error.contains(QLatin1String("2021")), qPrintable(error));
        error.clear();
        QCOMPARE(CampaignCopy::run(repo, source, 12, false, &error), 0);
        QVERIFY(!error.isEmpty());
        error.clear();
        QCOMPARE(CampaignCopy::run(repo, source + 100, 2023, false, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(f.campaigns().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaignCopy)
#include "tst_campaigncopy.moc"
