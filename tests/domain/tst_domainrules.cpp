#include "ActivityValidator.h"
#include "DeadlineRules.h"
#include "PlanDateFormat.h"

#include <QTest>

// Deadlines, validation and the plan's date wording.
class TestDomainRules : public QObject
{
    Q_OBJECT

private slots:
    void urgency_data()
    {
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        const int none = int(DeadlineRules::Urgency::None), soon = int(DeadlineRules::Urgency::DueSoon),
                  over = int(DeadlineRules::Urgency::Overdue);
        QTest::newRow("yesterday") << QDate(2021, 9, 9) << 0 << over;
        QTest::newRow("today") << QDate(2021, 9, 10) << 1 << soon;
        QTest::newRow("in six days") << QDate(2021, 9, 16) << 0 << soon;
        QTest::newRow("in seven days") << QDate(2021, 9, 17) << 0 << none;
        QTest::newRow("done late") << QDate(2021, 9, 1) << 2 << none;
        QTest::newRow("cancelled late") << QDate(2021, 9, 1) << 3 << none;
        QTest::newRow("no date") << QDate() << 0 << none;
    }

    void urgency()
    {
        QFETCH(QDate, deadline);
        QFETCH(int, status);
        QFETCH(int, expected);
        Activity a;
        a.deadline = deadline;
        ActivityStatuses::fromInt(status, &a.status);
        QCOMPARE(int(DeadlineRules::urgency(a, QDate(2021, 9, 10))), expected);
    }

    void endDateCountsWithoutDeadline()
    {
        Activity a;
        a.end = QDate(2021, 9, 1);
        QVERIFY(DeadlineRules::isOverdue(a, QDate(2021, 9, 2)));
    }

    void validation()
    {
        Activity a;
        QVERIFY(!ActivityValidator::isValid(a)); // no title
        a.title = QStringLiteral("宣传");
        QVERIFY(ActivityValidator::isValid(a));
        a.start = QDate(2021, 9, 5);
        a.end = QDate(2021, 9, 4);
        QVERIFY(!ActivityValidator::isValid(a));
        a.end = a.start;
        a.progress = 101;
        QVERIFY(!ActivityValidator::isValid(a));
        a.progress = 100;
        a.leadDepartmentId = 3;
        a.assistingDepartmentIds = {3};
        QVERIFY(!ActivityValidator::isValid(a));
    }

    void planDates_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("expected");
        QTest::newRow("days in a month")
            << QDate(2021, 9, 1) << QDate(2021, 9, 3) << QStringLiteral("9月1日-3日");
        QTest::newRow("one day") << QDate(2021, 9, 1) << QDate(2021, 9, 1) << QStringLiteral("9月1日");
        QTest::newRow("whole month") << QDate(2021, 9, 1) << QDate(2021, 9, 30) << QStringLiteral("9月");
        QTest::newRow("months") << QDate(2021, 5, 1) << QDate(2021, 12, 31) << QStringLiteral("5-12月");
        QTest::newRow("across months")
            << QDate(2021, 9, 28) << QDate(2021, 10, 5) << QStringLiteral("9月28日-10月5日");
        QTest::newRow("across years")
            << QDate(2021, 12, 30) << QDate(2022, 1, 2) << QStringLiteral("2021年12月30日-2022年1月2日");
        QTest::newRow("none") << QDate() << QDate() << QString();
    }

    void planDates()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QString, expected);
        QCOMPARE(PlanDateFormat::range(start, end), expected);
    }
};

QTEST_GUILESS_MAIN(TestDomainRules)
#include "tst_domainrules.moc"
