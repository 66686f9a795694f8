// Importing a recognised table into an open campaign file: one transaction, one undo step, new
// departments and pillars created with it and taken back with it, duplicates skipped or updated.
#include "../models/TestFile.h"

#include "ActivityEditor.h"
#include "ActivityRepository.h"
#include "ActivityTableModel.h"
#include "CampaignRepository.h"
#include "DepartmentRepository.h"
#include "PlanImportEditor.h"
#include "importing/ColumnRoles.h"
#include "importing/PlanRecognizer.h"

#include <QUndoStack>

namespace {

TableGrid grid(const QList<QStringList>& rows)
{
    TableGrid g;
    for (const QStringList& r : rows) {
        QList<TableCell> cells;
        for (const QString& t : r) {
            TableCell c;
            c.kind = t.isEmpty() ? TableCell::Kind::Empty : TableCell::Kind::Text;
            c.text = t;
            cells << c;
        }
        g.rows << cells;
    }
    return g;
}

const TableGrid& plan()
{
    static const TableGrid g = grid({
        {QStringLiteral("序号"), QStringLiteral("活动名称"), QStringLiteral("活动时间"),
         QStringLiteral("牵头单位"), QStringLiteral("配合单位"), QStringLiteral("发放宣传资料（份）")},
        {QStringLiteral("一、质量宣传"), QString(), QString(), QString(), QString(), QString()},
        {QStringLiteral("1"), QStringLiteral("质量月启动仪式"), QStringLiteral("9月1日"),
         QStringLiteral("办公室"), QStringLiteral("县总工会、县妇联"), QStringLiteral("2000余")},
        {QStringLiteral("2"), QStringLiteral("质量开放日"), QStringLiteral("9月中旬"),
         QStringLiteral("县总工会"), QString(), QString()},
        {QStringLiteral("五、其他工作"), QString(), QString(), QString(), QString(), QString()},
        {QStringLiteral("3"), QStringLiteral("质量故事征集"), QStringLiteral("待定"), QString(), QString(),
         QString()},
    });
    return g;
}

ImportPreview preview(PlanImportEditor& editor)
{
    const ImportContext context = editor.context();
    return PlanRecognizer::build(plan(), ColumnRoles::detect(plan(), context), context);
}

} // namespace

class TestPlanImport : public QObject
{
    Q_OBJECT

private slots:
    void importUndoRedo()
    {
        TestFile file;
        FixedClock clock(QDate(2021, 8, 20));
        std::unique_ptr<Workspace> ws = file.open(clock);
        const int departmentsBefore = int(ws->departments().size());
        const int pillarsBefore = int(ws->campaign().pillars.size());
        ActivityEditor activities(*ws);
        PlanImportEditor editor(*ws, activities);
        const ImportPreview p = preview(editor);
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.groups.size(), 2);
        QVERIFY(p.groups.at(0).pillarId != 0);
        QVERIFY(p.groups.at(1).createNew);

        PlanImportEditor::Outcome outcome;
        QString error;
        QVERIFY2(editor.run(p, {}, &outcome, &error), qPrintable(error));
        QCOMPARE(outcome.added, 3);
        QCOMPARE(outcome.withoutDate, 1);
        QCOMPARE(outcome.departmentsAdded,
                 (QStringList{QStringLiteral("县总工会"), QStringLiteral("县妇联")}));
        QCOMPARE(outcome.pillarsAdded, QStringList{QStringLiteral("其他工作")});
        QCOMPARE(ws->undoStack()->count(), 1);
        QCOMPARE(ws->activityModel()->rowCount(), 3);
        QCOMPARE(ws->departments().size(), departmentsBefore + 2);
        QCOMPARE(ws->campaign().pillars.size(), pillarsBefore + 1);

        // The file holds what the model shows.
        ActivityRepository repository(ws->database());
        QList<Activity> stored;
        QVERIFY(repository.loadAll(ws->currentCampaignId(), &stored, &error));
        QCOMPARE(stored.size(), 3);
        const Activity& opening = stored.at(0);
        QCOMPARE(opening.title, QStringLiteral("质量月启动仪式"));
        QCOMPARE(opening.dateText, QStringLiteral("9月1日"));
        QCOMPARE(opening.start, QDate(2021, 9, 1));
        QCOMPARE(opening.assistingDepartmentIds.size(), 2);
        QCOMPARE(opening.figures.size(), 1);
        QCOMPARE(opening.figures.first().target.value, 2000.0);
        QVERIFY(opening.figures.first().target.approximate);
        const Activity& second = stored.at(1);
        QCOMPARE(second.leadDepartmentId, opening.assistingDepartmentIds.first()); // one 县总工会, made once
        QCOMPARE(stored.at(2).dateText, QStringLiteral("待定"));
        QVERIFY(!stored.at(2).start.isValid());
        QCOMPARE(stored.at(2).pillarId, ws->campaign().pillars.last().id);
        const QList<qint64> ids{stored.at(0).id, stored.at(1).id, stored.at(2).id};
        const qint64 newPillar = stored.at(2).pillarId;

        ws->undoStack()->undo();
        QCOMPARE(ws->activityModel()->rowCount(), 0);
        QList<Activity> none;
        QVERIFY(repository.loadAll(ws->currentCampaignId(), &none, &error));
        QCOMPARE(none.size(), 0);
        QCOMPARE(ws->departments().size(), departmentsBefore);
        QCOMPARE(ws->campaign().pillars.size(), pillarsBefore);
        QList<Department> departments;
        QVERIFY(DepartmentRepository(ws->database()).list(&departments, &error));
        QCOMPARE(departments.size(), departmentsBefore);

        ws->undoStack()->redo();
        QVERIFY(repository.loadAll(ws->currentCampaignId(), &stored, &error));
        QCOMPARE(stored.size(), 3);
        QCOMPARE((QList<qint64>{stored.at(0).id, stored.at(1).id, stored.at(2).id}), ids);
        QCOMPARE(stored.at(2).pillarId, newPillar);
        QCOMPARE(ws->departments().size(), departmentsBefore + 2);
        QCOMPARE(ws->activityModel()->rowCount(), 3);
    }

    void duplicatesSkippedOrUpdated()
    {
        TestFile file;
        FixedClock clock(QDate(2021, 8, 20));
        std::unique_ptr<Workspace> ws = file.open(clock);
        ActivityEditor activities(*ws);
        PlanImportEditor editor(*ws, activities);
        QString error;
        PlanImportEditor::Outcome outcome;
        QVERIFY(editor.run(preview(editor), {}, &outcome, &error));

        const ImportPreview again = preview(editor);
        QCOMPARE(again.duplicateCount(), 3);
        QVERIFY(again.newDepartments.isEmpty());           // created by the first import
        QVERIFY(!editor.run(again, {}, &outcome, &error)); // everything is there already
        QVERIFY(!error.isEmpty());
        QCOMPARE(ws->undoStack()->count(), 1);

        PlanImportEditor::Choices update;
        update.updateDuplicates = true;
        QVERIFY2(editor.run(again, update, &outcome, &error), qPrintable(error));
        QCOMPARE(outcome.updated, 3);
        QCOMPARE(outcome.added, 0);
        QCOMPARE(ws->activityModel()->rowCount(), 3);
        QCOMPARE(ws->undoStack()->count(), 2);
        ws->undoStack()->undo();
        QCOMPARE(ws->activityModel()->rowCount(), 3);
    }

    void editedDatesDropTheWording()
    {
        TestFile file;
        FixedClock clock(QDate(2021, 8, 20));
        std::unique_ptr<Workspace> ws = file.open(clock);
        ActivityEditor activities(*ws);
        PlanImportEditor editor(*ws, activities);
        QString error;
        QVERIFY(editor.run(preview(editor), {}, nullptr, &error));
        const Activity before = ws->activityModel()->activityAt(1);
        QCOMPARE(ws->activityModel()->displayText(before, ActivityTableModel::DatesColumn),
                 QStringLiteral("9月中旬"));
        Activity after = before;
        after.start = after.end = QDate(2021, 9, 15);
        QVERIFY(activities.edit(before, after, QString()));
        QVERIFY(ws->activityModel()->activityAt(1).dateText.isEmpty());
    }
};

QTEST_MAIN(TestPlanImport)
#include "tst_planimport.moc"
