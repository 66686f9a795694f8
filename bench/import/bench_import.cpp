// Importing plan tables: a 10 000-row .xlsx to a preview and to stored activities, and a 100 000-row
// CSV through the whole import, with the peak memory of the process after each step.
// Run: bench_import [-iterations N]. CP_BENCH_ROWS scales both inputs down (CI runs it with 300 rows
// so the benchmark keeps working); the inputs are written once per run by libxlsxwriter and plain
// file writes, not by the program.
#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "BenchSize.h"
#include "CampaignFile.h"
#include "Clock.h"
#include "Database.h"
#include "PlanImportEditor.h"
#include "Workspace.h"
#include "formats/TableReader.h"
#include "importing/ColumnRoles.h"
#include "importing/ImportSummary.h"
#include "importing/PlanRecognizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <xlsxwriter.h>

namespace {

const char* kLeads[] = {"办公室", "质量发展股", "计量所", "县教育局", "县卫健局", "县总工会"};
const char* kDates[] = {"9月1日",  "9月中旬",         "9月1日-30日", "9.10-9.12",
                        "9月下旬", "即日起至9月30日", "待定"};

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

int rows(int normal)
{
    return qMin(benchRows(normal, 300), normal);
}

void writeXlsx(const QString& path, int count)
{
    lxw_workbook* wb = workbook_new(path.toUtf8().constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "活动安排表");
    worksheet_write_string(ws, 0, 0, "青山县2021年“质量月”活动安排表", nullptr);
    const char* header[] = {"序号",     "活动内容",       "活动时间", "牵头单位",
                            "配合单位", "发放资料（份）", "参与人数", "备注"};
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), header[c], nullptr);
    int row = 2;
    for (int i = 0; i < count; ++i, ++row) {
        if (i % 500 == 0)
            worksheet_write_string(ws, lxw_row_t(row++), 0,
                                   i % 1000 == 0 ? "一、开展质量主题宣传" : "（二）深入实施质量提升行动",
                                   nullptr);
        worksheet_write_number(ws, lxw_row_t(row), 0, i + 1, nullptr);
        worksheet_write_string(ws, lxw_row_t(row), 1,
                               QStringLiteral("质量活动第%1项").arg(i + 1).toUtf8().constData(), nullptr);
        worksheet_write_string(ws, lxw_row_t(row), 2, kDates[i % 7], nullptr);
        worksheet_write_string(ws, lxw_row_t(row), 3, kLeads[i % 6], nullptr);
        worksheet_write_string(ws, lxw_row_t(row), 4, "县教育局、县科协", nullptr);
        worksheet_write_string(ws, lxw_row_t(row), 5, "1500余份", nullptr);
        worksheet_write_number(ws, lxw_row_t(row), 6, 100 + i % 50, nullptr);
        worksheet_write_string(ws, lxw_row_t(row), 7, "县广场", nullptr);
    }
    workbook_close(wb);
}

void writeCsv(const QString& path, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out = "序号,活动名称,活动时间,牵头单位,配合单位,参与人数,备注\r\n";
    for (int i = 0; i < count; ++i) {
        out += QStringLiteral(
                   "%1,\"质量活动第%1项，进社区\",%2,%3,\"县教育局、县科协\",%4余人,\"备注 \"\"甲\"\"\"\r\n")
                   .arg(i + 1)
                   .arg(QString::fromUtf8(kDates[i % 7]), QString::fromUtf8(kLeads[i % 6]))
                   .arg(100 + i % 50)
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2021, 8, 20)};

    std::unique_ptr<Workspace> freshFile(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        QFile::remove(path);
        if (!CampaignFile::createDefault(path, &error))
            qFatal("%s", qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, m_clock, &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        return ws;
    }

    // Read, recognise, store; prints each step's time and the peak memory so far.
    void importOnce(const QString& input, const QString& label, int expected)
    {
        std::unique_ptr<Workspace> ws = freshFile(label + QStringLiteral(".campaign"));
        ActivityEditor activities(*ws);
        PlanImportEditor editor(*ws, activities);
        QElapsedTimer t;
        t.start();
        TableDocument doc;
        QString error;
        QVERIFY2(TableReader::read(input, {}, &doc, &error), qPrintable(error));
        const qint64 read = t.restart();
        const ImportContext context = editor.context();
        const int table = ImportSummary::chooseTable(doc.tables, context);
        QVERIFY(table >= 0);
        const TableGrid& grid = doc.tables.at(table);
        const ImportPreview preview =
            PlanRecognizer::build(grid, ColumnRoles::detect(grid, context), context);
        const qint64 recognise = t.restart();
        QCOMPARE(preview.rows.size(), expected);
        doc = {}; // as the command line does before it stores
        PlanImportEditor::Outcome outcome;
        QVERIFY2(editor.run(preview, {}, &outcome, &error), qPrintable(error));
        const qint64 store = t.restart();
        QCOMPARE(ws->activityModel()->rowCount(), expected);
        qInfo("%s, %d rows: read %lld ms, recognise %lld ms (preview %lld ms), store %lld ms, total %lld ms; "
              "peak %.0f MB",
              qPrintable(label), expected, read, recognise, read + recognise, store, read + recognise + store,
              peakMegabytes());
    }

private slots:
    void initTestCase()
    {
        writeXlsx(m_dir.filePath(QStringLiteral("plan.xlsx")), rows(10000));
        writeCsv(m_dir.filePath(QStringLiteral("plan.csv")), rows(100000));
        qInfo("inputs written; peak %.0f MB", peakMegabytes());
    }

    void xlsx10000()
    {
        QBENCHMARK_ONCE
        {
            importOnce(m_dir.filePath(QStringLiteral("plan.xlsx")), QStringLiteral("xlsx"), rows(10000));
        }
    }

    void csv100000()
    {
        QBENCHMARK_ONCE
        {
            importOnce(m_dir.filePath(QStringLiteral("plan.csv")), QStringLiteral("csv"), rows(100000));
        }
    }
};

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
