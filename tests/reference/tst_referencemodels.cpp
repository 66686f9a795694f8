#include "ActivityEditor.h"
#include "ActivityRepository.h"
#include "ActivityTableModel.h"
#include "DepartmentListModel.h"
#include "DepartmentRepository.h"
#include "MetricListModel.h"
#include "OrganizerListModel.h"
#include "PillarListModel.h"
#include "ReferenceEditor.h"
#include "ReferenceFixture.h"
#include "ReferenceRules.h"
#include "RequirementListModel.h"
#include "SloganListModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

// Reference data edited through the workspace's models and the ReferenceEditor: each edit reaches the
// file at once, is one undo step, and the workspace (what every page and export reads) always holds
// what the file holds, also after undo and redo. A bad edit is refused with a reason and changes
// nothing. QAbstractItemModelTester watches the models while they change.
class TestReferenceModels : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 10)};

    // A fresh file (with `activities` written before it opens) open in a workspace with its editor.
    struct Open
    {
        ReferenceFixture f;
        std::unique_ptr<Workspace> ws;
        std::unique_ptr<ReferenceEditor> editor;
        qint64 campaign = 0;

        bool start(const Clock& clock, QList<Activity>* activities = nullptr)
        {
            if (!f.create())
                return false;
            campaign = f.firstCampaignId();
            QString error;
            if (activities) {
                for (Activity& a : *activities)
                    a.campaignId = campaign;
                if (!ActivityRepository(*f.db).insert(*activities, &error))
                    qWarning() << error;
            }
            f.db.reset(); // the workspace opens the file itself
            ws = Workspace::open(f.path, clock, &error);
            if (!ws) {
                qWarning() << error;
                return false;
            }
            editor = std::make_unique<ReferenceEditor>(*ws);
            return true;
        }
        QUndoStack& stack() const { return *ws->undoStack(); }
        // What another program reads from the file now.
        CampaignContent stored() const
        {
            QString error;
            auto db = Database::open(f.path, &error);
            CampaignContent c;
            if (!db || !CampaignRepository(*db).load(campaign, &c, &error))
                qWarning() << error;
            return c;
        }
        QList<Department> storedDepartments() const
        {
            QString error;
            auto db = Database::open(f.path, &error);
            QList<Department> out;
            if (!db || !DepartmentRepository(*db).list(&out, &error))
                qFatal("%s", qPrintable(error));
            return out;
        }
        Activity storedActivity(qint64 id) const
        {
            QString error;
            auto db = Database::open(f.path, &error);
            Activity a;
            if (!db || !ActivityRepository(*db).load(id, &a, &error))
                qWarning() << error;
            return a;
        }
        QString storedUuid(const QString& table, qint64 id) const
        {
            QString error;
            auto db = Database::open(f.path, &error);
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(id);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        }
        // The workspace, its models and the file agree on every list.
        bool inStep() const
        {
            const CampaignContent file = stored();
            const CampaignContent& mine = ws->campaign();
            auto sameOrganizers = [](const QList<Organizer>& a, const QList<Organizer>& b) {
                return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                                  [](const auto& x, const auto& y) {
                                      return x.name == y.name && x.activities == y.activities && x.id == y.id;
                                  });
            };
            bool ok = true;
            auto check = [&ok](bool same, const char* what) {
                if (!same)
                    qWarning("workspace and file differ: %s", what);
                ok = ok && same;
            };
            check(file.campaign == mine.campaign, "campaign");
            check(file.pillars == mine.pillars, "pillars");
            check(file.metrics == mine.metrics, "metrics");
            check(sameOrganizers(file.organizers, mine.organizers), "organizers");
            check(file.requirements == mine.requirements, "requirements");
            check(file.slogans.size() == mine.slogans.size(), "slogans");
            check(storedDepartments() == ws->departments(), "departments");
            check(ws->pillarModel()->pillars() == mine.pillars, "pillar model");
            check(ws->metricModel()->metrics() == mine.metrics, "metric model");
            check(ws->organizerModel()->organizers() == mine.organizers, "organizer model");
            check(ws->requirementModel()->requirements() == mine.requirements, "requirement model");
            check(ws->departmentModel()->departments() == ws->departments(), "department model");
            return ok;
        }
    };

    static Activity activity(const QString& title)
    {
        Activity a;
        a.title = title;
        a.start = QDate(2021, 9, 1);
        a.end = QDate(2021, 9, 30);
        return a;
    }

    static void watch(QObject* owner, QAbstractItemModel* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, owner);
    }

private slots:
    void departmentsRoundTrip()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        DepartmentListModel& model = *o.ws->departmentModel();
        watch(this, &model);
        QString error;
        const int before = model.rowCount();
        QVERIFY(before > 0);
        QSignalSpy changed(&model, &ReferenceListModel::changed);
        QSignalSpy announced(o.ws.get(), &Workspace::referenceDataChanged);

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
        QCOMPARE(announced.count(), 6);
        QCOMPARE(o.stack().count(), 6);
        QVERIFY(o.inStep());
        const QList<Department> stored = o.storedDepartments();
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
        Open o;
        QVERIFY(o.start(m_clock));
        DepartmentListModel& model = *o.ws->departmentModel();
        watch(this, &model);
        QString error;
        const QList<Department> before = model.departments();
        QSignalSpy refused(&model, &ReferenceListModel::refused);
        QSignalSpy rejected(o.editor.get(), &ReferenceEditor::rejected);

        QVERIFY(!model.appendNamed(name, &error));
        QVERIFY2(error.contains(reasonPart), qPrintable(error));
        // Renaming another department to the same name is refused the same way.
        QVERIFY(!model.setData(model.index(1, DepartmentListModel::NameColumn), name));
        QVERIFY(model.lastError().contains(reasonPart));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(rejected.count(), 2);
        QCOMPARE(model.departments(), before);
        QCOMPARE(o.storedDepartments(), before);
        QCOMPARE(o.stack().count(), 0);
    }

    // A department removal clears it from the activities that name it; undo puts the department back
    // under its id and uuid and every link with it, in the file and in the activity table.
    void departmentRemovalIsUndoneWithItsLinks()
    {
        Open o;
        QList<Activity> rows{activity(QStringLiteral("质量开放日")),
                             activity(QStringLiteral("计量义务检定"))};
        {
            ReferenceFixture probe; // every file starts from the same template, with the same ids
            QVERIFY(probe.create());
            QString error;
            QList<Department> d;
            QVERIFY2(DepartmentRepository(*probe.db).list(&d, &error), qPrintable(error));
            rows[0].leadDepartmentId = d[1].id;
            rows[1].leadDepartmentId = d[0].id;
            rows[0].assistingDepartmentIds = {d[1].id}; // led and assisted: still one activity
            rows[1].assistingDepartmentIds = {d[1].id};
        }
        QVERIFY(o.start(m_clock, &rows));
        DepartmentListModel& model = *o.ws->departmentModel();
        watch(this, &model);
        const Department gone = model.departments()[1];
        const QString uuid = o.storedUuid(QStringLiteral("department"), gone.id);
        QCOMPARE(model.usage(1), 2);
        QCOMPARE(model.index(1, DepartmentListModel::UsageColumn).data().toInt(), 2);
        QVERIFY2(model.removalQuestion(1).contains(QLatin1String("2")), qPrintable(model.removalQuestion(1)));
        QVERIFY(model.removalQuestion(2).contains(QLatin1String("No activity")));

        QString error;
        QVERIFY2(model.removeItem(1, &error), qPrintable(error));
        QCOMPARE(o.storedActivity(rows[0].id).leadDepartmentId, 0);
        QVERIFY(o.storedActivity(rows[1].id).assistingDepartmentIds.isEmpty());
        const ActivityTableModel& table = *o.ws->activityModel();
        QCOMPARE(table.activityAt(table.rowOfId(rows[0].id)).leadDepartmentId, 0);
        QVERIFY(o.inStep());

        o.stack().undo();
        QCOMPARE(model.departments()[1], gone);
        QCOMPARE(o.storedUuid(QStringLiteral("department"), gone.id), uuid);
        QCOMPARE(o.storedActivity(rows[0].id).leadDepartmentId, gone.id);
        QCOMPARE(o.storedActivity(rows[0].id).assistingDepartmentIds, QList<qint64>{gone.id});
        QCOMPARE(o.storedActivity(rows[1].id).assistingDepartmentIds, QList<qint64>{gone.id});
        QCOMPARE(table.activityAt(table.rowOfId(rows[0].id)).leadDepartmentId, gone.id);
        QCOMPARE(model.usage(1), 2);
        QVERIFY(o.inStep());
        o.stack().redo();
        QCOMPARE(o.storedActivity(rows[0].id).leadDepartmentId, 0);
        QVERIFY(o.inStep());
    }

    void pillarsRoundTrip()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        PillarListModel& model = *o.ws->pillarModel();
        watch(this, &model);
        QString error;
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
        QVERIFY(o.inStep());

        const CampaignContent stored = o.stored();
        QCOMPARE(stored.pillars.size(), 5);
        QCOMPARE(stored.pillars[0].title, QStringLiteral("（六）县局特色活动"));
        QCOMPARE(stored.pillars[1].shortName, QStringLiteral("宣传"));
        QCOMPARE(stored.pillars[1].colour, QStringLiteral("#123456"));
        QCOMPARE(stored.pillars[2].fullText, QStringLiteral("第一段。\n第二段。"));
        // The activity table names and colours pillars from the same list.
        QCOMPARE(o.ws->activityModel()->pillarTitle(stored.pillars[1].id), QStringLiteral("宣传"));
    }

    void pillarRefusals()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        PillarListModel& model = *o.ws->pillarModel();
        QString error;
        const QList<Pillar> before = model.pillars();
        QVERIFY(!model.setData(model.index(0, PillarListModel::TitleColumn), QStringLiteral(" ")));
        QVERIFY(model.lastError().contains(QLatin1String("title")));
        QVERIFY(!model.setData(model.index(0, PillarListModel::ColourColumn), QStringLiteral("#12")));
        QVERIFY(model.lastError().contains(QLatin1String("colour")));
        QVERIFY(!model.appendNamed(before[1].title, &error));
        QVERIFY(error.contains(QLatin1String("already")));
        QVERIFY(!model.removeItem(17, &error));
        QVERIFY(!model.moveItem(0, 9, &error));
        QCOMPARE(o.stored().pillars, before);
        QCOMPARE(o.ws->campaign().pillars, before);
        QCOMPARE(o.stack().count(), 0);
    }

    // Adding a pillar, filing an activity under it and removing the pillar are three steps; undone and
    // redone, the pillar keeps its id and uuid, so the activity edit in between still finds it.
    void pillarAddAndRemoveKeepIdsThroughUndo()
    {
        QList<Activity> rows{activity(QStringLiteral("质量开放日"))};
        Open o;
        QVERIFY(o.start(m_clock, &rows));
        ActivityEditor activities(*o.ws);
        PillarListModel& model = *o.ws->pillarModel();
        watch(this, &model);
        QString error;
        QVERIFY(model.appendNamed(QStringLiteral("（六）县局特色活动"), &error));
        const Pillar added = model.pillars().last();
        const QString uuid = o.storedUuid(QStringLiteral("pillar"), added.id);
        QVERIFY(!uuid.isEmpty());
        Activity filed = o.ws->activityModel()->activityAt(0);
        const Activity unfiled = filed;
        filed.pillarId = added.id;
        QVERIFY(activities.edit(unfiled, filed, {}));
        QVERIFY(model.removalQuestion(5).contains(QLatin1String("1 activity")));
        QVERIFY(model.removeItem(5, &error));
        QCOMPARE(o.storedActivity(filed.id).pillarId, 0);
        QCOMPARE(o.ws->activityModel()->activityAt(0).pillarId, 0);
        QCOMPARE(o.stack().count(), 3);
        QCOMPARE(o.stack().undoText(), QStringLiteral("Delete pillar “（六）县局特色活动”"));

        o.stack().undo(); // the pillar is back, the activity filed under it again
        QCOMPARE(model.pillars().last(), added);
        QCOMPARE(o.storedActivity(filed.id).pillarId, added.id);
        QCOMPARE(o.ws->activityModel()->activityAt(0).pillarId, added.id);
        o.stack().undo(); // the activity edit
        o.stack().undo(); // the addition
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(o.storedUuid(QStringLiteral("pillar"), added.id).isEmpty());
        QVERIFY(o.inStep());

        while (o.stack().canRedo())
            o.stack().redo();
        QCOMPARE(o.stack().count(), 3); // nothing was dropped on the way
        QCOMPARE(o.storedUuid(QStringLiteral("pillar"), added.id), QString()); // removed again
        o.stack().undo();
        QCOMPARE(o.storedUuid(QStringLiteral("pillar"), added.id), uuid);
        QCOMPARE(o.storedActivity(filed.id).pillarId, added.id);
        QVERIFY(o.inStep());
    }

    void organizersRoundTrip()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        OrganizerListModel& model = *o.ws->organizerModel();
        watch(this, &model);
        QString error;
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
        QVERIFY(o.inStep());

        const CampaignContent stored = o.stored();
        QCOMPARE(stored.organizers.size(), 20);
        QCOMPARE(stored.organizers[0].name, QStringLiteral("最高人民法院"));
        QCOMPARE(stored.organizers[0].activities, QStringLiteral("发布典型案例。"));
        QCOMPARE(stored.organizers[1].name, QStringLiteral("中央宣传部"));
    }

    // Removing a metric drops its figures; the question says how many activities lose one, and undo
    // brings the metric and every figure back.
    void metricsRoundTrip()
    {
        QList<Activity> rows{activity(QStringLiteral("质量讲座"))};
        qint64 counted = 0;
        {
            ReferenceFixture probe; // every file starts from the same template, with the same ids
            QVERIFY(probe.create());
            CampaignContent c;
            QString error;
            QVERIFY(CampaignRepository(*probe.db).load(probe.firstCampaignId(), &c, &error));
            counted = c.metrics[1].id;
        }
        rows[0].figures = {{counted, {}, {120, true, true}}};
        Open o;
        QVERIFY(o.start(m_clock, &rows));
        MetricListModel& model = *o.ws->metricModel();
        watch(this, &model);
        QString error;
        const int before = model.rowCount();

        QVERIFY(model.appendNamed(QStringLiteral("培训人员"), &error));
        QVERIFY(model.setData(model.index(before, MetricListModel::UnitColumn), QStringLiteral("人")));
        QVERIFY(!model.setData(model.index(before, MetricListModel::NameColumn), QStringLiteral("参与人数")));
        QVERIFY(model.lastError().contains(QStringLiteral("参与人数")));
        QVERIFY(!model.appendNamed(QStringLiteral(" "), &error));
        QVERIFY(model.moveItem(before, 0, &error));
        QCOMPARE(model.metrics()[2].id, counted);
        QVERIFY2(model.removalQuestion(2).contains(QLatin1String("1")), qPrintable(model.removalQuestion(2)));
        QVERIFY(model.removeItem(2, &error));
        QVERIFY(o.inStep());

        const CampaignContent stored = o.stored();
        QCOMPARE(stored.metrics.size(), before);
        QCOMPARE(stored.metrics[0].name, QStringLiteral("培训人员"));
        QCOMPARE(stored.metrics[0].unit, QStringLiteral("人"));
        QVERIFY(o.storedActivity(rows[0].id).figures.isEmpty());
        QVERIFY(o.ws->activityModel()->activityAt(0).figures.isEmpty());

        o.stack().undo();
        QCOMPARE(o.storedActivity(rows[0].id).figures, rows[0].figures);
        QCOMPARE(o.ws->activityModel()->activityAt(0).figures, rows[0].figures);
        QCOMPARE(model.metrics()[2].id, counted);
        QVERIFY(o.inStep());
    }

    void requirementsRoundTrip()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        RequirementListModel& model = *o.ws->requirementModel();
        watch(this, &model);
        QString error;
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.setData(model.index(2, RequirementListModel::TextColumn),
                              QStringLiteral("按时报送总结。")));
        QVERIFY(model.appendNamed(QStringLiteral("及时总结，报送材料"), &error));
        QVERIFY(!model.setData(model.index(3, RequirementListModel::TitleColumn), QString()));
        QVERIFY(model.moveItem(3, 0, &error));
        QVERIFY(o.inStep());

        const CampaignContent stored = o.stored();
        QCOMPARE(stored.requirements.size(), 4);
        QCOMPARE(stored.requirements[0].title, QStringLiteral("及时总结，报送材料"));
        QCOMPARE(stored.requirements[3].text, QStringLiteral("按时报送总结。"));
    }

    void departmentEditsUndoAndRedo()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        DepartmentListModel& model = *o.ws->departmentModel();
        watch(this, &model);
        QString error;
        const QList<Department> original = o.storedDepartments();

        QVERIFY(model.rename(0, QStringLiteral("局办公室"), &error));
        QVERIFY(model.setArchived(1, true, &error));
        QVERIFY(model.moveItem(2, 0, &error));
        QVERIFY(model.appendNamed(QStringLiteral("宣传股"), &error));
        QCOMPARE(o.stack().count(), 4);
        QCOMPARE(o.stack().undoText(), QStringLiteral("Add department “宣传股”"));
        const QList<Department> edited = o.storedDepartments();

        while (o.stack().canUndo())
            o.stack().undo();
        QCOMPARE(o.storedDepartments(), original);
        QCOMPARE(model.departments(), original);
        QVERIFY(o.inStep());
        while (o.stack().canRedo())
            o.stack().redo();
        QCOMPARE(o.storedDepartments(), edited);
        QVERIFY(o.inStep());
    }

    void organizerEditsUndoAndRedo()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        OrganizerListModel& model = *o.ws->organizerModel();
        watch(this, &model);
        QString error;
        auto names = [&] {
            QStringList out;
            for (const Organizer& org : o.stored().organizers)
                out << org.name + QLatin1Char('|') + org.activities;
            return out;
        };
        const QStringList original = names();
        QVERIFY(model.appendNamed(QStringLiteral("最高人民检察院"), &error));
        QVERIFY(model.setData(model.index(0, OrganizerListModel::ActivitiesColumn), QStringLiteral("改写")));
        QVERIFY(model.removeItem(3, &error));
        QVERIFY(model.moveItem(5, 1, &error));
        QCOMPARE(o.stack().count(), 4);
        const QStringList edited = names();
        while (o.stack().canUndo())
            o.stack().undo();
        QCOMPARE(names(), original);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(o.inStep());
        while (o.stack().canRedo())
            o.stack().redo();
        QCOMPARE(names(), edited);
        QVERIFY(o.inStep());
    }

    void pillarAndMetricEditsUndo()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        PillarListModel& pillars = *o.ws->pillarModel();
        MetricListModel& metrics = *o.ws->metricModel();
        watch(this, &pillars);
        watch(this, &metrics);
        QString error;
        const CampaignContent original = o.stored();
        QVERIFY(pillars.setData(pillars.index(2, PillarListModel::TitleColumn), QStringLiteral("质量文化")));
        QVERIFY(pillars.moveItem(4, 0, &error));
        QVERIFY(metrics.setData(metrics.index(1, MetricListModel::UnitColumn), QStringLiteral("人")));
        QVERIFY(metrics.moveItem(0, 3, &error));
        while (o.stack().canUndo())
            o.stack().undo();
        const CampaignContent undone = o.stored();
        QCOMPARE(undone.pillars, original.pillars);
        QCOMPARE(undone.metrics, original.metrics);
        QCOMPARE(pillars.pillars(), original.pillars);
        QVERIFY(o.inStep());
    }

    // The campaign's properties and the unit: validated, one step each, the workspace in step.
    void campaignAndUnitEditsUndo()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        QString error;
        const Campaign original = o.ws->campaign().campaign;
        const UnitProfile originalUnit = o.ws->unit();
        Campaign c = original;
        c.theme = QStringLiteral("质量：厚植文化 传递信任");
        c.state = CampaignState::Running;
        QVERIFY2(o.editor->editCampaign(c, &error), qPrintable(error));
        Campaign bad = c;
        bad.end = c.start.addDays(-1);
        QVERIFY(!o.editor->editCampaign(bad, &error));
        QVERIFY(error.contains(QLatin1String("end")));
        QVERIFY(o.editor->editCampaign(c, &error)); // nothing changed: no step
        UnitProfile unit{QStringLiteral("清河县市场监督管理局"), QStringLiteral("清河县"),
                         UnitProfile::Level::County};
        QVERIFY2(o.editor->editUnit(unit, &error), qPrintable(error));
        QVERIFY(!o.editor->editUnit(UnitProfile{}, &error));
        QCOMPARE(o.stack().count(), 2);
        QCOMPARE(o.ws->campaign().campaign, c);
        QCOMPARE(o.ws->campaigns().first(), c);
        QCOMPARE(o.ws->snapshot().unit, unit);
        QVERIFY(o.inStep());
        o.stack().undo();
        o.stack().undo();
        QCOMPARE(o.ws->campaign().campaign, original);
        QCOMPARE(o.stored().campaign, original);
        QCOMPARE(o.ws->unit(), originalUnit);
    }

    // Slogans: every edit of the list is one undo step; a row being typed into is no slogan yet and
    // survives the saves of the others.
    void slogansUndoAndRedo()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        SloganListModel& model = *o.ws->sloganModel();
        watch(this, &model);
        const QStringList original = model.texts();
        QVERIFY(original.size() > 3);
        QSignalSpy edited(&model, &SloganListModel::edited);
        QVERIFY(model.setData(model.index(0), QStringLiteral("质量第一 人人有责")));
        QVERIFY(model.moveRow({}, 2, {}, 0));
        QVERIFY(model.insertRows(1, 1)); // an empty row: not saved
        QCOMPARE(o.stack().count(), 2);
        QCOMPARE(model.pasteLines(QStringLiteral("1. 一句\n2、两句")), 2);
        QCOMPARE(model.rowCount(), original.size() + 3); // the empty row is still there
        QCOMPARE(o.stack().count(), 3);
        QCOMPARE(edited.count(), 3);
        QCOMPARE(o.stored().slogans.size(), original.size() + 2);
        QCOMPARE(o.ws->campaign().slogans.size(), original.size() + 2);
        QCOMPARE(o.stored().slogans.last().text, QStringLiteral("两句"));

        while (o.stack().canUndo())
            o.stack().undo();
        QCOMPARE(model.texts(), original);
        QStringList stored;
        for (const Slogan& s : o.stored().slogans)
            stored << s.text;
        QCOMPARE(stored, original);
        o.stack().redo();
        QCOMPARE(o.ws->campaign().slogans.first().text, QStringLiteral("质量第一 人人有责"));
        QCOMPARE(model.texts().first(), QStringLiteral("质量第一 人人有责"));
    }

    // Without an editor (no composition root) the workspace's lists are read-only.
    void modelsWithoutEditorAreReadOnly()
    {
        Open o;
        QVERIFY(o.start(m_clock));
        o.editor.reset();
        PillarListModel& model = *o.ws->pillarModel();
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QString error;
        QVERIFY(!model.appendNamed(QStringLiteral("（六）"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!o.ws->sloganModel()->setData(o.ws->sloganModel()->index(0), QStringLiteral("改")));
        QCOMPARE(o.stored().pillars.size(), 5);
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
