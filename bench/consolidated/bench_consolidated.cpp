#include "BenchSize.h"
#include "CampaignFile.h"
#include "CampaignSummary.h"
#include "ConsolidatedReport.h"
#include "ConsolidatedSource.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "OfficialFonts.h"
#include "PackageFigures.h"
#include "SnapshotLoader.h"
#include "SubordinateRepository.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

// The consolidated report of a prefecture with 500 activities of its own and 30 imported counties of
// 500 activities each (15 500 rows in the activity lists): ConsolidatedSource::load, then load and
// write as PDF, XLSX and ODT. Counties are stored through SubordinateRepository::merge, as an import
// stores them, with figures from Summary::summarize over generated activities.
class BenchConsolidated : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void load();
    void loadAndWrite_data();
    void loadAndWrite();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_campaignId = 0;
    QDate m_today{2021, 9, 20};
};

static const int units = benchSmall() ? 3 : 30, perUnit = benchSmall() ? 50 : 500;

void BenchConsolidated::initTestCase()
{
    QString error;
    m_db = CampaignFile::createDefault(m_dir.filePath(QStringLiteral("city.campaign")), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(DemoGenerator::populate(*m_db, perUnit, 1, &error), qPrintable(error));
    CampaignSnapshot base;
    QVERIFY2(SnapshotLoader::load(*m_db, 0, &base, &error), qPrintable(error));
    m_campaignId = base.campaign.campaign.id;
    SubordinateRepository repository(*m_db);
    for (int u = 0; u < units; ++u) {
        const QList<Activity> generated = DemoGenerator::generate(base, perUnit, quint32(100 + u));
        SubordinateUnit unit;
        unit.uuid = QUuid::createUuid();
        unit.name = QStringLiteral("第%1县市场监督管理局").arg(u + 1);
        unit.region = QStringLiteral("第%1县").arg(u + 1);
        unit.campaignYear = base.campaign.campaign.year;
        unit.campaignTitle = base.campaign.campaign.title;
        unit.packageCreated = QDateTime::currentDateTimeUtc();
        unit.figures = QJsonDocument(PackageFigures::toJson(Summary::summarize(base.campaign, generated,
                                                                               base.departments, m_today)))
                           .toJson(QJsonDocument::Compact);
        QList<SubordinateActivity> activities;
        for (const Activity& a : generated) {
            SubordinateActivity s;
            s.uuid = QUuid::createUuid();
            s.title = a.title;
            const Pillar* p = base.pillar(a.pillarId);
            s.pillar = p ? p->shortName : QString();
            s.leadDepartment = base.departmentName(a.leadDepartmentId);
            s.status = int(a.status);
            for (int e = 0; e < int(a.title.size() % 3); ++e)
                s.evidence.append({QStringLiteral("%1").arg(e, 64, 10, QLatin1Char('0')),
                                   0,
                                   QStringLiteral("现场%1.jpg").arg(e),
                                   QString(),
                                   {}});
            activities.append(s);
        }
        QVERIFY2(repository.merge(unit, activities, &error), qPrintable(error));
    }
    OfficialFonts::instance(); // font set-up is once per process, not per export
}

void BenchConsolidated::load()
{
    ConsolidatedInput input;
    QBENCHMARK
    {
        QString error;
        QVERIFY2(ConsolidatedSource::load(*m_db, m_campaignId, m_today, &input, &error), qPrintable(error));
    }
    QCOMPARE(input.subordinates.size(), units);
}

void BenchConsolidated::loadAndWrite_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("pdf") << int(ConsolidatedReport::Format::Pdf);
    QTest::newRow("xlsx") << int(ConsolidatedReport::Format::Xlsx);
    QTest::newRow("odt") << int(ConsolidatedReport::Format::Odt);
}

void BenchConsolidated::loadAndWrite()
{
    QFETCH(int, format);
    QByteArray bytes;
    // The machine may be shared; CPU time shows the cost without the waiting.
    timespec before{}, after{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before);
    int iterations = 0;
    QBENCHMARK
    {
        ++iterations;
        ConsolidatedInput input;
        QString error;
        QVERIFY2(ConsolidatedSource::load(*m_db, m_campaignId, m_today, &input, &error), qPrintable(error));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(ConsolidatedReport::write(input, ConsolidatedReport::Format(format), &buffer, &error),
                 qPrintable(error));
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after);
    qInfo("CPU %.0f ms per iteration, %lld bytes",
          ((after.tv_sec - before.tv_sec) * 1e3 + (after.tv_nsec - before.tv_nsec) / 1e6) /
              qMax(1, iterations),
          qlonglong(bytes.size()));
    QVERIFY(bytes.size() > 1000);
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS")) { // to look at what was timed
        QFile out(
            QDir(qEnvironmentVariable("CP_KEEP_EXPORTS"))
                .filePath(QStringLiteral("consolidated.") + QString::fromLatin1(QTest::currentDataTag())));
        if (out.open(QIODevice::WriteOnly))
            out.write(bytes);
    }
}

QTEST_MAIN(BenchConsolidated)
#include "bench_consolidated.moc"
