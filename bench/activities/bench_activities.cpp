#include "ActivityFilterModel.h"
#include "ActivityRepository.h"
#include "ActivityTableModel.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

#include <limits>

// Run by hand: bench_activities [-iterations N]. The 100 000-activity file is made once and kept
// (CP_BENCH_FILE, default /tmp/cp-bench-100k.campaign); generating it takes a few seconds.
class BenchActivities : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 15)};
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    ActivityFilterModel* m_filter = nullptr;
    QTableView* m_view = nullptr;

    static int rows()
    {
        const int n = qEnvironmentVariableIntValue("CP_BENCH_ROWS");
        return n > 0 ? n : 100000;
    }

private slots:
    void initTestCase()
    {
        m_path =
            qEnvironmentVariable("CP_BENCH_FILE", QStringLiteral("/tmp/cp-bench-%1.campaign").arg(rows()));
        if (!QFileInfo::exists(m_path)) {
            QString error;
            auto db = CampaignFile::createDefault(m_path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DemoGenerator::populate(*db, rows(), 7, &error), qPrintable(error));
        }
        QString error;
        m_ws = Workspace::open(m_path, m_clock, &error);
        QVERIFY2(m_ws, qPrintable(error));
        m_filter = new ActivityFilterModel(this);
        m_filter->setSourceModel(m_ws->activityModel());
        m_view = new QTableView;
        m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_view->verticalHeader()->setDefaultSectionSize(24);
        m_view->verticalHeader()->hide();
        m_view->setModel(m_filter);
        m_view->resize(1300, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        qInfo("rows in model: %d", m_ws->activityModel()->rowCount());
    }

    void cleanupTestCase()
    {
        delete m_view;
        m_ws.reset();
    }

    void openToModel()
    {
        QBENCHMARK_ONCE
        {
            QString error;
            auto ws = Workspace::open(m_path, m_clock, &error);
            QVERIFY(ws && ws->activityModel()->rowCount() >= rows());
        }
    }

    // Where opening spends its time: the file itself, then the activity rows.
    void openParts()
    {
        QElapsedTimer t;
        t.start();
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY(db);
        const qint64 openMs = t.restart();
        ActivityRepository repo(*db);
        QList<Activity> all;
        QVERIFY2(repo.loadAll(0, &all, &error), qPrintable(error));
        const qint64 loadMs = t.restart();
        ActivityTableModel model(m_clock);
        model.setActivities(all);
        qInfo("Database::open %lld ms, ActivityRepository::loadAll %lld ms (%lld rows), model %lld ms",
              openMs, loadMs, qint64(all.size()), t.elapsed());
    }

    // Typing "质量宣传" one character at a time, then clearing, with the view attached.
    void filterKeystroke_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("first key over all rows") << QString() << QStringLiteral("社");
        QTest::newRow("second key narrows") << QStringLiteral("社") << QStringLiteral("社区");
        QTest::newRow("rare text over all rows") << QString() << QStringLiteral("电梯");
        QTest::newRow("clear search") << QStringLiteral("社区") << QString();
    }
    void filterKeystroke()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        // Only the step from `before` to `after` is timed (QBENCHMARK would time both).
        ActivityFilter f;
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 5; ++i) {
            f.text = before;
            m_filter->setFilter(f);
            m_view->viewport()->repaint();
            QElapsedTimer t;
            t.start();
            f.text = after;
            m_filter->setFilter(f);
            m_filter->counts(); // the page shows shown / overdue / due-soon after every filter
            m_view->viewport()->repaint();
            best = std::min(best, t.nsecsElapsed());
        }
        qInfo("%s: %.1f ms, %d rows shown", QTest::currentDataTag(), best / 1e6, m_filter->rowCount());
        QTest::setBenchmarkResult(best / 1e6, QTest::WalltimeMilliseconds);
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("title (pinyin)") << int(ActivityTableModel::TitleColumn);
        QTest::newRow("lead department") << int(ActivityTableModel::LeadColumn);
        QTest::newRow("dates") << int(ActivityTableModel::DatesColumn);
        QTest::newRow("owner (pinyin)") << int(ActivityTableModel::OwnerColumn);
    }
    void sort()
    {
        QFETCH(int, column);
        m_filter->setFilter({});
        qint64 cold = 0, warm = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            m_view->sortByColumn(ActivityTableModel::NumberColumn, Qt::AscendingOrder);
            if (i == 0) // an edit drops the cached keys: the first sort after it computes them again
                emit m_ws->activityModel()->dataChanged(m_ws->activityModel()->index(0, 0),
                                                        m_ws->activityModel()->index(0, 0));
            QElapsedTimer t;
            t.start();
            m_view->sortByColumn(column, i == 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            m_view->viewport()->repaint();
            if (i == 0)
                cold = t.nsecsElapsed();
            else
                warm = std::min(warm, t.nsecsElapsed());
        }
        qInfo("%s: %.1f ms with keys computed, %.1f ms with cached keys", QTest::currentDataTag(), cold / 1e6,
              warm / 1e6);
        QTest::setBenchmarkResult(cold / 1e6, QTest::WalltimeMilliseconds);
    }

    void editSaved()
    {
        ActivityTableModel* model = m_ws->activityModel();
        const QModelIndex cell = m_filter->index(10, ActivityTableModel::TitleColumn);
        int n = 0;
        QBENCHMARK
        {
            QVERIFY(m_filter->setData(cell, QStringLiteral("基准测试编辑 %1").arg(++n)));
        }
        QVERIFY(model->activityAt(0).id > 0);
    }
};

QTEST_MAIN(BenchActivities)
#include "bench_activities.moc"
