#include "ActivitySheets.h"
#include "BenchSize.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "OfficialFonts.h"
#include "ReportExport.h"
#include "SnapshotLoader.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

// Targets: 10 000 activities to xlsx under 2 s and to PDF under 10 s (plan and summary).
class BenchReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportTenThousand_data();
    void exportTenThousand();
    void buildSheetsOnly();

private:
    QTemporaryDir m_dir;
    CampaignSnapshot m_snapshot;
};

void BenchReports::initTestCase()
{
    QString error;
    std::unique_ptr<Database> db =
        CampaignFile::createDefault(m_dir.filePath(QStringLiteral("b.campaign")), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(DemoGenerator::populate(*db, benchRows(10000, 300), 1, &error), qPrintable(error));
    QVERIFY2(SnapshotLoader::load(*db, 0, &m_snapshot, &error), qPrintable(error));
    QCOMPARE(m_snapshot.activities.size(), benchRows(10000, 300));
    OfficialFonts::instance(); // font set-up is once per process, not per export
}

void BenchReports::exportTenThousand_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("format");
    for (auto kind : {ReportOptions::Kind::Plan, ReportOptions::Kind::Summary})
        for (auto format :
             {ReportOptions::Format::Xlsx, ReportOptions::Format::Pdf, ReportOptions::Format::Odt,
              ReportOptions::Format::Docx, ReportOptions::Format::Csv}) {
            const QString name =
                (kind == ReportOptions::Kind::Plan ? QStringLiteral("plan-") : QStringLiteral("summary-")) +
                ReportOptions::formatKey(format);
            QTest::newRow(qPrintable(name)) << int(kind) << int(format);
        }
}

void BenchReports::exportTenThousand()
{
    QFETCH(int, kind);
    QFETCH(int, format);
    ReportOptions options;
    options.kind = ReportOptions::Kind(kind);
    options.format = ReportOptions::Format(format);
    options.today = QDate(2021, 9, 20);
    QByteArray bytes;
    // The machine the benchmarks run on may be shared; CPU time shows the cost without the waiting.
    timespec before{}, after{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before);
    int iterations = 0;
    QBENCHMARK
    {
        ++iterations;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(ReportExport::write(m_snapshot, options, &buffer, &error), qPrintable(error));
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after);
    qInfo("CPU %.0f ms per iteration",
          ((after.tv_sec - before.tv_sec) * 1e3 + (after.tv_nsec - before.tv_nsec) / 1e6) /
              qMax(1, iterations));
    QVERIFY(bytes.size() > 1000);
}

// The part of the xlsx time spent computing the cells, before libxlsxwriter sees them.
void BenchReports::buildSheetsOnly()
{
    qsizetype rows = 0;
    QBENCHMARK
    {
        rows = 0;
        for (const ReportTable& t :
             {ActivitySheets::allFields(m_snapshot), ActivitySheets::byLeadDepartment(m_snapshot),
              ActivitySheets::byPillar(m_snapshot)})
            t.forEachRow([&](const ReportRow&) { return ++rows > 0; });
    }
    QCOMPARE(rows, 3 * benchRows(10000, 300));
}

QTEST_MAIN(BenchReports)
#include "bench_reports.moc"
