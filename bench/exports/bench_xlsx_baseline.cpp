#include "BenchFigures.h"
#include "BenchSize.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "ReportExport.h"
#include "SnapshotLoader.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

// The plan and summary workbooks of 100 000 activities (CP_BENCH_ROWS, or the file CP_BENCH_FILE)
// against plain libxlsxwriter in the same constant-memory mode writing the same number of cells,
// counted in what the export wrote: the target is under twice the plain time. The plain cells mix
// like the workbook's: Chinese text of activity-title length, numbers, dates.
class BenchXlsxBaseline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CampaignSnapshot m_snapshot;

    // Cells in every sheet of a written .xlsx, counted by unzip rather than by our own code.
    static qint64 cellsIn(const QString& xlsx)
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/*.xml")});
        if (!unzip.waitForStarted())
            return -1;
        qint64 cells = 0;
        QByteArray tail; // the last two bytes: "<c " is three, so no match is counted twice
        while (unzip.state() != QProcess::NotRunning || unzip.bytesAvailable() > 0) {
            if (unzip.bytesAvailable() == 0) {
                unzip.waitForReadyRead(1000);
                continue;
            }
            const QByteArray chunk = tail + unzip.readAll();
            cells += chunk.count("<c ");
            tail = chunk.right(2);
        }
        unzip.waitForFinished();
        return unzip.exitCode() == 0 ? cells : -1;
    }

    // Plain libxlsxwriter: `cells` cells, ten to a row, on sheets of at most a million rows.
    static bool writePlain(const QString& path, qint64 cells)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        lxw_workbook* wb = workbook_new_opt(path.toUtf8().constData(), &options);
        if (!wb)
            return false;
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        const QByteArray title = QStringLiteral("“质量月”主题宣传进城关镇社区").toUtf8();
        const QByteArray department = QStringLiteral("质量安全监督管理股").toUtf8();
        lxw_worksheet* ws = nullptr;
        lxw_row_t row = 0;
        for (qint64 i = 0; i < cells; ++i) {
            const lxw_col_t col = lxw_col_t(i % 10);
            if (col == 0) {
                if (!ws || row >= 1000000) {
                    ws = workbook_add_worksheet(wb, nullptr);
                    row = 0;
                }
                ++row;
            }
            switch (col) {
            case 0:
            case 5:
                worksheet_write_number(ws, row, col, double(i), nullptr);
                break;
            case 2:
            case 6: {
                lxw_datetime d{2021, 9, int(1 + i % 28), 0, 0, 0};
                worksheet_write_datetime(ws, row, col, &d, date);
                break;
            }
            case 1:
            case 7:
                worksheet_write_string(ws, row, col, title.constData(), nullptr);
                break;
            default:
                worksheet_write_string(ws, row, col, department.constData(), nullptr);
            }
        }
        return workbook_close(wb) == LXW_NO_ERROR;
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString file = qEnvironmentVariable("CP_BENCH_FILE");
        std::unique_ptr<Database> db =
            file.isEmpty() ? CampaignFile::createDefault(m_dir.filePath(QStringLiteral("b.campaign")), &error)
                           : Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        if (file.isEmpty())
            QVERIFY2(DemoGenerator::populate(*db, benchRows(100000, 300), 1, &error), qPrintable(error));
        QVERIFY2(SnapshotLoader::load(*db, 0, &m_snapshot, &error), qPrintable(error));
    }

    void workbookAgainstPlain_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("plan") << int(ReportOptions::Kind::Plan);
        QTest::newRow("summary") << int(ReportOptions::Kind::Summary);
    }
    void workbookAgainstPlain()
    {
        QFETCH(int, kind);
        ReportOptions options;
        options.kind = ReportOptions::Kind(kind);
        options.format = ReportOptions::Format::Xlsx;
        options.today = QDate(2021, 9, 20);
        const QString ours = m_dir.filePath(QStringLiteral("ours.xlsx"));
        QString error;
        BenchTimer export_;
        QVERIFY2(ReportExport::writeFile(m_snapshot, options, ours, &error), qPrintable(error));
        const double oursWall = export_.wallMs(), oursCpu = export_.cpuMs();
        const qint64 cells = cellsIn(ours);
        QVERIFY2(cells > m_snapshot.activities.size(), qPrintable(QString::number(cells)));
        const QString plain = m_dir.filePath(QStringLiteral("plain.xlsx"));
        BenchTimer baseline;
        QVERIFY(writePlain(plain, cells));
        const double plainWall = baseline.wallMs(), plainCpu = baseline.cpuMs();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString size =
            QStringLiteral("%1 activities, %2 cells").arg(m_snapshot.activities.size()).arg(cells);
        benchRecord(QStringLiteral("xlsx %1 export (writer only), %2").arg(tag, size), oursWall, oursCpu);
        benchRecord(QStringLiteral("xlsx plain libxlsxwriter, same cells as %1").arg(tag), plainWall,
                    plainCpu);
        qInfo("ratio %.2f (wall), %.2f (CPU)", oursWall / plainWall, oursCpu / plainCpu);
    }
};

QTEST_MAIN(BenchXlsxBaseline)
#include "bench_xlsx_baseline.moc"
