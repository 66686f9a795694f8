#include "ActivityFilterModel.h"
#include "ActivityTableModel.h"
#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "CampaignSummary.h"
#include "Database.h"
#include "DeadlineRules.h"
#include "DemoGenerator.h"
#include "ReferenceEditor.h"
#include "UpcomingList.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

// A 2021 file opened years later: once its campaign is 已报送 it reads as history — no overdue tint,
// no overdue KPI, no reminder — while an unfinished campaign still counts its deadlines.
class TestCampaignHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 8, 1)};

    std::unique_ptr<Workspace> openWith(CampaignState state)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("h%1.campaign").arg(++n));
        QString error;
        {
            std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
            if (!db || !DemoGenerator::populate(*db, 200, 5, &error))
                qFatal("%s", qPrintable(error));
            CampaignRepository repo(*db);
            QList<Campaign> list;
            if (!repo.list(&list, &error))
                qFatal("%s", qPrintable(error));
            Campaign c = list.first();
            c.state = state;
            if (!repo.update(c, &error))
                qFatal("%s", qPrintable(error));
        }
        std::unique_ptr<Workspace> ws = Workspace::open(path, m_clock, &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        return ws;
    }

    static int overdueRows(const Workspace& ws)
    {
        const ActivityTableModel* m = ws.activityModel();
        int n = 0;
        for (int row = 0; row < m->rowCount(); ++row)
            n += m->index(row, 0).data(ActivityTableModel::UrgencyRole).toInt() ==
                         int(DeadlineRules::Urgency::Overdue)
                     ? 1
                     : 0;
        return n;
    }

private slots:
    void unfinishedCampaignCountsDeadlines()
    {
        std::unique_ptr<Workspace> ws = openWith(CampaignState::Summarizing);
        QCOMPARE(ws->deadlineDay(), m_clock.today());
        QVERIFY(overdueRows(*ws) > 0);
        const CampaignSummary s = Summary::summarize(ws->campaign(), ws->activityModel()->activities(),
                                                     ws->departments(), m_clock.today());
        QVERIFY(s.overdue > 0);
        QVERIFY(!UpcomingList::compute(ws->activityModel()->activities(), ws->campaign().campaign,
                                       m_clock.today())
                     .isEmpty());
    }

    void reportedCampaignIsHistory()
    {
        std::unique_ptr<Workspace> ws = openWith(CampaignState::Reported);
        QVERIFY(!ws->deadlineDay().isValid());
        QCOMPARE(overdueRows(*ws), 0);
        const CampaignSummary s = Summary::summarize(ws->campaign(), ws->activityModel()->activities(),
                                                     ws->departments(), m_clock.today());
        QCOMPARE(s.overdue, 0);
        QCOMPARE(s.dueSoon, 0);
        QVERIFY(!s.daysToSummaryDeadline.has_value());
        QVERIFY(s.total() > 0); // the history is still all there
        QVERIFY(
            UpcomingList::compute(ws->activityModel()->activities(), ws->campaign().campaign, m_clock.today())
                .isEmpty());
        // The table's background tint follows the same rule.
        const ActivityTableModel* m = ws->activityModel();
        for (int row = 0; row < m->rowCount(); ++row)
            QVERIFY(!m->index(row, 0).data(Qt::BackgroundRole).isValid());
    }

    // Changing the state in the file (the campaign form) changes what the open workspace counts.
    void stateChangeReachesTheModel()
    {
        std::unique_ptr<Workspace> ws = openWith(CampaignState::Reported);
        QCOMPARE(overdueRows(*ws), 0);
        Campaign c = ws->campaign().campaign;
        c.state = CampaignState::Running;
        QString error;
        ReferenceEditor editor(*ws);
        QVERIFY2(editor.editCampaign(c, &error), qPrintable(error));
        QVERIFY(overdueRows(*ws) > 0);
    }
};

QTEST_GUILESS_MAIN(TestCampaignHistory)
#include "tst_campaignhistory.moc"
