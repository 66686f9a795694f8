#include "ActivityTableModel.h"
#include "CampaignRepository.h"
#include "DepartmentRepository.h"
#include "ProfileRepository.h"
#include "TestFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QUndoStack>

// Opening a file: the newest or remembered campaign, refused files, switching campaigns.
class TestWorkspace : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 15)};

private slots:
    void opensNewestCampaignWithItsActivities()
    {
        TestFile file(30);
        auto ws = file.open(m_clock);
        QCOMPARE(ws->campaigns().size(), 1);
        QCOMPARE(ws->campaign().campaign.year, 2021);
        QCOMPARE(ws->campaign().pillars.size(), 5);
        QVERIFY(!ws->departments().isEmpty());
        QCOMPARE(ws->activityModel()->rowCount(), 30);
        QCOMPARE(ws->snapshot().activities.size(), 30);
        QCOMPARE(ws->undoStack()->count(), 0); // opening is never undoable
    }

    void refusesBadFileWithReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.campaign"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a campaign file at all, just text");
        f.close();
        QString error;
        QVERIFY(!Workspace::open(path, m_clock, &error));
        QVERIFY(!error.isEmpty());
    }

    // One window per file: a second open is refused with a reason while the first holds the file,
    // and works again once it closed.
    void fileIsOpenInOneWindowAtATime()
    {
        TestFile file(3);
        FixedClock clock(QDate(2021, 9, 1));
        auto first = file.open(clock);
        QString error;
        QVERIFY(!Workspace::open(file.path, clock, &error));
        QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
        first.reset();
        auto again = Workspace::open(file.path, clock, &error);
        QVERIFY2(again, qPrintable(error));
    }

    void remembersShownCampaign()
    {
        TestFile file(10);
        qint64 copyId = 0;
        {
            auto ws = file.open(m_clock);
            QString error;
            QVERIFY2(CampaignRepository(ws->database())
                         .copyCampaign(ws->currentCampaignId(), 2022, false, &copyId, &error),
                     qPrintable(error));
            QVERIFY(ws->reloadReferenceData(&error));
            QCOMPARE(ws->campaigns().size(), 2);
            const qint64 first = ws->campaigns().last().id;
            QVERIFY(ws->setCurrentCampaign(copyId, &error));
            QCOMPARE(ws->activityModel()->rowCount(), 0);
            QVERIFY(ws->setCurrentCampaign(first, &error));
            QCOMPARE(ws->activityModel()->rowCount(), 10);
        }
        auto again = file.open(m_clock);
        QCOMPARE(again->campaign().campaign.year, 2021); // remembered, although 2022 is newer
        QString error;
        QSignalSpy switched(again.get(), &Workspace::currentCampaignChanged);
        QVERIFY(again->setCurrentCampaign(copyId, &error));
        QCOMPARE(switched.size(), 1);
        QCOMPARE(again->activityModel()->rowCount(), 0);
    }

    void reloadsActivitiesWhenDepartmentGoes()
    {
        TestFile file(40);
        auto ws = file.open(m_clock);
        const qint64 dept = ws->activityModel()->activityAt(0).leadDepartmentId;
        QVERIFY(dept != 0);
        QString error;
        QVERIFY(DepartmentRepository(ws->database()).remove(dept, &error));
        QVERIFY(ws->reloadReferenceData(&error));
        for (const Activity& a : ws->activityModel()->activities()) {
            QVERIFY(a.leadDepartmentId != dept);
            QVERIFY(!a.assistingDepartmentIds.contains(dept));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
