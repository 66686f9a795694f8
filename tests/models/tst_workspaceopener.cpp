#include "ActivityRepository.h"
#include "ActivityTableModel.h"
#include "CampaignRepository.h"
#include "TestFile.h"
#include "WorkspaceOpener.h"

#include <QSignalSpy>

#include <thread>

// Opening with the activities read on another thread gives the same workspace as opening at once;
// a stop or a failure leaves nothing open and the file free for the next open.
class TestWorkspaceOpener : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 15)};

private slots:
    void opensWhatOpenOpens()
    {
        TestFile file(25000); // past the size where the activities are read in pieces
        WorkspaceOpener opener;
        QSignalSpy finished(&opener, &WorkspaceOpener::finished);
        QSignalSpy progressed(&opener, &WorkspaceOpener::progressed);
        opener.start(file.path, m_clock);
        QCOMPARE(finished.size(), 0); // never from within start()
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toLongLong(), 25000);
        QCOMPARE(progressed.last().at(1).toLongLong(), 25000);
        std::unique_ptr<Workspace> ws = opener.takeWorkspace();
        QVERIFY(ws);
        const QList<Activity> seen = ws->activityModel()->activities();
        QCOMPARE(seen.size(), 25000);
        ws.reset(); // one open at a time: the lock
        std::unique_ptr<Workspace> direct = file.open(m_clock);
        QCOMPARE(seen, direct->activityModel()->activities());
        QCOMPARE(direct->currentCampaignId(), seen.first().campaignId);
    }

    void cancelLeavesNothingOpen()
    {
        TestFile file(25000);
        WorkspaceOpener opener;
        QSignalSpy finished(&opener, &WorkspaceOpener::finished);
        opener.start(file.path, m_clock);
        opener.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QVERIFY(!opener.takeWorkspace());
        QVERIFY(file.open(m_clock)); // the lock was let go
    }

    void failureIsReportedLater()
    {
        QTemporaryDir dir;
        WorkspaceOpener opener;
        QSignalSpy finished(&opener, &WorkspaceOpener::finished);
        opener.start(dir.filePath(QStringLiteral("missing.campaign")), m_clock);
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
    }

    void openInAnotherOpenerIsRefused()
    {
        TestFile file(10);
        std::unique_ptr<Workspace> first = file.open(m_clock);
        WorkspaceOpener opener;
        QSignalSpy finished(&opener, &WorkspaceOpener::finished);
        opener.start(file.path, m_clock);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
    }

    // Switching campaigns reads through the runner the program installs (another thread, with
    // Cancel); a cancelled switch leaves the campaign shown as it was.
    void campaignSwitchGoesThroughTheRunner()
    {
        TestFile file(300);
        std::unique_ptr<Workspace> ws = file.open(m_clock);
        const qint64 first = ws->currentCampaignId();
        CampaignRepository campaigns(ws->database());
        qint64 second = 0;
        QString error;
        QVERIFY2(campaigns.copyCampaign(first, 2022, true, &second, &error), qPrintable(error));
        QVERIFY(ws->reloadReferenceData(&error));
        int runs = 0;
        bool cancel = false;
        ws->setLongWorkRunner([&](const QString& what, const Workspace::LongWork& work) {
            ++runs;
            [&] { QVERIFY(!what.isEmpty()); }();
            ActivityLoader::Progress progress;
            progress.cancel = cancel;
            bool ok = false;
            std::thread worker([&] { ok = work(&progress); });
            worker.join();
            return ok;
        });
        QVERIFY2(ws->setCurrentCampaign(second, &error), qPrintable(error));
        QCOMPARE(runs, 1);
        QCOMPARE(ws->currentCampaignId(), second);
        QList<Activity> expected;
        QVERIFY(ActivityRepository(ws->database()).loadAll(second, &expected, &error));
        QCOMPARE(ws->activityModel()->activities(), expected);
        cancel = true;
        QVERIFY(!ws->setCurrentCampaign(first, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ws->currentCampaignId(), second);
        QCOMPARE(ws->activityModel()->activities(), expected);
    }

    // Dropping an opener while it reads stops the reading and waits for it.
    void destroyedWhileReading()
    {
        TestFile file(25000);
        {
            WorkspaceOpener opener;
            opener.start(file.path, m_clock);
        }
        QVERIFY(file.open(m_clock));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOpener)
#include "tst_workspaceopener.moc"
