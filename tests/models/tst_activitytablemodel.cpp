#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "DeadlineRules.h"
#include "TestFile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

// The plan's columns, roles, urgency marks and refused edits.
class TestActivityTableModel : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 15)};

private slots:
    void passesModelTester()
    {
        TestFile file(50);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        QAbstractItemModelTester tester(ws->activityModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ws->activityModel()->rowCount(), 50);
        QCOMPARE(ws->activityModel()->columnCount(), int(ActivityTableModel::ColumnCount));
    }

    void columnsInPlanOrder()
    {
        const QStringList expected = {QStringLiteral("No."),
                                      QStringLiteral("Activity"),
                                      QStringLiteral("Dates"),
                                      QStringLiteral("Lead department"),
                                      QStringLiteral("Assisting departments"),
                                      QStringLiteral("Location"),
                                      QStringLiteral("Person in charge"),
                                      QStringLiteral("Deadline"),
                                      QStringLiteral("Status"),
                                      QStringLiteral("Progress")};
        ActivityTableModel model(m_clock);
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
    }

    void showsActivityFields()
    {
        TestFile file(20);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityTableModel* model = ws->activityModel();
        const Activity& a = model->activityAt(3);
        QCOMPARE(model->index(3, ActivityTableModel::NumberColumn).data().toInt(), 4);
        QCOMPARE(model->index(3, ActivityTableModel::TitleColumn).data().toString(), a.title);
        QCOMPARE(model->index(3, ActivityTableModel::LeadColumn).data().toString(),
                 ws->snapshot().departmentName(a.leadDepartmentId));
        QCOMPARE(model->index(3, ActivityTableModel::StatusColumn).data().toString(),
                 ActivityStatuses::displayName(a.status));
        QCOMPARE(model->index(3, 0).data(ActivityTableModel::IdRole).toLongLong(), a.id);
        QCOMPARE(model->index(3, 0).data(ActivityTableModel::ActivityRole).value<Activity>(), a);
        QCOMPARE(model->rowOfId(a.id), 3);
        QCOMPARE(model->rowOfId(-5), -1);
    }

    void marksOverdueAndDueSoon()
    {
        ActivityTableModel model(m_clock);
        Activity late, soon, done, later;
        late.id = 1;
        late.deadline = QDate(2021, 9, 10);
        soon.id = 2;
        soon.deadline = QDate(2021, 9, 17);
        done.id = 3;
        done.deadline = QDate(2021, 9, 1);
        done.status = ActivityStatus::Done;
        later.id = 4;
        later.deadline = QDate(2021, 12, 1);
        model.setActivities({late, soon, done, later});
        auto urgency = [&model](int row) {
            return static_cast<DeadlineRules::Urgency>(
                model.index(row, 1).data(ActivityTableModel::UrgencyRole).toInt());
        };
        QCOMPARE(urgency(0), DeadlineRules::Urgency::Overdue);
        QCOMPARE(urgency(1), DeadlineRules::Urgency::DueSoon);
        QCOMPARE(urgency(2), DeadlineRules::Urgency::None);
        QCOMPARE(urgency(3), DeadlineRules::Urgency::None);
        QVERIFY(model.index(0, 1).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(model.index(1, 1).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(model.index(0, 1).data(Qt::BackgroundRole) != model.index(1, 1).data(Qt::BackgroundRole));
        QVERIFY(!model.index(3, 1).data(Qt::BackgroundRole).isValid());
    }

    void refusesInvalidEditsWithReason_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("empty title") << int(ActivityTableModel::TitleColumn)
                                     << QVariant(QStringLiteral("  "));
        QTest::newRow("end before start") << int(ActivityTableModel::DatesColumn)
                                          << QVariant(QVariantList{QDate(2021, 9, 20), QDate(2021, 9, 1)});
        QTest::newRow("progress over 100") << int(ActivityTableModel::ProgressColumn) << QVariant(150);
        QTest::newRow("progress not a number")
            << int(ActivityTableModel::ProgressColumn) << QVariant(QStringLiteral("abc"));
    }
    void refusesInvalidEditsWithReason()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        TestFile file(5);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityTableModel* model = ws->activityModel();
        const Activity before = model->activityAt(0);
        QSignalSpy rejected(model, &ActivityTableModel::editRejected);
        QVERIFY(!model->setData(model->index(0, column), value));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!rejected.first().first().toString().isEmpty());
        QCOMPARE(model->activityAt(0), before);
        QCOMPARE(ws->undoStack()->count(), 0);
    }

    void editsEveryColumn()
    {
        TestFile file(5);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityTableModel* model = ws->activityModel();
        const qint64 dept = ws->departments().at(2).id;
        const qint64 other = ws->departments().at(3).id;
        QVERIFY(
            model->setData(model->index(0, ActivityTableModel::TitleColumn), QStringLiteral("质量开放日")));
        QVERIFY(model->setData(model->index(0, ActivityTableModel::DatesColumn),
                               QVariantList{QDate(2021, 9, 1), QDate(2021, 9, 3)}));
        QVERIFY(
            model->setData(model->index(0, ActivityTableModel::AssistingColumn), QVariantList{dept, other}));
        QVERIFY(model->setData(model->index(0, ActivityTableModel::LeadColumn),
                               dept)); // leaves the assisting list
        QVERIFY(
            model->setData(model->index(0, ActivityTableModel::LocationColumn), QStringLiteral("城关镇")));
        QVERIFY(model->setData(model->index(0, ActivityTableModel::OwnerColumn), QStringLiteral("阿明")));
        QVERIFY(model->setData(model->index(0, ActivityTableModel::DeadlineColumn), QDate(2021, 9, 6)));
        const int status = (int(model->activityAt(0).status) + 1) % ActivityStatuses::count;
        QVERIFY(model->setData(model->index(0, ActivityTableModel::StatusColumn), status));
        QVERIFY(model->setData(model->index(0, ActivityTableModel::ProgressColumn), QStringLiteral("41%")));
        const Activity a = model->activityAt(0);
        QCOMPARE(a.title, QStringLiteral("质量开放日"));
        QCOMPARE(a.end, QDate(2021, 9, 3));
        QCOMPARE(a.leadDepartmentId, dept);
        QCOMPARE(a.assistingDepartmentIds, QList<qint64>{other});
        QCOMPARE(a.location, QStringLiteral("城关镇"));
        QCOMPARE(a.owner, QStringLiteral("阿明"));
        QCOMPARE(a.deadline, QDate(2021, 9, 6));
        QCOMPARE(int(a.status), status);
        QCOMPARE(a.progress, 41);
        QCOMPARE(model->index(0, ActivityTableModel::DatesColumn).data().toString(),
                 QStringLiteral("9月1日-3日"));
        QCOMPARE(ws->undoStack()->count(), 9);
        QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Edit Progress"));
    }
};

QTEST_GUILESS_MAIN(TestActivityTableModel)
#include "tst_activitytablemodel.moc"
