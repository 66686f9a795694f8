#include "CalendarMonth.h"
#include "UpcomingList.h"
#include "UpcomingModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

// The upcoming bands (overdue, 3 and 7 days, the summary deadline) and the calendar's day buckets.
class TstUpcoming : public QObject
{
    Q_OBJECT

private:
    static Activity make(qint64 id, QDate s, QDate e, QDate deadline = {},
                         ActivityStatus st = ActivityStatus::InProgress)
    {
        Activity a;
        a.id = id;
        a.title = QStringLiteral("A%1").arg(id);
        a.start = s;
        a.end = e;
        a.deadline = deadline;
        a.status = st;
        return a;
    }

private slots:
    void bands()
    {
        const QDate today(2021, 9, 15);
        Campaign c;
        c.title = QStringLiteral("QM");
        c.summaryDeadline = QDate(2021, 9, 20);
        const QList<Activity> list{
            make(1, QDate(2021, 9, 1), QDate(2021, 9, 10)),                          // overdue by end
            make(2, QDate(2021, 9, 1), QDate(2021, 9, 30), QDate(2021, 9, 14)),      // overdue by deadline
            make(3, QDate(2021, 9, 1), QDate(2021, 9, 15)),                          // due today
            make(4, QDate(2021, 9, 1), QDate(2021, 9, 17)),                          // day 3 → 3-day band
            make(5, QDate(2021, 9, 1), QDate(2021, 9, 18)),                          // 7-day band
            make(6, QDate(2021, 9, 1), QDate(2021, 9, 21)),                          // day 7 → 7-day band
            make(7, QDate(2021, 9, 1), QDate(2021, 9, 22)),                          // outside
            make(8, QDate(2021, 9, 1), QDate(2021, 9, 2), {}, ActivityStatus::Done), // closed
        };
        const QList<UpcomingItem> items = UpcomingList::compute(list, c, today);
        QList<qint64> ids;
        QList<UpcomingItem::Band> bands;
        for (const UpcomingItem& i : items) {
            ids << i.activityId;
            bands << i.band;
        }
        using B = UpcomingItem::Band;
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5, 0, 6}));
        QCOMPARE(bands, (QList<B>{B::Overdue, B::Overdue, B::Within3Days, B::Within3Days, B::Within7Days,
                                  B::Within7Days, B::Within7Days}));
        QCOMPARE(items.at(0).daysLeft, -5);
        QCOMPARE(UpcomingList::dueText(items.at(2)), QStringLiteral("due today"));

        UpcomingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(items);
        QCOMPARE(model.rowCount(), 7 + 3);
        QVERIFY(model.index(0).data(UpcomingModel::IsHeadingRole).toBool());
        QCOMPARE(model.index(1).data(UpcomingModel::ActivityIdRole).toLongLong(), 1);
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsSelectable));
        QCOMPARE(model.count(B::Within7Days), 3);
    }

    void calendarBuckets()
    {
        const QList<Activity> list{
            make(1, QDate(2021, 8, 28), QDate(2021, 9, 2), QDate(2021, 9, 3)),
            make(2, QDate(2021, 9, 30), QDate(2021, 10, 20)),
            make(3, QDate(2021, 12, 1), QDate(2021, 12, 2)),
        };
        CalendarMonth m;
        m.build(list, {}, QDate(2021, 9, 15), QDate(2021, 9, 17), QDate(2021, 10, 8));
        QCOMPARE(m.month(), QDate(2021, 9, 1));
        QCOMPARE(m.firstDay(), QDate(2021, 8, 30)); // the Monday before
        QCOMPARE(m.days().size(), 42);
        QCOMPARE(m.day(QDate(2021, 8, 30))->running, QList<int>{0});
        QCOMPARE(m.day(QDate(2021, 9, 3))->running, QList<int>{});
        QCOMPARE(m.day(QDate(2021, 9, 3))->deadlines, QList<int>{0});
        QCOMPARE(m.day(QDate(2021, 10, 10))->running, QList<int>{1}); // the grid's last day
        QVERIFY(m.day(QDate(2021, 10, 8))->summaryDeadline);
        QVERIFY(!m.day(QDate(2021, 10, 11)));
        ActivityFilter f;
        f.text = QStringLiteral("A2");
        m.build(list, f, QDate(2021, 9, 15), QDate(2021, 9, 1), {});
        QCOMPARE(m.day(QDate(2021, 8, 30))->running, QList<int>{});
        QCOMPARE(m.day(QDate(2021, 9, 30))->running, QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(TstUpcoming)
#include "tst_upcoming.moc"
