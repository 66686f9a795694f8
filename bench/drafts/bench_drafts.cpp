#include "BulletinDraft.h"
#include "CampaignFile.h"
#include "CampaignSummary.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "ReportOptions.h"
#include "SnapshotLoader.h"
#include "SummaryDrafts.h"
#include "SummaryReport.h"

#include <QTemporaryDir>
#include <QTest>

// The drafts' budget on 100 000 activities (CP_BENCH_ROWS to change): the summary's whole first draft
// and the statistics it shares, and the bulletin drafts of every completed activity. The reports page
// rewrites the draft after each edit, so it must stay well under the dashboard's 200 ms.
// Run by hand: ./bench_drafts; ctest runs it once on 300 activities.
class BenchDrafts : public QObject
{
    Q_OBJECT

    CampaignSnapshot m_snapshot;
    QDate m_today;

private slots:
    void initTestCase()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Database> db =
            CampaignFile::createForYear(dir.filePath(QStringLiteral("b.campaign")), 2021, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(SnapshotLoader::load(*db, 0, &m_snapshot, &error), qPrintable(error));
        const int rows = qEnvironmentVariableIsSet("CP_BENCH_ROWS")
                             ? qEnvironmentVariableIntValue("CP_BENCH_ROWS")
                             : 100000;
        m_snapshot.activities = DemoGenerator::generate(m_snapshot, rows, 1);
        m_snapshot.unit.name = QStringLiteral("城关县市场监督管理局");
        m_today = QDate(2021, 10, 8);
    }

    void summaryDraft()
    {
        QList<ReportSection> sections;
        QBENCHMARK
        {
            const CampaignSummary s = Summary::summarize(m_snapshot.campaign, m_snapshot.activities,
                                                         m_snapshot.departments, m_today);
            sections = SummaryDrafts::draft(SummaryReport::defaultSections(), m_snapshot, s, {true, {}});
        }
        QVERIFY(sections[1].body.startsWith(QStringLiteral("一是")));
    }

    void summaryDraftAlone() // what the draft adds to the statistics the page computes anyway
    {
        const CampaignSummary s =
            Summary::summarize(m_snapshot.campaign, m_snapshot.activities, m_snapshot.departments, m_today);
        QList<ReportSection> sections;
        QBENCHMARK
        {
            sections = SummaryDrafts::draft(SummaryReport::defaultSections(), m_snapshot, s, {true, {}});
        }
        QVERIFY(!sections[0].body.isEmpty());
    }

    void bulletinDrafts()
    {
        qint64 characters = 0;
        QBENCHMARK
        {
            characters = 0;
            for (const Activity& a : std::as_const(m_snapshot.activities))
                if (a.status == ActivityStatus::Done)
                    characters += BulletinDraft::length(BulletinDraft::body(m_snapshot, a, m_today));
        }
        QVERIFY(characters > 0);
    }
};

QTEST_GUILESS_MAIN(BenchDrafts)
#include "bench_drafts.moc"
