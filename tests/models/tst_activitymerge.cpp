#include "ActivityMerge.h"

#include <QTest>

// "Keep mine" after a lost race: the other person's activity with only the user's own changes on top,
// so keeping one's title does not put back the place someone else just corrected.
class TestActivityMerge : public QObject
{
    Q_OBJECT

    static Activity base()
    {
        Activity a;
        a.id = 7;
        a.uuid = QUuid::createUuid();
        a.title = QStringLiteral("质量开放日");
        a.location = QStringLiteral("开发区");
        a.start = QDate(2021, 9, 10);
        a.end = QDate(2021, 9, 10);
        a.assistingDepartmentIds = {2, 3};
        a.figures = {MetricValue{1, {100, true, true}, {}}};
        return a;
    }

private slots:
    void keepsOnlyTheUsersOwnChanges()
    {
        const Activity b = base();
        Activity mine = b;
        mine.title = QStringLiteral("质量开放日（改）");
        mine.assistingDepartmentIds = {3};
        Activity theirs = b;
        theirs.location = QStringLiteral("县体育馆");
        theirs.end = QDate(2021, 9, 12);
        theirs.figures = {MetricValue{1, {120, false, true}, {}}};

        const Activity kept = ActivityMerge::keepMine(b, mine, theirs);
        QCOMPARE(kept.title, mine.title);
        QCOMPARE(kept.assistingDepartmentIds, QList<qint64>{3});
        QCOMPARE(kept.location, theirs.location);
        QCOMPARE(kept.end, theirs.end);
        QCOMPARE(kept.figures, theirs.figures);
    }

    void bothChangedTheSameFieldMineWins()
    {
        const Activity b = base();
        Activity mine = b, theirs = b;
        mine.status = ActivityStatus::Done;
        theirs.status = ActivityStatus::Cancelled;
        theirs.notes = QStringLiteral("因天气取消");
        const Activity kept = ActivityMerge::keepMine(b, mine, theirs);
        QCOMPARE(kept.status, ActivityStatus::Done);
        QCOMPARE(kept.notes, theirs.notes);
    }

    void differingNamesEveryChangedField()
    {
        const Activity b = base();
        Activity other = b;
        QVERIFY(ActivityMerge::differing(b, other).isEmpty());
        other.dateText = QStringLiteral("9月中旬");
        other.phone = QStringLiteral("0311-1234567");
        other.pillarId = 4;
        using F = ActivityMerge::Field;
        QCOMPARE(ActivityMerge::differing(b, other), (QList<F>{F::Dates, F::Pillar, F::Phone}));
        // Every member of an activity belongs to some field: an activity changed in all of them
        // differs in each, and keeping it over the base gives it back whole.
        Activity donor = b;
        donor.title += QLatin1Char('x');
        donor.start = donor.start.addDays(1);
        donor.leadDepartmentId = 9;
        donor.assistingDepartmentIds = {5};
        donor.location += QLatin1Char('x');
        donor.owner += QLatin1Char('x');
        donor.deadline = QDate(2021, 10, 1);
        donor.status = ActivityStatus::InProgress;
        donor.progress = 50;
        donor.pillarId = 8;
        donor.description += QLatin1Char('x');
        donor.phone += QLatin1Char('x');
        donor.notes += QLatin1Char('x');
        donor.figures.clear();
        QCOMPARE(ActivityMerge::differing(b, donor), ActivityMerge::allFields());
        QCOMPARE(ActivityMerge::keepMine(b, donor, b), donor);
    }
};

QTEST_GUILESS_MAIN(TestActivityMerge)
#include "tst_activitymerge.moc"
