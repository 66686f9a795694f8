#include "ActivityEditor.h"
#include "ActivityHistoryModel.h"
#include "ActivityTableModel.h"
#include "PlanDateFormat.h"
#include "TestFile.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QUndoStack>

// The history of one activity as the detail panel shows it: read through storage, one readable line
// per change with the table's field names and the values as the program shows them, read again after
// edits, undo and redo.
class TestActivityHistoryModel : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2026, 9, 3)};

    static QStringList descriptions(const ActivityHistoryModel& model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row).data(ActivityHistoryModel::DescriptionRole).toString();
        return out;
    }

private slots:
    void showsEditsUndoAndRedo()
    {
        TestFile file(5);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityHistoryModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Activity a = ws->activityModel()->activityAt(0);
        model.setActivity(a.id);
        QCOMPARE(descriptions(model), QStringList{QStringLiteral("Created")});

        QVERIFY(editor.setStatus({a.id}, ActivityStatus::Done));
        // Done also sets the progress to 100%: one row per field, both newer than the creation.
        const QString status = ActivityStatuses::displayName(a.status);
        QStringList got = descriptions(model);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.last(), QStringLiteral("Created"));
        QVERIFY2(got.contains(QStringLiteral("Status: %1 → Done").arg(status)),
                 qPrintable(got.join(QLatin1Char('\n'))));
        QVERIFY2(got.contains(QStringLiteral("Progress: %1% → 100%").arg(a.progress)),
                 qPrintable(got.join(QLatin1Char('\n'))));
        // The line: local time, the author, what changed.
        const QString line = model.index(0).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  "))
                     .match(line)
                     .hasMatch(),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("  %1  ").arg(Database::changeAuthor())), qPrintable(line));

        // Departments by name, dates as plans write them.
        Department other;
        for (const Department& d : ws->departments())
            if (d.id != a.leadDepartmentId && !a.assistingDepartmentIds.contains(d.id))
                other = d;
        QVERIFY(other.id != 0);
        QVERIFY(editor.setLeadDepartment({a.id}, other.id));
        QString oldLead = QStringLiteral("(empty)");
        for (const Department& d : ws->departments())
            if (d.id == a.leadDepartmentId)
                oldLead = d.name;
        QCOMPARE(descriptions(model).first(),
                 QStringLiteral("Lead department: %1 → %2").arg(oldLead, other.name));

        Activity before = ws->activityModel()->activityAt(ws->activityModel()->rowOfId(a.id));
        Activity after = before;
        after.deadline = QDate(2026, 9, 28);
        after.assistingDepartmentIds = {};
        QVERIFY(editor.edit(before, after, {}));
        got = descriptions(model);
        const QString newDeadline = PlanDateFormat::range(after.deadline, after.deadline);
        const QString oldDeadline = before.deadline.isValid()
                                        ? PlanDateFormat::range(before.deadline, before.deadline)
                                        : QStringLiteral("(empty)");
        QVERIFY2(got.contains(QStringLiteral("Deadline: %1 → %2").arg(oldDeadline, newDeadline)),
                 qPrintable(got.join(QLatin1Char('\n'))));

        // Undo is a change too: it is recorded, newest first.
        const int rows = model.rowCount();
        ws->undoStack()->undo();
        QVERIFY(model.rowCount() > rows);
        QVERIFY2(
            descriptions(model).contains(QStringLiteral("Deadline: %1 → %2").arg(newDeadline, oldDeadline)),
            qPrintable(descriptions(model).join(QLatin1Char('\n'))));
        ws->undoStack()->undo();
        QCOMPARE(descriptions(model).first(),
                 QStringLiteral("Lead department: %1 → %2").arg(other.name, oldLead));
        ws->undoStack()->redo();
        QCOMPARE(descriptions(model).first(),
                 QStringLiteral("Lead department: %1 → %2").arg(oldLead, other.name));

        // Deleted and put back: one history.
        QVERIFY(editor.remove({a.id}));
        QCOMPARE(descriptions(model).first(), QStringLiteral("Deleted"));
        ws->undoStack()->undo();
        QCOMPARE(descriptions(model).mid(0, 2),
                 (QStringList{QStringLiteral("Created"), QStringLiteral("Deleted")}));
        QCOMPARE(model.index(0).data(ActivityHistoryModel::ChangeRole).value<ActivityChange>().kind,
                 ActivityChange::Kind::Insert);
    }

    void figuresAndAssistingByName()
    {
        TestFile file(3);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityHistoryModel model(*ws);
        const Activity before = ws->activityModel()->activityAt(1);
        model.setActivity(before.id);
        Activity after = before;
        const Metric metric = ws->campaign().metrics.first();
        after.figures = {MetricValue{metric.id, {}, {20000, true, true}}};
        Department extra;
        for (const Department& d : ws->departments())
            if (d.id != before.leadDepartmentId && !before.assistingDepartmentIds.contains(d.id))
                extra = d;
        after.assistingDepartmentIds << extra.id;
        QVERIFY(editor.edit(before, after, {}));
        const QStringList got = descriptions(model);
        QVERIFY2(got.contains(QStringLiteral("Assisting departments: added %1").arg(extra.name)),
                 qPrintable(got.join(QLatin1Char('\n'))));
        bool found = false;
        for (const QString& line : got)
            found = found || (line.startsWith(QStringLiteral("%1 (actual): ").arg(metric.name)) &&
                              line.endsWith(QStringLiteral("→ 20000 or more")));
        QVERIFY2(found, qPrintable(got.join(QLatin1Char('\n'))));
        // Nothing shown: no activity.
        model.setActivity(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityHistoryModel)
#include "tst_activityhistorymodel.moc"
