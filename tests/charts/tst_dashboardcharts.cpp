#include "CampaignFile.h"
#include "ChartDrillDown.h"
#include "ChartPanel.h"
#include "ChartRenderer.h"
#include "DashboardCharts.h"
#include "DashboardExport.h"
#include "DashboardView.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "KpiTile.h"
#include "SnapshotLoader.h"
#include "UnitRollUpChart.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineSeries>
#include <QPieSeries>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The dashboard's charts and page on a hand-made plan whose every bar is worked out by hand,
// plus the page and the export on generated data (pictures must not be blank).
class TestDashboardCharts : public QObject
{
    Q_OBJECT

    static QDate sep(int day) { return QDate(2021, 9, day); }
    static Activity activity(qint64 pillar, qint64 lead, int from, int to, ActivityStatus status)
    {
        Activity a;
        a.campaignId = 1;
        a.pillarId = pillar;
        a.leadDepartmentId = lead;
        a.start = sep(from);
        a.end = sep(to);
        a.status = status;
        a.title = QStringLiteral("活动");
        return a;
    }

    static CampaignSnapshot handMade()
    {
        CampaignSnapshot s;
        s.campaign.campaign = {1,  2021, QStringLiteral("2021年“质量月”"), {}, {}, {}, {}, sep(1), sep(10),
                               {}, {}};
        s.campaign.pillars = {{11,
                               1,
                               0,
                               QStringLiteral("开展质量主题宣传"),
                               QStringLiteral("质量宣传"),
                               {},
                               QStringLiteral("#C0392B")},
                              {12,
                               1,
                               1,
                               QStringLiteral("质量提升行动"),
                               QStringLiteral("质量提升"),
                               {},
                               QStringLiteral("#D68910")}};
        s.campaign.metrics = {{21, 1, 0, QStringLiteral("参与人数"), QStringLiteral("人次")},
                              {22, 1, 1, QStringLiteral("媒体报道"), QStringLiteral("篇")}};
        s.departments = {{31, 0, QStringLiteral("办公室"), false}, {32, 1, QStringLiteral("质量股"), false}};
        using S = ActivityStatus;
        Activity a1 = activity(11, 31, 1, 2, S::Done);
        a1.figures = {{21, {100, false, true}, {120, true, true}}};
        s.activities = {a1, activity(11, 31, 3, 4, S::InProgress), // overdue on 9/5
                        activity(12, 32, 5, 8, S::NotStarted), activity(12, 32, 2, 5, S::Done),
                        activity(12, 31, 6, 9, S::Cancelled)};
        return s;
    }

    static CampaignSummary summary()
    {
        const CampaignSnapshot s = handMade();
        return Summary::summarize(s.campaign, s.activities, s.departments, sep(5));
    }

    static QAbstractBarSeries* bars(QChart* chart)
    {
        for (QAbstractSeries* s : chart->series())
            if (auto* b = qobject_cast<QAbstractBarSeries*>(s))
                return b;
        return nullptr;
    }
    static QList<qreal> values(const QBarSet* set)
    {
        QList<qreal> v;
        for (int i = 0; i < set->count(); ++i)
            v << set->at(i);
        return v;
    }
    static QStringList categories(QChart* chart)
    {
        const QList<QAbstractAxis*> axes = chart->axes();
        for (QAbstractAxis* a : axes)
            if (auto* c = qobject_cast<QBarCategoryAxis*>(a))
                return c->categories();
        return {};
    }
    // Visibly drawn: more than a handful of distinct colours.
    static bool isDrawn(const QImage& image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return colours.size() > 20;
    }

private slots:
    void pillarProgress()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::pillarProgress(summary()));
        ChartDrillDown* drill = ChartDrillDown::of(chart.get());
        QVERIFY(drill);
        QCOMPARE(categories(chart.get()),
                 (QStringList{QStringLiteral("质量提升 (3)"), QStringLiteral("质量宣传 (2)")}));
        // (pillar, status) → count, read through what a click on the bar would open.
        QHash<QPair<qint64, int>, qreal> counts;
        for (QBarSet* set : bars(chart.get())->barSets())
            for (int i = 0; i < set->count(); ++i)
                if (const auto f = drill->filterFor(set, i); f && set->at(i) > 0)
                    counts[{f->pillarId, f->status}] += set->at(i);
        const QHash<QPair<qint64, int>, qreal> expected = {{{11, int(ActivityStatus::Done)}, 1},
                                                           {{11, int(ActivityStatus::InProgress)}, 1},
                                                           {{12, int(ActivityStatus::Done)}, 1},
                                                           {{12, int(ActivityStatus::NotStarted)}, 1},
                                                           {{12, int(ActivityStatus::Cancelled)}, 1}};
        QCOMPARE(counts, expected);
        // The pillar's colour is the done shade of its bars.
        bool found = false;
        for (QBarSet* set : bars(chart.get())->barSets())
            found = found || (set->color() == QColor(QStringLiteral("#C0392B")) && set->at(1) == 1);
        QVERIFY(found);
    }

    void statusShare()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::statusShare(summary()));
        auto* pie = qobject_cast<QPieSeries*>(chart->series().value(0));
        QVERIFY(pie);
        QHash<int, qreal> byStatus;
        for (QPieSlice* slice : pie->slices())
            byStatus[ChartDrillDown::of(chart.get())->filterFor(slice)->status] = slice->value();
        QCOMPARE(byStatus, (QHash<int, qreal>{{0, 1}, {1, 1}, {2, 2}, {3, 1}}));
    }

    void departmentWorkload()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::departmentWorkload(summary()));
        // Busiest on top: the horizontal axis lists bottom first.
        QCOMPARE(categories(chart.get()),
                 (QStringList{QStringLiteral("质量股 50.0%"), QStringLiteral("办公室 50.0%")}));
        const QList<QBarSet*> sets = bars(chart.get())->barSets();
        QCOMPARE(sets.size(), 3);
        QCOMPARE(values(sets[0]), (QList<qreal>{1, 1})); // done
        QCOMPARE(values(sets[1]), (QList<qreal>{1, 1})); // open
        QCOMPARE(values(sets[2]), (QList<qreal>{0, 1})); // cancelled
        const auto f = ChartDrillDown::of(chart.get())->filterFor(sets[0], 1);
        QCOMPARE(f->departmentId, 31);
        QCOMPARE(f->status, int(ActivityStatus::Done));
    }

    void timeline()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::timeline(summary()));
        const QList<QBarSet*> sets = bars(chart.get())->barSets();
        QCOMPARE(values(sets[0]), (QList<qreal>{1, 1, 1, 0, 1, 0, 0, 0, 0, 0}));
        QCOMPARE(values(sets[1]), (QList<qreal>{0, 1, 0, 0, 1, 0, 0, 0, 0, 0}));
        QLineSeries* today = nullptr;
        for (QAbstractSeries* s : chart->series())
            today = today ? today : qobject_cast<QLineSeries*>(s);
        QVERIFY(today);
        QCOMPARE(today->at(0).x(), 4.0); // 9/5 is the fifth bar
        const auto f = ChartDrillDown::of(chart.get())->filterFor(sets[1], 4);
        QCOMPARE(f->from, sep(5));
        QCOMPARE(f->to, sep(5));
    }

    void longCampaignsGoWeekly()
    {
        CampaignSnapshot s = handMade();
        s.campaign.campaign.end = QDate(2021, 12, 9); // 100 days: 15 weeks, the last one 2 days long
        Activity late = activity(11, 31, 1, 2, ActivityStatus::Done);
        late.start = QDate(2021, 12, 8);
        late.end = QDate(2021, 12, 9);
        s.activities << late;
        const CampaignSummary sum = Summary::summarize(s.campaign, s.activities, s.departments, sep(5));
        std::unique_ptr<QChart> chart(DashboardCharts::timeline(sum));
        const QList<QBarSet*> sets = bars(chart.get())->barSets();
        QCOMPARE(sets[0]->count(), 15);
        QCOMPARE(sets[0]->at(0), 4.0); // 9/1, 9/2, 9/3, 9/5
        QCOMPARE(sets[0]->at(14), 1.0);
        QCOMPARE(sets[1]->at(0), 2.0);
        QCOMPARE(sets[1]->at(14), 1.0);
        const auto f = ChartDrillDown::of(chart.get())->filterFor(sets[0], 14);
        QCOMPARE(f->from, QDate(2021, 12, 8));
        QCOMPARE(f->to, QDate(2021, 12, 9));
    }

    void metrics()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::metrics(summary()));
        // Only metrics with a figure; 120 of 100 is 120 %.
        QCOMPARE(categories(chart.get()), (QStringList{QStringLiteral("参与人数 120余 / 100 人次")}));
        QCOMPARE(values(bars(chart.get())->barSets().first()), (QList<qreal>{120}));
    }

    void overdueByDepartment()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::overdueByDepartment(summary()));
        QCOMPARE(categories(chart.get()), (QStringList{QStringLiteral("办公室")}));
        QBarSet* set = bars(chart.get())->barSets().first();
        QCOMPARE(values(set), (QList<qreal>{1}));
        const auto f = ChartDrillDown::of(chart.get())->filterFor(set, 0);
        QCOMPARE(f->departmentId, 31);
        QVERIFY(f->overdueOnly);
    }

    void viewShowsTilesAndForwardsClicks()
    {
        DashboardView view;
        view.resize(1366, 700);
        view.setSummary(std::make_shared<CampaignSummary>(summary()));
        QCOMPARE(view.panels().size(), DashboardCharts::all().size());
        QStringList shown;
        for (KpiTile* t : view.tiles())
            if (!t->isHidden())
                shown << t->kpi().value;
        // planned, in progress, done, cancelled, overdue, rate, days left, one figure
        QCOMPARE(shown, (QStringList{QStringLiteral("5"), QStringLiteral("1"), QStringLiteral("2"),
                                     QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("50.0%"),
                                     QStringLiteral("6"), QStringLiteral("120余")}));
        QSignalSpy spy(&view, &DashboardView::showActivities);
        ChartPanel* overdue = view.panels().last();
        emit bars(overdue->chart())->barSets().first()->clicked(0);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<ActivityFilter>().departmentId, 31);
        // Hover text names the bar and its exact count.
        QChart* departments = view.panels().at(2)->chart();
        QCOMPARE(ChartPanel::barText(departments, bars(departments)->barSets().first(), 1),
                 QStringLiteral("办公室 50.0% · Done: 1"));
        QChart* days = view.panels().at(3)->chart();
        QCOMPARE(ChartPanel::barText(days, bars(days)->barSets().last(), 4),
                 QStringLiteral("9月5日 · Completed: 1"));
        QTest::mouseClick(view.tiles().at(4), Qt::LeftButton);
        QCOMPARE(spy.size(), 2);
        QVERIFY(spy.last().first().value<ActivityFilter>().overdueOnly);
    }

    void generatedDataDrawsAndExports()
    {
        QTemporaryDir dir;
        QString error;
        CampaignSnapshot snapshot;
        {
            std::unique_ptr<Database> db =
                CampaignFile::createDefault(dir.filePath(QStringLiteral("d.campaign")), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(SnapshotLoader::load(*db, 0, &snapshot, &error), qPrintable(error));
        }
        snapshot.activities = DemoGenerator::generate(snapshot, 3000, 7);
        const QDate today = snapshot.campaign.campaign.start.addDays(14);
        const auto s = std::make_shared<CampaignSummary>(
            Summary::summarize(snapshot.campaign, snapshot.activities, snapshot.departments, today));

        DashboardView view;
        view.resize(1366, 700);
        view.setSummary(s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents(); // let the scroll area lay the panels out
        const QImage grab = view.grab().toImage();
        if (qEnvironmentVariableIsSet("CP_DASHBOARD_GRAB"))
            grab.save(qEnvironmentVariable("CP_DASHBOARD_GRAB"));
        QVERIFY(isDrawn(grab));
        // Every activity is in exactly one pillar bar.
        qreal sum = 0;
        for (QBarSet* set : bars(view.panels().first()->chart())->barSets())
            sum += set->sum();
        QCOMPARE(int(sum), s->total());

        const QString png = dir.filePath(QStringLiteral("dashboard.png"));
        const QString svg = dir.filePath(QStringLiteral("dashboard.svg"));
        QVERIFY2(DashboardExport::write(snapshot, QStringLiteral("png"), png, today, &error),
                 qPrintable(error));
        QVERIFY2(DashboardExport::write(snapshot, QStringLiteral("svg"), svg, today, &error),
                 qPrintable(error));
        QImage exported(png);
        QVERIFY(!exported.isNull());
        QVERIFY(isDrawn(exported));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svgFile.readAll());
        QVERIFY(svgText.contains(QStringLiteral("<svg")));
        QVERIFY(svgText.contains(QStringLiteral("质量宣传"))); // text stays text
        // Every panel saves and copies what it shows.
        ChartPanel* panel = view.panels().first();
        QVERIFY(panel->savePng(dir.filePath(QStringLiteral("p.png")), &error));
        QVERIFY(isDrawn(QImage(dir.filePath(QStringLiteral("p.png")))));
        QVERIFY(panel->saveSvg(dir.filePath(QStringLiteral("p.svg")), &error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("p.svg"))).size() > 1000);
        panel->copyToClipboard();
        QVERIFY(isDrawn(QGuiApplication::clipboard()->image()));
    }

    void failedExportLeavesNoFile()
    {
        QString error;
        const QString path = QStringLiteral("/nonexistent-dir/x.png");
        QVERIFY(!DashboardExport::write(handMade(), QStringLiteral("png"), path, sep(5), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!DashboardExport::write(handMade(), QStringLiteral("pdf"), QStringLiteral("x.pdf"), sep(5),
                                        &error));
    }

    // A province's consolidated view has a hundred units and more: the roll-up chart grows so each
    // unit's label gets a line of its own (the page scrolls it) instead of overlapping the next.
    void rollUpChartGivesEveryUnitALine()
    {
        QList<UnitBar> units;
        for (int i = 0; i < 120; ++i)
            units.append({QStringLiteral("第%1县市场监管局").arg(i + 1), i % 7, 3, 2, 1, 6 + i % 7});
        QScrollArea area;
        area.setWidgetResizable(true);
        auto* chart = new UnitRollUpChart;
        area.setWidget(chart);
        area.resize(560, 420);
        chart->setUnits(units);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_VERIFY(chart->height() > area.viewport()->height());
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), 120);
        const qreal perUnit = chart->chart()->plotArea().height() / 120;
        QVERIFY2(perUnit >= QFontMetricsF(axis->labelsFont()).height(), qPrintable(QString::number(perUnit)));
        if (const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR"); !dir.isEmpty())
            area.grab().save(QDir(dir).filePath(QStringLiteral("rollup-120-units.png")));

        // A few units keep the compact chart.
        chart->setUnits(units.mid(0, 3));
        QTRY_COMPARE(chart->height(), area.viewport()->height());
    }
};

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
