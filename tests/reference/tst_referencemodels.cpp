#include "ActivityRepository.h"
#include "DepartmentListModel.h"
#include "DepartmentRepository.h"
#include "MetricListModel.h"
#include "OrganizerListModel.h"
#include "PillarListModel.h"
#include "ReferenceFixture.h"
#include "ReferenceRules.h"
#include "RequirementListModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QUndoStack>

// Each edit of a reference list reaches the file at once, survives reopening it, and a bad edit is
// refused with a reason. QAbstractItemModelTester watches every model while it changes.
class TestReferenceModels : public QObject
{
    Q_OBJECT

    static Activity activity(qint64 campaignId, const QString& title)
    {
        Activity a;
        a.campaignId = campaignId;
        a.title = title;
        a.start = QDate(2021, 9, 1);
        a.end = QDate(2021, 9, 30);
        return a;
    }

private slots:
    void departmentsRoundTrip()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        DepartmentRepository repo(*f.db);
        DepartmentListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(model.load(&error), qPrintable(error));
        const int before = model.rowCount();
        QVERIFY(before > 0);
        QSignalSpy changed(&model, &ReferenceListModel::changed);

        QVERIFY2(model.appendNamed(QStringLiteral("  宣传科 "), &error), qPrintable(error));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.nameAt(before), QStringLiteral("宣传科"));
        QVERIFY(
            model.setData(model.index(before, DepartmentListModel::NameColumn), QStringLiteral("宣传股")));
        QVERIFY(model.setData(model.index(0, DepartmentListModel::ArchivedColumn),
                              QVariant::fromValue(Qt::Checked), Qt::CheckStateRole));
        QVERIFY2(model.moveItem(before, 0, &error), qPrintable(error));
        QVERIFY2(model.moveItem(1, 2, &error), qPrintable(error)); // the archived one, one down
        QVERIFY2(model.removeItem(model.rowCount() - 1, &error), qPrintable(error));
        QCOMPARE(changed.count(), 6);
        const QList<Department> expected = model.departments();

        QVERIFY(f.reopen());
        DepartmentRepository reopened(*f.db);
        const QList<Department> stored = f.departments();
        QCOMPARE(stored.size(), expected.size());
        for (int i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].id, expected[i].id);
            QCOMPARE(stored[i].name, expected[i].name);
            QCOMPARE(stored[i].archived, expected[i].archived);
        }
        QCOMPARE(stored.first().name, QStringLiteral("宣传股"));
        QVERIFY(stored[2].archived);
    }

    void departmentRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("needs a name");
        QTest::newRow("duplicate") << QStringLiteral("办公室") << QStringLiteral("already exists");
        QTest::newRow("duplicate with spaces")
            << QStringLiteral(" 办公室  ") << QStringLiteral("already exists");
    }

    void departmentRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, reasonPart);
        ReferenceFixture f;
        QVERIFY(f.create());
        DepartmentRepository repo(*f.db);
        DepartmentListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY(model.load(&error));
        const QList<Department> before = model.departments();
        QSignalSpy refused(&model, &ReferenceListModel::refused);

        QVERIFY(!model.appendNamed(name, &error));
        QVERIFY2(error.contains(reasonPart), qPrintable(error));
        // Renaming another department to the same name is refused the same way.
        QVERIFY(!model.setData(model.index(1, DepartmentListModel::NameColumn), name));
        QVERIFY(model.lastError().contains(reasonPart));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(model.departments(), before);
        QCOMPARE(f.departments(), before);
    }

    void departmentRemovalSaysHowManyActivitiesUseIt()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        DepartmentRepository repo(*f.db);
        QString error;
        const QList<Department> departments = f.departments();
        ActivityRepository activities(*f.db);
        QList<Activity> rows{activity(f.firstCampaignId(), QStringLiteral("质量开放日")),
                             activity(f.firstCampaignId(), QStringLiteral("计量义务检定"))};
        rows[0].leadDepartmentId = departments[1].id;
        rows[1].leadDepartmentId = departments[0].id;
        rows[0].assistingDepartmentIds = {departments[1].id}; // led and assisted: still one activity
        rows[1].assistingDepartmentIds = {departments[1].id};
        QVERIFY2(activities.insert(rows, &error), qPrintable(error));

        DepartmentListModel model(repo);
        QVERIFY(model.load(&error));
        QCOMPARE(model.usage(1), 2);
        QCOMPARE(model.index(1, DepartmentListModel::UsageColumn).data().toInt(), 2);
        QVERIFY2(model.removalQuestion(1).contains(QLatin1String("2")), qPrintable(model.removalQuestion(1)));
        QVERIFY(model.removalQuestion(2).contains(QLatin1String("No activity")));
        QVERIFY(model.removeItem(1, &error));
        Activity reloaded;
        QVERIFY(activities.load(rows[0].id, &reloaded, &error));
        QCOMPARE(reloaded.leadDepartmentId, 0);
    }

    void pillarsRoundTrip()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        PillarListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        const qint64 campaign = f.firstCampaignId();
        QVERIFY2(model.load(campaign, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 5);

        QVERIFY(model.setData(model.index(0, PillarListModel::ShortNameColumn), QStringLiteral("宣传")));
        QVERIFY(model.setData(model.index(0, PillarListModel::ColourColumn), QStringLiteral("#123456")));
        QVERIFY(model.setData(model.index(1, PillarListModel::FullTextColumn),
                              QStringLiteral("第一段。\n第二段。")));
        QCOMPARE(model.index(0, PillarListModel::ColourColumn).data(Qt::DecorationRole).value<QColor>(),
                 QColor(0x12, 0x34, 0x56));
        QVERIFY2(model.appendNamed(QStringLiteral("（六）县局特色活动"), &error), qPrintable(error));
        QVERIFY(QColor::isValidColorName(model.pillars().last().colour));
        QVERIFY2(model.moveItem(5, 0, &error), qPrintable(error));
        QVERIFY2(model.removeItem(5, &error), qPrintable(error));
        const QList<Pillar> expected = model.pillars();

        QVERIFY(f.reopen());
        CampaignContent stored;
        QVERIFY(CampaignRepository(*f.db).load(campaign, &stored, &error));
        QCOMPARE(stored.pillars.size(), 5);
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(stored.pillars[i].id, expected[i].id);
            QCOMPARE(stored.pillars[i].title, expected[i].title);
            QCOMPARE(stored.pillars[i].colour, expected[i].colour);
            QCOMPARE(stored.pillars[i].fullText, expected[i].fullText);
        }
        QCOMPARE(stored.pillars[0].title, QStringLiteral("（六）县局特色活动"));
        QCOMPARE(stored.pillars[1].shortName, QStringLiteral("宣传"));
        QCOMPARE(stored.pillars[1].colour, QStringLiteral("#123456"));
        QCOMPARE(stored.pillars[2].fullText, QStringLiteral("第一段。\n第二段。"));
    }

    void pillarRefusals()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        PillarListModel model(repo);
        QString error;
        QVERIFY(model.load(f.firstCampaignId(), &error));
        const QList<Pillar> before = model.pillars();
        QVERIFY(!model.setData(model.index(0, PillarListModel::TitleColumn), QStringLiteral(" ")));
        QVERIFY(model.lastError().contains(QLatin1String("title")));
        QVERIFY(!model.setData(model.index(0, PillarListModel::ColourColumn), QStringLiteral("#12")));
        QVERIFY(model.lastError().contains(QLatin1String("colour")));
        QVERIFY(!model.appendNamed(before[1].title, &error));
        QVERIFY(error.contains(QLatin1String("already")));
        CampaignContent stored;
        QVERIFY(repo.load(f.firstCampaignId(), &stored, &error));
        QCOMPARE(stored.pillars, before);
    }

    void organizersRoundTrip()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        OrganizerListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        const qint64 campaign = f.firstCampaignId();
        QVERIFY(model.load(campaign, &error));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);

        QVERIFY(model.appendNamed(QStringLiteral("最高人民法院"), &error));
        QVERIFY(model.setData(model.index(20, OrganizerListModel::ActivitiesColumn),
                              QStringLiteral("发布典型案例。")));
        QVERIFY(model.moveItem(20, 1, &error));
        QVERIFY(model.removeItem(0, &error));
        QVERIFY(
            !model.setData(model.index(1, OrganizerListModel::NameColumn), QStringLiteral("最高人民法院")));
        QVERIFY(!model.appendNamed(QString(), &error));
        QVERIFY(error.contains(QLatin1String("name")));

        QVERIFY(f.reopen());
        CampaignContent stored;
        QVERIFY(CampaignRepository(*f.db).load(campaign, &stored, &error));
        QCOMPARE(stored.organizers.size(), 20);
        QCOMPARE(stored.organizers[0].name, QStringLiteral("最高人民法院"));
        QCOMPARE(stored.organizers[0].activities, QStringLiteral("发布典型案例。"));
        QCOMPARE(stored.organizers[1].name, QStringLiteral("中央宣传部"));
    }

    void metricsRoundTrip()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        MetricListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        const qint64 campaign = f.firstCampaignId();
        QVERIFY(model.load(campaign, &error));
        const int before = model.rowCount();

        QVERIFY(model.appendNamed(QStringLiteral("培训人员"), &error));
        QVERIFY(model.setData(model.index(before, MetricListModel::UnitColumn), QStringLiteral("人")));
        QVERIFY(!model.setData(model.index(before, MetricListModel::NameColumn), QStringLiteral("参与人数")));
        QVERIFY(model.lastError().contains(QStringLiteral("参与人数")));
        QVERIFY(!model.appendNamed(QStringLiteral(" "), &error));
        QVERIFY(model.moveItem(before, 0, &error));

        // Removing a metric drops its figures; the question says how many activities lose one.
        Activity a = activity(campaign, QStringLiteral("质量讲座"));
        a.figures = {{model.metrics()[1].id, {}, {120, false, true}}};
        QVERIFY(ActivityRepository(*f.db).insert(a, &error));
        QVERIFY2(model.removalQuestion(1).contains(QLatin1String("1")), qPrintable(model.removalQuestion(1)));
        QVERIFY(model.removeItem(1, &error));

        QVERIFY(f.reopen());
        CampaignContent stored;
        QVERIFY(CampaignRepository(*f.db).load(campaign, &stored, &error));
        QCOMPARE(stored.metrics.size(), before);
        QCOMPARE(stored.metrics[0].name, QStringLiteral("培训人员"));
        QCOMPARE(stored.metrics[0].unit, QStringLiteral("人"));
        Activity reloaded;
        QVERIFY(ActivityRepository(*f.db).load(a.id, &reloaded, &error));
        QVERIFY(reloaded.figures.isEmpty());
    }

    void requirementsRoundTrip()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        RequirementListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        const qint64 campaign = f.firstCampaignId();
        QVERIFY(model.load(campaign, &error));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.setData(model.index(2, RequirementListModel::TextColumn),
                              QStringLiteral("按时报送总结。")));
        QVERIFY(model.appendNamed(QStringLiteral("及时总结，报送材料"), &error));
        QVERIFY(!model.setData(model.index(3, RequirementListModel::TitleColumn), QString()));
        QVERIFY(model.moveItem(3, 0, &error));

        QVERIFY(f.reopen());
        CampaignContent stored;
        QVERIFY(CampaignRepository(*f.db).load(campaign, &stored, &error));
        QCOMPARE(stored.requirements.size(), 4);
        QCOMPARE(stored.requirements[0].title, QStringLiteral("及时总结，报送材料"));
        QCOMPARE(stored.requirements[3].text, QStringLiteral("按时报送总结。"));
    }

    void departmentEditsUndoAndRedo()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        DepartmentRepository repo(*f.db);
        QUndoStack stack;
        DepartmentListModel model(repo);
        model.setUndoStack(&stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY(model.load(&error));
        const QList<Department> original = f.departments();

        QVERIFY(model.rename(0, QStringLiteral("局办公室"), &error));
        QVERIFY(model.setArchived(1, true, &error));
        QVERIFY(model.moveItem(2, 0, &error));
        QVERIFY(model.appendNamed(QStringLiteral("宣传股"), &error)); // additions are not undoable
        QCOMPARE(stack.count(), 3);
        QCOMPARE(stack.undoText(), QStringLiteral("Move department “质量发展股”"));
        const QList<Department> edited = f.departments();

        stack.undo();
        stack.undo();
        stack.undo();
        QList<Department> undone = f.departments();
        QCOMPARE(undone.takeLast().name, QStringLiteral("宣传股"));
        for (int i = 0; i < original.size(); ++i) {
            QCOMPARE(undone[i].id, original[i].id);
            QCOMPARE(undone[i].name, original[i].name);
            QCOMPARE(undone[i].archived, original[i].archived);
        }
        QCOMPARE(model.departments().first().name, original.first().name); // the model re-read the file
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(f.departments(), edited);
    }

    void organizerEditsUndoAndRedo()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        QUndoStack stack;
        OrganizerListModel model(repo);
        model.setUndoStack(&stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        const qint64 campaign = f.firstCampaignId();
        QVERIFY(model.load(campaign, &error));
        auto names = [&] {
            CampaignContent c;
            if (!repo.load(campaign, &c, &error))
                qFatal("%s", qPrintable(error));
            QStringList out;
            for (const Organizer& o : std::as_const(c.organizers))
                out << o.name + QLatin1Char('|') + o.activities;
            return out;
        };
        const QStringList original = names();
        QVERIFY(model.appendNamed(QStringLiteral("最高人民检察院"), &error));
        QVERIFY(model.setData(model.index(0, OrganizerListModel::ActivitiesColumn), QStringLiteral("改写")));
        QVERIFY(model.removeItem(3, &error));
        QVERIFY(model.moveItem(5, 1, &error));
        QCOMPARE(stack.count(), 4);
        const QStringList edited = names();
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(names(), original);
        QCOMPARE(model.rowCount(), 20);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(names(), edited);
    }

    void pillarAndMetricEditsUndo()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        QUndoStack stack;
        PillarListModel pillars(repo);
        MetricListModel metrics(repo);
        pillars.setUndoStack(&stack);
        metrics.setUndoStack(&stack);
        QString error;
        const qint64 campaign = f.firstCampaignId();
        QVERIFY(pillars.load(campaign, &error));
        QVERIFY(metrics.load(campaign, &error));
        CampaignContent original;
        QVERIFY(repo.load(campaign, &original, &error));
        QVERIFY(pillars.setData(pillars.index(2, PillarListModel::TitleColumn), QStringLiteral("质量文化")));
        QVERIFY(pillars.moveItem(4, 0, &error));
        QVERIFY(metrics.setData(metrics.index(1, MetricListModel::UnitColumn), QStringLiteral("人")));
        QVERIFY(metrics.moveItem(0, 3, &error));
        while (stack.canUndo())
            stack.undo();
        CampaignContent undone;
        QVERIFY(repo.load(campaign, &undone, &error));
        QCOMPARE(undone.pillars, original.pillars);
        QCOMPARE(undone.metrics.size(), original.metrics.size());
        for (int i = 0; i < undone.metrics.size(); ++i) {
            QCOMPARE(undone.metrics[i].id, original.metrics[i].id);
            QCOMPARE(undone.metrics[i].unit, original.metrics[i].unit);
        }
        QCOMPARE(pillars.pillars(), original.pillars);
    }

    void campaignRules()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        CampaignRepository repo(*f.db);
        QString error;
        const QList<Campaign> all = f.campaigns();
        Campaign c = all.first();
        QVERIFY(ReferenceRules::campaignProblem(c, all).isEmpty());

        Campaign endsEarly = c;
        endsEarly.end = c.start.addDays(-1);
        QVERIFY(ReferenceRules::campaignProblem(endsEarly, all).contains(QLatin1String("end")));
        Campaign untitled = c;
        untitled.title = QStringLiteral("  ");
        QVERIFY(ReferenceRules::campaignProblem(untitled, all).contains(QLatin1String("title")));
        Campaign lateSummary = c;
        lateSummary.summaryDeadline = c.start.addDays(-3);
        QVERIFY(!ReferenceRules::campaignProblem(lateSummary, all).isEmpty());
        Campaign other = c;
        other.id = 999;
        QVERIFY(ReferenceRules::campaignProblem(other, all).contains(QLatin1String("2021")));
        QVERIFY(!ReferenceRules::newYearProblem(1900, all).isEmpty());

        UnitProfile unit;
        QVERIFY(!ReferenceRules::unitProblem(unit).isEmpty());
        unit.name = QStringLiteral("某县市场监督管理局");
        QVERIFY(ReferenceRules::unitProblem(unit).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReferenceModels)
#include "tst_referencemodels.moc"
