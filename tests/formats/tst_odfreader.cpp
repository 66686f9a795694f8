#include "ExternalWriters.h"

#include "formats/TableReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

// OpenDocument sheets and text tables: as LibreOffice writes them (from openpyxl's workbook and from
// an HTML table) and hand-zipped edges — a million repeated empty columns and rows that must cost
// nothing, spans and covered cells, every value type, nested tables, encryption.
class OdfReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsLibreOfficeSheet();
    void readsEdges();
    void readsTextTables_data();
    void readsTextTables();
    void flattensNestedTables();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    TableDocument read(const QString& file);
    QTemporaryDir m_dir;
};

void OdfReaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    for (const QString& script :
         {QStringLiteral("write_xlsx.py"), QStringLiteral("write_html.py"), QStringLiteral("write_odf.py")})
        QVERIFY2(ExternalWriters::python(script, {m_dir.path()}, &error), qPrintable(error));
    const QString lo = m_dir.filePath(QStringLiteral("lo"));
    QVERIFY2(ExternalWriters::libreOffice({m_dir.filePath(QStringLiteral("plan.xlsx"))},
                                          QStringLiteral("ods"), lo, &error),
             qPrintable(error));
    QVERIFY2(ExternalWriters::libreOffice({m_dir.filePath(QStringLiteral("plan.html"))},
                                          QStringLiteral("odt:writer8"), lo, &error),
             qPrintable(error));
}

TableDocument OdfReaderTest::read(const QString& file)
{
    TableDocument document;
    QString error;
    if (!TableReader::read(m_dir.filePath(file), {}, &document, &error))
        qWarning("%s", qPrintable(error));
    return document;
}

void OdfReaderTest::readsLibreOfficeSheet()
{
    const TableDocument document = read(QStringLiteral("lo/plan.ods"));
    QCOMPARE(document.format, QStringLiteral("ods"));
    QCOMPARE(document.tables.size(), 3);
    const TableGrid& sheet = document.tables.at(0);
    QCOMPARE(sheet.name, QStringLiteral("活动安排"));
    QCOMPARE(sheet.rowCount(), 20);
    QCOMPARE(sheet.columnCount(), 8);
    QCOMPARE(sheet.cell(1, 0).text, QStringLiteral("XX县2024年“质量月”活动安排表"));
    QCOMPARE(sheet.spanAt(1, 3), QRect(0, 1, 6, 1));
    QCOMPARE(sheet.cell(3, 1).text, QStringLiteral("质量宣传\n进社区"));
    QCOMPARE(sheet.cell(4, 2).kind, TableCell::Kind::Date);
    QCOMPARE(sheet.cell(4, 2).date, QDate(2024, 9, 15));
    QCOMPARE(sheet.cell(4, 2).text, QStringLiteral("2024年9月15日"));
    QCOMPARE(sheet.cell(3, 4).kind, TableCell::Kind::Number);
    QCOMPARE(sheet.cell(3, 4).number, 1500.0);
    QCOMPARE(sheet.cell(3, 5).text, QStringLiteral("25%"));
    QCOMPARE(sheet.spanAt(5, 3), QRect(3, 4, 1, 2));
    QCOMPARE(sheet.cell(19, 7).text, QStringLiteral("远处"));
    QCOMPARE(document.tables.at(1).cell(1, 1).number, 3.5);
}

void OdfReaderTest::readsEdges()
{
    QElapsedTimer clock;
    clock.start();
    const TableDocument document = read(QStringLiteral("edges.ods"));
    QVERIFY(clock.elapsed() < 2000); // repeated empties are counted, not materialised
    QCOMPARE(document.tables.size(), 2);
    const TableGrid& sheet = document.tables.at(0);
    QCOMPARE(sheet.name, QStringLiteral("计划"));
    QCOMPARE(sheet.rowCount(), 4);
    QCOMPARE(sheet.columnCount(), 5);
    QCOMPARE(sheet.cell(0, 0).text, QStringLiteral("活动  安排表"));
    QCOMPARE(sheet.spanAt(0, 2), QRect(0, 0, 3, 1));
    QCOMPARE(sheet.cell(1, 0).text, QStringLiteral("1,500"));
    QCOMPARE(sheet.cell(2, 0).number, 1500.0); // the repeated row
    QCOMPARE(sheet.cell(1, 1).date, QDate(2024, 9, 1));
    QCOMPARE(sheet.cell(1, 1).text, QStringLiteral("2024年9月1日"));
    QCOMPARE(sheet.cell(1, 2).number, 0.25);
    QCOMPARE(sheet.cell(1, 3).text, QStringLiteral("第一行\n第二\n行\t尾"));
    QCOMPARE(sheet.spanAt(2, 3), QRect(3, 1, 1, 2));
    QCOMPARE(sheet.cell(3, 4).text, QStringLiteral("2.5"));
    QVERIFY(sheet.cell(3, 0).isEmpty());
    QCOMPARE(document.tables.at(1).name, QStringLiteral("空表"));
    QCOMPARE(document.tables.at(1).rowCount(), 0);
}

void OdfReaderTest::readsTextTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("odt") << QStringLiteral("lo/plan.odt");
}

void OdfReaderTest::readsTextTables()
{
    QFETCH(QString, file);
    const TableDocument document = read(file);
    QCOMPARE(document.format, QStringLiteral("odt"));
    QCOMPARE(document.tables.size(), 1);
    const TableGrid& table = document.tables.at(0);
    QCOMPARE(table.name, QStringLiteral("表格 1"));
    QCOMPARE(table.rowCount(), 4);
    QCOMPARE(table.columnCount(), 4);
    QCOMPARE(table.spanAt(0, 3), QRect(0, 0, 4, 1));
    QCOMPARE(table.cell(2, 3).text, QStringLiteral("县市场监管局"));
    QCOMPARE(table.spanAt(3, 3), QRect(3, 2, 1, 2));
    QCOMPARE(table.cell(3, 1).text, QStringLiteral("计量义诊"));
}

void OdfReaderTest::flattensNestedTables()
{
    const TableDocument document = read(QStringLiteral("nested.odt"));
    QCOMPARE(document.tables.size(), 1);
    const TableGrid& table = document.tables.at(0);
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.spanAt(0, 1), QRect(0, 0, 2, 1));
    QCOMPARE(table.cell(1, 0).text, QStringLiteral("外\n内一 内二"));
    QCOMPARE(table.cell(1, 1).text, QStringLiteral("右"));
}

void OdfReaderTest::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("encrypted") << QStringLiteral("encrypted.ods") << QStringLiteral("password-protected");
    QTest::newRow("10^6 repeated cells")
        << QStringLiteral("wide.ods") << QStringLiteral("more than 1024 columns");
    QTest::newRow("2·10^6 repeated rows")
        << QStringLiteral("tall.ods") << QStringLiteral("more than 1048576 rows");
    QTest::newRow("truncated") << QStringLiteral("truncated.ods") << QStringLiteral("damaged or incomplete");
}

void OdfReaderTest::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    TableDocument document;
    QString error;
    QVERIFY(!TableReader::read(m_dir.filePath(file), {}, &document, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(document.tables.isEmpty());
}

QTEST_GUILESS_MAIN(OdfReaderTest)
#include "tst_odfreader.moc"
