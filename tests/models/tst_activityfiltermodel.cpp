#include "ActivityEditor.h"
#include "ActivityFilterModel.h"
#include "ActivityTableModel.h"
#include "DeadlineRules.h"
#include "TestFile.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QUndoStack>

// Filtering gives exactly the rows ActivityFilter::matches accepts; sorting orders Chinese by pinyin.
class TestActivityFilterModel : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 15)};

    static QList<qint64> shownIds(const ActivityFilterModel& proxy)
    {
        QList<qint64> ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids << proxy.index(r, 0).data(ActivityTableModel::IdRole).toLongLong();
        return ids;
    }

    static QList<qint64> expectedIds(const ActivityTableModel& model, const ActivityFilter& f, QDate today)
    {
        QList<qint64> ids;
        for (const Activity& a : model.activities())
            if (f.matches(a, today))
                ids << a.id;
        return ids;
    }

private slots:
    void passesModelTesterThroughChanges()
    {
        TestFile file(120);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityFilterModel proxy;
        proxy.setSourceModel(ws->activityModel());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActivityFilter f;
        f.text = QStringLiteral("质量");
        f.status = int(ActivityStatus::NotStarted);
        proxy.setFilter(f);
        QVERIFY(proxy.rowCount() > 0);
        proxy.sort(ActivityTableModel::TitleColumn, Qt::DescendingOrder);
        proxy.setGroupByPillar(true);
        ActivityTableModel* model = ws->activityModel();
        // Edits, additions and removals in the source pass through the proxy.
        const QModelIndex first = proxy.mapToSource(proxy.index(0, ActivityTableModel::StatusColumn));
        QVERIFY(model->setData(first, int(ActivityStatus::Done))); // no longer matches: leaves
        QVERIFY(!shownIds(proxy).contains(first.data(ActivityTableModel::IdRole).toLongLong()));
        Activity a;
        a.campaignId = ws->currentCampaignId();
        a.title = QStringLiteral("质量开放日");
        a.status = ActivityStatus::NotStarted;
        const qint64 id = editor.add(a);
        QVERIFY(id > 0);
        QCOMPARE(shownIds(proxy).last(), id); // new rows appear at the end
        QVERIFY(editor.remove({id, model->activityAt(5).id, model->activityAt(6).id}));
        QVERIFY(!shownIds(proxy).contains(id));
        ws->undoStack()->undo();
        ws->undoStack()->undo();
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), model->rowCount());
    }

    void filterMatchesDomainRule_data()
    {
        QTest::addColumn<ActivityFilter>("filter");
        auto f = [](auto change) {
            ActivityFilter filter;
            change(filter);
            return filter;
        };
        QTest::newRow("none") << ActivityFilter{};
        QTest::newRow("text 社区") << f([](ActivityFilter& x) { x.text = QStringLiteral("社区"); });
        QTest::newRow("text with spaces") << f([](ActivityFilter& x) { x.text = QStringLiteral("  检查 "); });
        QTest::newRow("latin text any case") << f([](ActivityFilter& x) { x.text = QStringLiteral("qc"); });
        QTest::newRow("status done") << f([](ActivityFilter& x) { x.status = int(ActivityStatus::Done); });
        QTest::newRow("overdue") << f([](ActivityFilter& x) { x.overdueOnly = true; });
        QTest::newRow("dates") << f([](ActivityFilter& x) {
            x.from = QDate(2021, 9, 10);
            x.to = QDate(2021, 9, 12);
        });
        QTest::newRow("text and overdue") << f([](ActivityFilter& x) {
            x.text = QStringLiteral("宣传");
            x.overdueOnly = true;
        });
    }
    void filterMatchesDomainRule()
    {
        QFETCH(ActivityFilter, filter);
        TestFile file(300);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityTableModel* model = ws->activityModel();
        // A few rows with Latin text, to check the case-insensitive path.
        for (int row : {1, 2}) {
            Activity a = model->activityAt(row);
            a.description = row == 1 ? QStringLiteral("QC小组成果发布") : QStringLiteral("qc circle");
            QVERIFY(editor.edit(model->activityAt(row), a, {}));
        }
        ActivityFilterModel proxy;
        proxy.setSourceModel(model);
        proxy.setFilter(filter);
        const QList<qint64> expected = expectedIds(*model, filter, m_clock.today());
        QCOMPARE(shownIds(proxy), expected);
        if (filter.isEmpty())
            QCOMPARE(proxy.rowCount(), 300);
        else
            QVERIFY(proxy.rowCount() < 300);
    }

    // Past 50 000 rows the search runs in pieces on several threads and remembers its answer per
    // distinct text (equal texts share their characters); it must still answer exactly as the rule.
    void largeSearchAnswersAsTheRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::newRow("shared titles") << QStringLiteral("社区") << -1;
        QTest::newRow("one row's own text") << QStringLiteral("编号 59998 ") << -1;
        QTest::newRow("latin, any case") << QStringLiteral("Qc") << -1;
        QTest::newRow("text and status") << QStringLiteral("宣传") << int(ActivityStatus::Done);
        QTest::newRow("nothing") << QStringLiteral("没有这样的字") << -1;
    }
    void largeSearchAnswersAsTheRule()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        const QStringList titles = {QStringLiteral("社区质量宣传"), QStringLiteral("QC小组发布"),
                                    QStringLiteral("企业开放日"), QStringLiteral("qc circle 宣传")};
        QList<Activity> rows(60000);
        for (int i = 0; i < rows.size(); ++i) {
            Activity& a = rows[i];
            a.id = i + 1;
            a.title = titles.at(i % titles.size()); // shared characters, as the loader makes them
            a.description = QStringLiteral("编号 %1 说明").arg(i); // every one its own
            a.location = i % 7 == 0 ? QStringLiteral("社区服务中心") : QString();
            a.owner = QString(titles.at((i / 3) % titles.size())).left(2); // equal texts, own characters
            a.status = ActivityStatus(i % 4);
        }
        ActivityTableModel model(m_clock);
        model.setActivities(rows);
        ActivityFilterModel proxy;
        proxy.setSourceModel(&model);
        ActivityFilter f;
        f.text = text;
        f.status = status;
        proxy.setFilter(f);
        const QList<qint64> expected = expectedIds(model, f, m_clock.today());
        QCOMPARE(shownIds(proxy), expected);
        // Narrowing a large result searches the shown rows in pieces too.
        f.text = text + QStringLiteral("宣");
        proxy.setFilter(f);
        QCOMPARE(shownIds(proxy), expectedIds(model, f, m_clock.today()));
        f.text = text;
        f.status = -1;
        proxy.setFilter(f);
        QCOMPARE(shownIds(proxy), expectedIds(model, f, m_clock.today()));
    }

    void narrowingTextKeepsRuleAndOrder()
    {
        TestFile file(300);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityFilterModel proxy;
        proxy.setSourceModel(ws->activityModel());
        proxy.sort(ActivityTableModel::OwnerColumn);
        ActivityFilter f;
        for (const QString& typed :
             {QStringLiteral("质"), QStringLiteral("质量"), QStringLiteral("质量月")}) {
            f.text = typed;
            proxy.setFilter(f);
            QList<qint64> shown = shownIds(proxy);
            QList<qint64> expected = expectedIds(*ws->activityModel(), f, m_clock.today());
            std::sort(shown.begin(), shown.end());
            QCOMPARE(shown, expected);
        }
        // Still sorted by owner after narrowing.
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const Activity a = proxy.index(r - 1, 0).data(ActivityTableModel::ActivityRole).value<Activity>();
            const Activity b = proxy.index(r, 0).data(ActivityTableModel::ActivityRole).value<Activity>();
            QVERIFY(collator.compare(a.owner, b.owner) <= 0);
        }
    }

    void sortsChineseByPinyin()
    {
        ActivityTableModel model(m_clock);
        const QStringList owners = {QStringLiteral("张伟"), QStringLiteral("阿明"), QStringLiteral("王芳"),
                                    QStringLiteral("陈静"), QStringLiteral("白雪"), QString()};
        QList<Activity> rows;
        for (int i = 0; i < owners.size(); ++i) {
            Activity a;
            a.id = i + 1;
            a.title = QStringLiteral("活动%1").arg(i + 1);
            a.owner = owners.at(i);
            rows << a;
        }
        model.setActivities(rows);
        ActivityFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ActivityTableModel::OwnerColumn, Qt::AscendingOrder);
        QStringList sorted;
        for (int r = 0; r < proxy.rowCount(); ++r)
            sorted << proxy.index(r, ActivityTableModel::OwnerColumn).data().toString();
        // a(阿) b(白) c(陈) w(王) z(张); code-point order would put 张 (U+5F20) before 阿 (U+963F).
        QCOMPARE(sorted, (QStringList{QStringLiteral("阿明"), QStringLiteral("白雪"), QStringLiteral("陈静"),
                                      QStringLiteral("王芳"), QStringLiteral("张伟"), QString()}));
        proxy.sort(ActivityTableModel::TitleColumn, Qt::DescendingOrder);
        // Numeric collation: 活动6 before 活动5 …
        QCOMPARE(proxy.index(0, ActivityTableModel::TitleColumn).data().toString(), QStringLiteral("活动6"));
        QCOMPARE(proxy.index(5, ActivityTableModel::TitleColumn).data().toString(), QStringLiteral("活动1"));
    }

    void sortsDatesStatusAndProgress()
    {
        TestFile file(200);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityFilterModel proxy;
        proxy.setSourceModel(ws->activityModel());
        proxy.sort(ActivityTableModel::DeadlineColumn);
        QDate previous;
        bool seenEmpty = false;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QDate d =
                proxy.index(r, 0).data(ActivityTableModel::ActivityRole).value<Activity>().deadline;
            if (!d.isValid()) {
                seenEmpty = true; // open deadlines go last
                continue;
            }
            QVERIFY(!seenEmpty);
            QVERIFY(!previous.isValid() || previous <= d);
            previous = d;
        }
        proxy.sort(ActivityTableModel::ProgressColumn, Qt::DescendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, ActivityTableModel::ProgressColumn).data(Qt::EditRole).toInt() >=
                    proxy.index(r, ActivityTableModel::ProgressColumn).data(Qt::EditRole).toInt());
    }

    void groupsByPillar()
    {
        TestFile file(200);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityFilterModel proxy;
        proxy.setSourceModel(ws->activityModel());
        proxy.setGroupByPillar(true);
        proxy.sort(ActivityTableModel::StatusColumn);
        const ActivityTableModel* model = ws->activityModel();
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const Activity a = proxy.index(r - 1, 0).data(ActivityTableModel::ActivityRole).value<Activity>();
            const Activity b = proxy.index(r, 0).data(ActivityTableModel::ActivityRole).value<Activity>();
            QVERIFY(model->pillarOrder(a.pillarId) <= model->pillarOrder(b.pillarId));
            if (a.pillarId == b.pillarId)
                QVERIFY(a.status <= b.status);
        }
    }

    void sortKeepsSelectionRows()
    {
        TestFile file(50);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityFilterModel proxy;
        proxy.setSourceModel(ws->activityModel());
        const QPersistentModelIndex kept = proxy.index(7, 1);
        const qint64 id = kept.data(ActivityTableModel::IdRole).toLongLong();
        proxy.sort(ActivityTableModel::TitleColumn, Qt::DescendingOrder);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(ActivityTableModel::IdRole).toLongLong(), id);
    }

    void countsOverdueAndDueSoon()
    {
        TestFile file(300);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityFilterModel proxy;
        proxy.setSourceModel(ws->activityModel());
        int overdue = 0, soon = 0;
        for (const Activity& a : ws->activityModel()->activities()) {
            const auto u = DeadlineRules::urgency(a, m_clock.today());
            overdue += u == DeadlineRules::Urgency::Overdue;
            soon += u == DeadlineRules::Urgency::DueSoon;
        }
        const ActivityFilterModel::Counts c = proxy.counts();
        QCOMPARE(c.shown, 300);
        QCOMPARE(c.total, 300);
        QCOMPARE(c.overdue, overdue);
        QCOMPARE(c.dueSoon, soon);
        QVERIFY(overdue > 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityFilterModel)
#include "tst_activityfiltermodel.moc"
