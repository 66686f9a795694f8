#include "CampaignSummary.h"

#include <QTest>

// summarize() against figures worked out by hand from a small plan (see the comments per activity).
class TestCampaignSummary : public QObject
{
    Q_OBJECT

    static Activity activity(qint64 pillar, qint64 lead, QDate start, QDate end, ActivityStatus status)
    {
        Activity a;
        a.campaignId = 1;
        a.pillarId = pillar;
        a.leadDepartmentId = lead;
        a.start = start;
        a.end = end;
        a.status = status;
        return a;
    }
    static MetricValue figure(qint64 metric, Amount target, Amount actual)
    {
        return {metric, target, actual};
    }
    static Amount exact(double v) { return {v, false, true}; }
    static Amount about(double v) { return {v, true, true}; }
    static QDate sep(int day) { return QDate(2021, 9, day); }

    CampaignContent m_content;
    QList<Department> m_departments;
    QList<Activity> m_activities;
    const QDate m_today = sep(5);

private slots:
    void initTestCase()
    {
        m_content.campaign = {1,       2021, QStringLiteral("质量月"), {}, {}, {}, {}, sep(1), sep(10),
                              sep(20), {}};
        m_content.pillars = {{11,
                              1,
                              0,
                              QStringLiteral("开展质量主题宣传"),
                              QStringLiteral("质量宣传"),
                              {},
                              QStringLiteral("#C0392B")},
                             {12, 1, 1, QStringLiteral("质量提升行动"), {}, {}, QStringLiteral("#D68910")}};
        m_content.metrics = {{21, 1, 0, QStringLiteral("参与人数"), QStringLiteral("人次")},
                             {22, 1, 1, QStringLiteral("发放宣传资料"), QStringLiteral("份")},
                             {23, 1, 2, QStringLiteral("媒体报道"), QStringLiteral("篇")}};
        m_departments = {{31, 0, QStringLiteral("办公室"), false},
                         {32, 1, QStringLiteral("质量股"), false},
                         {33, 2, QStringLiteral("综合执法大队"), false},
                         {34, 3, QStringLiteral("旧股"), true},
                         {35, 4, QStringLiteral("撤销股"), true}};
        using S = ActivityStatus;
        // A1 done on 9/2.
        Activity a1 = activity(11, 31, sep(1), sep(2), S::Done);
        a1.figures = {figure(21, exact(100), about(120))};
        // A2 in progress, ended 9/4: overdue on 9/5.
        Activity a2 = activity(11, 31, sep(3), sep(4), S::InProgress);
        a2.figures = {figure(21, about(50), exact(30))};
        // A3 due 9/8: due soon.
        Activity a3 = activity(11, 32, sep(5), sep(8), S::NotStarted);
        // A4 done on 9/5, deadline far away.
        Activity a4 = activity(12, 32, sep(2), sep(5), S::Done);
        a4.deadline = sep(20);
        a4.figures = {figure(22, exact(1000), about(2000))};
        // A5 cancelled: its target drops out, its actual stays; not planned on 9/6.
        Activity a5 = activity(12, 33, sep(6), sep(9), S::Cancelled);
        a5.figures = {figure(22, about(500), exact(10))};
        // A6 no pillar, no lead, starts before the period, done on 9/1.
        Activity a6 = activity(0, 0, QDate(2021, 8, 30), sep(1), S::Done);
        // A7 unknown pillar, archived lead, runs past the period.
        Activity a7 = activity(99, 34, sep(10), sep(20), S::InProgress);
        a7.deadline = sep(30);
        // A8 another campaign: ignored.
        Activity a8 = activity(11, 31, sep(1), sep(1), S::Done);
        a8.campaignId = 2;
        a8.figures = {figure(21, exact(1), exact(1))};
        // A9 no dates; an unknown metric is ignored, an unset target adds nothing.
        Activity a9 = activity(12, 31, {}, {}, S::NotStarted);
        a9.figures = {figure(99, exact(7), exact(7)), figure(21, {}, exact(5))};
        m_activities = {a1, a2, a3, a4, a5, a6, a7, a8, a9};
    }

    void statusesAndDeadlines()
    {
        const CampaignSummary s = Summary::summarize(m_content, m_activities, m_departments, m_today);
        QCOMPARE(s.total(), 8);
        QCOMPARE(s.statuses[ActivityStatus::NotStarted], 2);
        QCOMPARE(s.statuses[ActivityStatus::InProgress], 2);
        QCOMPARE(s.statuses[ActivityStatus::Done], 3);
        QCOMPARE(s.statuses[ActivityStatus::Cancelled], 1);
        QCOMPARE(s.completionRate().value(), 3.0 / 7.0);
        QCOMPARE(s.overdue, 1);
        QCOMPARE(s.dueSoon, 1);
        QCOMPARE(s.daysLeft.value(), 6); // 9/5 … 9/10
        QCOMPARE(s.daysToSummaryDeadline.value(), 15);
        QCOMPARE(s.today, m_today);
    }

    void pillars()
    {
        const CampaignSummary s = Summary::summarize(m_content, m_activities, m_departments, m_today);
        QCOMPARE(s.pillars.size(), 3);
        QCOMPARE(s.pillars[0].pillarId, 11);
        QCOMPARE(s.pillars[0].name, QStringLiteral("质量宣传"));
        QCOMPARE(s.pillars[0].colour, QStringLiteral("#C0392B"));
        QCOMPARE(s.pillars[0].statuses.counts, (std::array<int, 4>{1, 1, 1, 0}));
        QCOMPARE(s.pillars[0].overdue, 1);
        QCOMPARE(s.pillars[1].name, QStringLiteral("质量提升行动")); // no short name: the title
        QCOMPARE(s.pillars[1].statuses.counts, (std::array<int, 4>{1, 0, 1, 1}));
        QCOMPARE(s.pillars[2].pillarId, 0); // A6 and A7
        QCOMPARE(s.pillars[2].statuses.counts, (std::array<int, 4>{0, 1, 1, 0}));
    }

    void departmentsSortedByWorkload()
    {
        const CampaignSummary s = Summary::summarize(m_content, m_activities, m_departments, m_today);
        QList<qint64> ids;
        for (const DepartmentSummary& d : s.departments)
            ids << d.departmentId;
        QCOMPARE(ids, (QList<qint64>{31, 32, 33, 34, 0})); // 35 is archived and idle
        const DepartmentSummary& office = s.departments[0];
        QCOMPARE(office.count, 3);
        QCOMPARE(office.done, 1);
        QCOMPARE(office.overdue, 1);
        QCOMPARE(office.cancelled, 0);
        QCOMPARE(s.departments[1].count, 2);
        QCOMPARE(s.departments[1].done, 1);
        QCOMPARE(s.departments[2].cancelled, 1);
        QCOMPARE(s.departments[3].name, QStringLiteral("旧股"));
        QCOMPARE(s.departments[4].done, 1);
    }

    void metricTotalsKeepApproximation()
    {
        const CampaignSummary s = Summary::summarize(m_content, m_activities, m_departments, m_today);
        QCOMPARE(s.metrics.size(), 3);
        QCOMPARE(s.metrics[0].target, about(150));
        QCOMPARE(s.metrics[0].actual, about(155));
        QCOMPARE(s.metrics[1].target, exact(1000));
        QCOMPARE(s.metrics[1].actual, about(2010));
        QCOMPARE(s.metrics[2].target, Amount{});
        QCOMPARE(s.metrics[2].actual, Amount{});
        QCOMPARE(s.metrics[2].unit, QStringLiteral("篇"));
    }

    void days()
    {
        const CampaignSummary s = Summary::summarize(m_content, m_activities, m_departments, m_today);
        QCOMPARE(s.days.size(), 10);
        QList<int> planned, completed;
        for (const DaySummary& d : s.days) {
            planned << d.planned;
            completed << d.completed;
        }
        QCOMPARE(s.days.first().day, sep(1));
        QCOMPARE(s.days.last().day, sep(10));
        QCOMPARE(planned, (QList<int>{1, 1, 1, 0, 1, 0, 0, 0, 0, 1}));
        QCOMPARE(completed, (QList<int>{1, 1, 0, 0, 1, 0, 0, 0, 0, 0}));
    }

    void daysLeft_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("expected");
        QTest::newRow("before the start") << QDate(2021, 8, 20) << 10;
        QTest::newRow("first day") << sep(1) << 10;
        QTest::newRow("last day") << sep(10) << 1;
        QTest::newRow("after the end") << sep(11) << 0;
    }

    void daysLeft()
    {
        QFETCH(QDate, today);
        QFETCH(int, expected);
        QCOMPARE(Summary::summarize(m_content, {}, {}, today).daysLeft.value(), expected);
    }

    void withoutDatesOrWork()
    {
        CampaignContent content = m_content;
        content.campaign.end = {};
        content.campaign.summaryDeadline = {};
        const CampaignSummary s = Summary::summarize(content, {}, {}, m_today);
        QVERIFY(!s.daysLeft.has_value());
        QVERIFY(!s.daysToSummaryDeadline.has_value());
        QVERIFY(s.days.isEmpty());
        QVERIFY(!s.completionRate().has_value());
        QCOMPARE(s.pillars.size(), 2); // every pillar shows, also empty
        QVERIFY(s.departments.isEmpty());
    }

    void onlyCancelledHasNoRate()
    {
        StatusCounts c;
        c[ActivityStatus::Cancelled] = 3;
        QVERIFY(!c.completionRate().has_value());
        c[ActivityStatus::Done] = 1;
        QCOMPARE(c.completionRate().value(), 1.0);
    }

    void addAmounts()
    {
        QCOMPARE(Summary::add(Amount{}, Amount{}), Amount{});
        QCOMPARE(Summary::add(exact(2), Amount{}), exact(2));
        QCOMPARE(Summary::add(exact(2), about(3)), about(5));
        // An unset value's stale flag or number never leaks in.
        QCOMPARE(Summary::add(exact(2), Amount{9, true, false}), exact(2));
    }
};

QTEST_GUILESS_MAIN(TestCampaignSummary)
#include "tst_campaignsummary.moc"
