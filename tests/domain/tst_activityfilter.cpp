#include "ActivityFilter.h"

#include <QTest>

// The filter bar's rules, without any view.
class TestActivityFilter : public QObject
{
    Q_OBJECT

private:
    static Activity sample()
    {
        Activity a;
        a.campaignId = 1;
        a.pillarId = 2;
        a.title = QStringLiteral("“质量月”主题宣传进社区");
        a.description = QStringLiteral("发放宣传资料");
        a.location = QStringLiteral("城关镇广场");
        a.owner = QStringLiteral("王伟");
        a.leadDepartmentId = 10;
        a.assistingDepartmentIds = {11, 12};
        a.start = QDate(2021, 9, 1);
        a.end = QDate(2021, 9, 3);
        a.deadline = QDate(2021, 9, 5);
        return a;
    }

private slots:
    void matches_data()
    {
        QTest::addColumn<ActivityFilter>("filter");
        QTest::addColumn<bool>("expected");
        const QDate today(2021, 9, 10);
        Q_UNUSED(today);
        auto f = [](auto change) {
            ActivityFilter filter;
            change(filter);
            return filter;
        };
        QTest::newRow("empty") << ActivityFilter{} << true;
        QTest::newRow("campaign") << f([](ActivityFilter& x) { x.campaignId = 1; }) << true;
        QTest::newRow("other campaign") << f([](ActivityFilter& x) { x.campaignId = 9; }) << false;
        QTest::newRow("pillar") << f([](ActivityFilter& x) { x.pillarId = 2; }) << true;
        QTest::newRow("other pillar") << f([](ActivityFilter& x) { x.pillarId = 3; }) << false;
        QTest::newRow("lead department") << f([](ActivityFilter& x) { x.departmentId = 10; }) << true;
        QTest::newRow("assisting department") << f([](ActivityFilter& x) { x.departmentId = 12; }) << true;
        QTest::newRow("uninvolved department") << f([](ActivityFilter& x) { x.departmentId = 13; }) << false;
        QTest::newRow("status") << f([](ActivityFilter& x) { x.status = 0; }) << true;
        QTest::newRow("other status") << f([](ActivityFilter& x) { x.status = 2; }) << false;
        QTest::newRow("range overlaps") << f([](ActivityFilter& x) { x.from = QDate(2021, 9, 3); }) << true;
        QTest::newRow("range after") << f([](ActivityFilter& x) { x.from = QDate(2021, 9, 4); }) << false;
        QTest::newRow("range before") << f([](ActivityFilter& x) { x.to = QDate(2021, 8, 31); }) << false;
        QTest::newRow("overdue") << f([](ActivityFilter& x) { x.overdueOnly = true; }) << true;
        QTest::newRow("title text") << f([](ActivityFilter& x) { x.text = QStringLiteral("进社区"); })
                                    << true;
        QTest::newRow("description text")
            << f([](ActivityFilter& x) { x.text = QStringLiteral("宣传资料"); }) << true;
        QTest::newRow("location text")
            << f([](ActivityFilter& x) { x.text = QStringLiteral("城关"); }) << true;
        QTest::newRow("owner text") << f([](ActivityFilter& x) { x.text = QStringLiteral("王伟"); }) << true;
        QTest::newRow("missing text")
            << f([](ActivityFilter& x) { x.text = QStringLiteral("电梯"); }) << false;
    }

    void matches()
    {
        QFETCH(ActivityFilter, filter);
        QFETCH(bool, expected);
        QCOMPARE(filter.matches(sample(), QDate(2021, 9, 10)), expected);
    }

    void caseInsensitiveLatin()
    {
        Activity a = sample();
        a.title = QStringLiteral("12315 Hotline");
        ActivityFilter f;
        f.text = QStringLiteral("hotLINE");
        QVERIFY(f.matches(a, QDate(2021, 9, 1)));
    }

    void closedActivitiesAreNeverOverdue()
    {
        Activity a = sample();
        a.status = ActivityStatus::Done;
        ActivityFilter f;
        f.overdueOnly = true;
        QVERIFY(!f.matches(a, QDate(2021, 9, 10)));
    }
};

QTEST_GUILESS_MAIN(TestActivityFilter)
#include "tst_activityfilter.moc"
