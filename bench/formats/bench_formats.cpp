// The format layer on a bureau's largest tables: a 100 000-row CSV (UTF-8, quoted fields with commas
// and line breaks) and a 10 000-row .xlsx written by libxlsxwriter (shared strings, dates, numbers,
// merged group rows), each read into a TableGrid. Prints the peak resident memory after each read.
// Run: bench_formats [-iterations N]. Targets: CSV well under 5 s, .xlsx well under 1 s, < 300 MB.
#include "BenchSize.h"
#include "formats/TableReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

namespace {
qint64 peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

class BenchFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_xlsx;
    const int kCsvRows = benchRows(100000, 500);
    const int kXlsxRows = benchRows(10000, 200);

    void read(const QString& path, int rows)
    {
        TableDocument document;
        QString error;
        QBENCHMARK
        {
            QVERIFY2(TableReader::read(path, {}, &document, &error), qPrintable(error));
        }
        QVERIFY(document.tables.first().rowCount() >= rows);
        qInfo("peak resident memory so far: %lld MB", peakKilobytes() / 1024);
    }

private slots:
    void initTestCase()
    {
        m_csv = m_dir.filePath(QStringLiteral("plan.csv"));
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral(
                      "序号,活动内容,活动时间,牵头单位,协助部门,活动地点,负责人,联系电话,参与人数,备注\n")
                      .toUtf8());
        for (int i = 1; i <= kCsvRows; ++i) {
            csv.write(QStringLiteral("%1,\"开展“质量月”主题宣传，第%1场\",9月%2日至9月30日,县市场监管局,"
                                     "\"县教育局、县科技局\","
                                     "县人民广场,张三,1381234%3,%4余人,\"备注一行\n备注二行\"\n")
                          .arg(i)
                          .arg(i % 28 + 1)
                          .arg(i % 10000, 4, 10, QLatin1Char('0'))
                          .arg(i % 500)
                          .toUtf8());
        }
        csv.close();

        m_xlsx = m_dir.filePath(QStringLiteral("plan.xlsx"));
        lxw_workbook* workbook = workbook_new(QFile::encodeName(m_xlsx).constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "活动安排");
        lxw_format* date = workbook_add_format(workbook);
        format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
        worksheet_merge_range(sheet, 0, 0, 0, 9, "XX县2024年“质量月”活动安排表", nullptr);
        const char* headers[] = {"序号", "活动内容", "开始", "牵头单位", "协助部门",
                                 "地点", "负责人",   "电话", "人数",     "备注"};
        for (int c = 0; c < 10; ++c)
            worksheet_write_string(sheet, 1, lxw_col_t(c), headers[c], nullptr);
        for (int r = 2; r < kXlsxRows + 2; ++r) {
            const QByteArray title = QStringLiteral("质量宣传活动第%1项").arg(r).toUtf8();
            lxw_datetime when = {2024, 9, r % 28 + 1, 0, 0, 0};
            worksheet_write_number(sheet, lxw_row_t(r), 0, r - 1, nullptr);
            worksheet_write_string(sheet, lxw_row_t(r), 1, title.constData(), nullptr);
            worksheet_write_datetime(sheet, lxw_row_t(r), 2, &when, date);
            worksheet_write_string(sheet, lxw_row_t(r), 3, "县市场监管局", nullptr);
            worksheet_write_string(sheet, lxw_row_t(r), 4, "县教育局、县科技局", nullptr);
            worksheet_write_string(sheet, lxw_row_t(r), 5, "县人民广场", nullptr);
            worksheet_write_string(sheet, lxw_row_t(r), 6, "张三", nullptr);
            worksheet_write_string(sheet, lxw_row_t(r), 7, "13812345678", nullptr);
            worksheet_write_number(sheet, lxw_row_t(r), 8, r % 500, nullptr);
            worksheet_write_string(sheet, lxw_row_t(r), 9, "", nullptr);
        }
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
        qInfo("inputs: CSV %lld KB, xlsx %lld KB", QFile(m_csv).size() / 1024, QFile(m_xlsx).size() / 1024);
    }

    void csv100000Rows() { read(m_csv, kCsvRows); }
    void xlsx10000Rows() { read(m_xlsx, kXlsxRows); }
};

QTEST_GUILESS_MAIN(BenchFormats)
#include "bench_formats.moc"
