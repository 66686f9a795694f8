// ReportTable's row source: what every writer walks with forEachRow, and that the CSV writer writes
// rows out while the source is still producing them (nothing is collected first).
#include "CsvWriter.h"
#include "ExportProgress.h"
#include "ReportDocument.h"

#include <QBuffer>
#include <QTest>

namespace {

ReportRow textRow(const QString& text, bool group = false)
{
    return {{ReportCell::ofText(text)}, group};
}

// A source of `count` rows named "r0", "r1", …; `produced` counts the rows it made.
ReportTable counted(int count, int* produced)
{
    ReportTable t;
    t.name = QStringLiteral("t");
    t.headers = {QStringLiteral("名称")};
    t.setSource(
        [count, produced](const ReportTable::RowSink& sink) {
            for (int i = 0; i < count; ++i) {
                ++*produced;
                if (!sink(textRow(QStringLiteral("r%1").arg(i))))
                    return false;
            }
            return true;
        },
        count, false);
    return t;
}

class StopAfter : public ExportProgress
{
public:
    explicit StopAfter(qint64 limit) : m_limit(limit) {}
    bool step(qint64 done, qint64) override { return done < m_limit; }

private:
    qint64 m_limit;
};

} // namespace

class TestReportTable : public QObject
{
    Q_OBJECT

private slots:
    void appendedRowsThenSource()
    {
        int produced = 0;
        ReportTable t = counted(3, &produced);
        t.append(textRow(QStringLiteral("分组"), true));
        QCOMPARE(t.rowCount(), 4);
        QVERIFY(t.hasGroupRows());
        const QList<ReportRow> rows = t.rows();
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[0].group);
        QCOMPARE(rows[1].cells[0].text, QStringLiteral("r0"));
        QCOMPARE(rows[3].cells[0].text, QStringLiteral("r2"));
        // A source runs again for every walk and gives the same rows.
        QCOMPARE(t.rows().size(), 4);
        QCOMPARE(produced, 6);
    }

    void sinkStopsTheSource()
    {
        int produced = 0;
        const ReportTable t = counted(1000, &produced);
        int seen = 0;
        QVERIFY(!t.forEachRow([&](const ReportRow&) { return ++seen < 10; }));
        QCOMPARE(seen, 10);
        QCOMPARE(produced, 10);
        QVERIFY(!t.hasGroupRows());
    }

    void emptyTable()
    {
        ReportTable t;
        QCOMPARE(t.rowCount(), 0);
        QVERIFY(t.forEachRow([](const ReportRow&) { return false; }));
        t.setSource({}, 5, true); // no source: no rows
        QCOMPARE(t.rowCount(), 0);
    }

    // The CSV reaches the device while rows are still being produced.
    void csvStreams()
    {
        QByteArray bytes;
        QBuffer device(&bytes);
        device.open(QIODevice::WriteOnly);
        ReportTable t;
        t.headers = {QStringLiteral("序号"), QStringLiteral("活动内容")};
        qint64 writtenAtHalf = -1;
        const int count = 20000;
        t.setSource(
            [&](const ReportTable::RowSink& sink) {
                for (int i = 0; i < count; ++i) {
                    if (i == count / 2)
                        writtenAtHalf = bytes.size();
                    if (!sink({{ReportCell::ofNumber(i, QString::number(i)),
                                ReportCell::ofText(QStringLiteral("质量月宣传活动，第%1场").arg(i))},
                               false}))
                        return false;
                }
                return true;
            },
            count, false);
        QString error;
        QVERIFY2(CsvWriter::write({t}, &device, &error), qPrintable(error));
        QVERIFY2(writtenAtHalf > 64 * 1024, qPrintable(QString::number(writtenAtHalf)));
        QVERIFY(writtenAtHalf < bytes.size() / 2 + 64 * 1024);
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.size(), count + 2); // header, rows, and the empty piece after the last CRLF
        QCOMPARE(lines[1], QStringLiteral("0,质量月宣传活动，第0场\r").toUtf8());
    }

    void csvCancels()
    {
        int produced = 0;
        const ReportTable t = counted(5000, &produced);
        QByteArray bytes;
        QBuffer device(&bytes);
        device.open(QIODevice::WriteOnly);
        StopAfter stop(1000);
        QString error;
        QVERIFY(!CsvWriter::write({t}, &device, &error, &stop));
        QVERIFY(!error.isEmpty());
        QCOMPARE(produced, 1000);
    }
};

QTEST_GUILESS_MAIN(TestReportTable)
#include "tst_reporttable.moc"
