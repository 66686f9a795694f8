#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "CampaignFile.h"
#include "ChartPanel.h"
#include "DashboardPage.h"
#include "DashboardView.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "EvidenceCheck.h"
#include "EvidenceEditor.h"
#include "Workspace.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The 总览 page over a real workspace: it follows edits once per burst, waits while hidden,
// and passes clicks on to the main window.
class TestDashboardPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2021, 9, 15)};
    std::unique_ptr<Workspace> m_workspace;
    // The services the composition root builds over the workspace.
    std::unique_ptr<ActivityEditor> m_editor;
    std::unique_ptr<EvidenceEditor> m_evidence;
    std::unique_ptr<EvidenceCheck> m_check;

    QList<qint64> openIds(int n) const
    {
        QList<qint64> ids;
        for (const Activity& a : m_workspace->activityModel()->activities())
            if (!ActivityStatuses::isClosed(a.status) && ids.size() < n)
                ids << a.id;
        return ids;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(
            QStringLiteral("page-%1.campaign").arg(QLatin1String(QTest::currentTestFunction())));
        QString error;
        {
            std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DemoGenerator::populate(*db, 300, 3, &error), qPrintable(error));
        }
        m_workspace = Workspace::open(path, m_clock, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_editor = std::make_unique<ActivityEditor>(*m_workspace);
        m_evidence = std::make_unique<EvidenceEditor>(*m_workspace);
        m_check = std::make_unique<EvidenceCheck>(*m_workspace, *m_evidence);
    }

    void cleanup()
    {
        m_check.reset();
        m_evidence.reset();
        m_editor.reset();
        m_workspace.reset();
    }

    void followsEditsOncePerBurst()
    {
        DashboardPage page(m_workspace.get(), *m_check);
        page.resize(1366, 700);
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(refreshed.size(), 1);
        const CampaignSummary before = *page.view()->summary();
        QCOMPARE(before.total(), 300);

        const QList<qint64> ids = openIds(2);
        QVERIFY(m_editor->setStatus({ids[0]}, ActivityStatus::Done));
        QVERIFY(m_editor->setStatus({ids[1]}, ActivityStatus::Done));
        QTRY_COMPARE(refreshed.size(), 2); // two edits, one recompute
        QTest::qWait(20);
        QCOMPARE(refreshed.size(), 2);
        const CampaignSummary after = *page.view()->summary();
        QCOMPARE(after.statuses[ActivityStatus::Done], before.statuses[ActivityStatus::Done] + 2);
        // The donut shows the new count.
        QCOMPARE(page.view()->panels().at(1)->chart()->series().size(), 1);

        QCoreApplication::processEvents();
        const QImage grab = page.grab().toImage();
        if (qEnvironmentVariableIsSet("CP_DASHBOARD_PAGE_GRAB"))
            grab.save(qEnvironmentVariable("CP_DASHBOARD_PAGE_GRAB"));
        QSet<QRgb> colours;
        for (int y = 0; y < grab.height(); y += 5)
            for (int x = 0; x < grab.width(); x += 5)
                colours.insert(grab.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void waitsWhileHidden()
    {
        DashboardPage page(m_workspace.get(), *m_check);
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        QVERIFY(m_editor->setStatus(openIds(1), ActivityStatus::Cancelled));
        QTest::qWait(20);
        QCOMPARE(refreshed.size(), 0);
        page.show();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(page.view()->summary()->total(), 300);
    }

    void clickOpensTheActivities()
    {
        DashboardPage page(m_workspace.get(), *m_check);
        page.show();
        page.refresh();
        QSignalSpy shown(&page, &DashboardPage::showActivities);
        QChart* pillars = page.view()->panels().first()->chart();
        auto* series = qobject_cast<QAbstractBarSeries*>(pillars->series().first());
        QBarSet* firstSet = series->barSets().first(); // first pillar, done
        emit firstSet->clicked(series->barSets().first()->count() - 1);
        QCOMPARE(shown.size(), 1);
        const auto f = shown.first().first().value<ActivityFilter>();
        QCOMPARE(f.campaignId, m_workspace->currentCampaignId());
        QCOMPARE(f.pillarId, m_workspace->campaign().pillars.first().id);
        QCOMPARE(f.status, int(ActivityStatus::Done));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
