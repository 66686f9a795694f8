#include "ActivityEditor.h"
#include "ActivityFilterModel.h"
#include "ActivityTableModel.h"
#include "BenchFigures.h"
#include "BenchSize.h"
#include "CalendarPage.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "EvidenceEditor.h"
#include "ExportRunner.h"
#include "OfficialFonts.h"
#include "PackagePage.h"
#include "ReportsPage.h"
#include "SummaryEditor.h"
#include "TaskRunner.h"
#include "TimelinePage.h"
#include "Workspace.h"
#include "WorkspaceOpener.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

// A widget that asks to be repainted every few milliseconds and notes when it was: the longest gap
// between two of its paints while work goes on is how long the window could not repaint (a "stall").
class Probe : public QWidget
{
public:
    Probe()
    {
        resize(200, 100);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { update(); });
    }
    void start()
    {
        m_paints = 0;
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_longest = std::max(m_longest, m_clock.elapsed() - m_last);
    }
    qint64 longest() const { return m_longest; }
    int paints() const { return m_paints; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
        ++m_paints;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_longest = 0;
    int m_paints = 0;
};

} // namespace

// Through the real pages on a 100 000-activity file (CP_BENCH_ROWS, CP_BENCH_FILE): how long the
// event loop was blocked at most ("stall") while an export or import ran, how long it ran, and how
// often the window repainted meanwhile. Target: no stall over 200 ms without a progress dialog
// with Cancel. Opening the file is included: it runs on the GUI thread by design.
class BenchStall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2021, 9, 15)};
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    // The services the composition root builds over the open file.
    std::unique_ptr<ActivityEditor> m_activities;
    std::unique_ptr<EvidenceEditor> m_evidence;
    std::unique_ptr<SummaryEditor> m_summary;
    Probe m_probe;

    static int rows() { return benchRows(100000, 300); }

    // Runs `start` and spins the event loop until `done` says so (or ten minutes pass).
    void measure(const QString& name, const std::function<void()>& start, const std::function<bool()>& done)
    {
        m_probe.start();
        BenchTimer timer;
        start();
        QElapsedTimer limit;
        limit.start();
        while (!done() && limit.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        m_probe.stop();
        QVERIFY2(done(), qPrintable(name));
        qInfo("%s: longest stall %lld ms, %d repaints in %.0f ms", qPrintable(name), m_probe.longest(),
              m_probe.paints(), timer.wallMs());
        benchRecord(QStringLiteral("GUI stall: %1, %2 activities").arg(name).arg(rows()),
                    double(m_probe.longest()), 0);
        benchRecord(QStringLiteral("%1 (whole run), %2 activities").arg(name).arg(rows()), timer);
    }

    // Tests picked alone by name still find the file open (the open test times it).
    void ensureOpen()
    {
        QString error;
        if (!m_ws)
            m_ws = Workspace::open(m_path, m_clock, &error);
        if (m_ws && !m_activities) {
            m_activities = std::make_unique<ActivityEditor>(*m_ws);
            m_evidence = std::make_unique<EvidenceEditor>(*m_ws);
            m_summary = std::make_unique<SummaryEditor>(*m_ws);
        }
    }

private slots:
    void initTestCase()
    {
        m_path = qEnvironmentVariable("CP_BENCH_FILE", m_dir.filePath(QStringLiteral("stall.campaign")));
        if (!QFileInfo::exists(m_path)) {
            QString error;
            auto db = CampaignFile::createDefault(m_path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DemoGenerator::populate(*db, rows(), 1, &error), qPrintable(error));
        }
        OfficialFonts::instance();
        m_probe.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_probe));
    }

    void cleanupTestCase()
    {
        m_summary.reset();
        m_evidence.reset();
        m_activities.reset();
        m_ws.reset();
    }

    // Opening the file to a table as the program does: the activities read on another thread
    // (WorkspaceOpener), then the model, the filter proxy and the first paint on this one.
    void open()
    {
        QTableView* view = nullptr;
        WorkspaceOpener opener;
        QSignalSpy finished(&opener, &WorkspaceOpener::finished);
        connect(&opener, &WorkspaceOpener::finished, this, [&](bool ok, const QString& error) {
            QVERIFY2(ok, qPrintable(error));
            m_ws = opener.takeWorkspace();
            auto* filter = new ActivityFilterModel(m_ws.get());
            filter->setSourceModel(m_ws->activityModel());
            view = new QTableView;
            view->setModel(filter);
            view->resize(1000, 600);
            view->show();
        });
        measure(
            QStringLiteral("open file to table"), [&] { opener.start(m_path, m_clock); },
            [&] { return view != nullptr || !finished.isEmpty(); });
        QVERIFY(view);
        delete view;
    }

    void reportExport_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("format");
        QTest::newRow("plan xlsx") << int(ReportOptions::Kind::Plan) << int(ReportOptions::Format::Xlsx);
        QTest::newRow("plan pdf") << int(ReportOptions::Kind::Plan) << int(ReportOptions::Format::Pdf);
        QTest::newRow("summary pdf") << int(ReportOptions::Kind::Summary) << int(ReportOptions::Format::Pdf);
        QTest::newRow("summary odt") << int(ReportOptions::Kind::Summary) << int(ReportOptions::Format::Odt);
    }
    void reportExport()
    {
        ensureOpen();
        QVERIFY(m_ws);
        QFETCH(int, kind);
        QFETCH(int, format);
        ReportsPage page(*m_ws, *m_summary, *m_evidence);
        page.show();
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("report.") +
                                            ReportOptions::formatKey(ReportOptions::Format(format)));
        measure(
            QStringLiteral("export %1").arg(QString::fromLatin1(QTest::currentDataTag())),
            [&] { page.exportTo(ReportOptions::Kind(kind), ReportOptions::Format(format), path); },
            [&] { return !finished.isEmpty(); });
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }

    void calendarExport()
    {
        ensureOpen();
        QVERIFY(m_ws);
        CalendarPage page(*m_ws);
        page.show();
        QSignalSpy finished(page.exports(), &TaskRunner::finished);
        measure(
            QStringLiteral("export calendar ics"),
            [&] { page.exportIcsTo(m_dir.filePath(QStringLiteral("c.ics"))); },
            [&] { return !finished.isEmpty(); });
        QVERIFY(finished.first().at(0).toBool());
    }

    void timelineExport()
    {
        ensureOpen();
        QVERIFY(m_ws);
        TimelinePage page(*m_ws, *m_activities);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy finished(page.exports(), &TaskRunner::finished);
        measure(
            QStringLiteral("export timeline pdf"),
            [&] { page.exportFile(m_dir.filePath(QStringLiteral("t.pdf")), QStringLiteral("pdf")); },
            [&] { return !finished.isEmpty(); });
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }

    void packageExportAndImport()
    {
        ensureOpen();
        QVERIFY(m_ws);
        const QString zip = m_dir.filePath(QStringLiteral("package.zip"));
        {
            PackagePage page(*m_ws, *m_activities);
            page.show();
            QSignalSpy finished(&page, &PackagePage::jobFinished);
            measure(
                QStringLiteral("export package"), [&] { QVERIFY(page.startExport(zip)); },
                [&] { return !finished.isEmpty(); });
            QVERIFY(finished.first().at(0).toBool());
        }
        // The upper level's file imports it.
        QString error;
        const QString upperPath = m_dir.filePath(QStringLiteral("upper.campaign"));
        QVERIFY2(CampaignFile::createDefault(upperPath, &error), qPrintable(error));
        std::unique_ptr<Workspace> upper = Workspace::open(upperPath, m_clock, &error);
        QVERIFY2(upper, qPrintable(error));
        ActivityEditor upperActivities(*upper);
        PackagePage page(*upper, upperActivities);
        page.show();
        QSignalSpy finished(&page, &PackagePage::jobFinished);
        measure(
            QStringLiteral("import package"), [&] { QVERIFY(page.startImport(zip)); },
            [&] { return !finished.isEmpty(); });
        QVERIFY(finished.first().at(0).toBool());
    }
};

QTEST_MAIN(BenchStall)
#include "bench_stall.moc"
