#include "ExternalWriters.h"

#include "formats/TableReader.h"

#include <QTemporaryDir>
#include <QTest>

// .xlsx as openpyxl writes it (title rows, merges, numbers, dates, several sheets) and as a zip
// written by hand with Python (rich text, inline strings, shared formulas, 1904 dates), plus the
// hostile and damaged workbooks: each must be refused with a reason, never read in part.
class XlsxReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsPlanTable();
    void readsSheetsInOrder();
    void readsRichTextFormulasAndInlineStrings();
    void cancels();
    void refusesHostileInput_data();
    void refusesHostileInput();

private:
    TableDocument read(const QString& name);
    QTemporaryDir m_dir;
};

void XlsxReaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(ExternalWriters::python(QStringLiteral("write_xlsx.py"), {m_dir.path()}, &error),
             qPrintable(error));
}

TableDocument XlsxReaderTest::read(const QString& name)
{
    TableDocument document;
    QString error;
    const bool ok = TableReader::read(m_dir.filePath(name), {}, &document, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok ? document : TableDocument{};
}

void XlsxReaderTest::readsPlanTable()
{
    const TableDocument document = read(QStringLiteral("plan.xlsx"));
    QCOMPARE(document.format, QStringLiteral("xlsx"));
    QCOMPARE(document.tables.size(), 3);
    const TableGrid& sheet = document.tables.at(0);
    QCOMPARE(sheet.name, QStringLiteral("活动安排"));
    QCOMPARE(sheet.rowCount(), 20);   // H20 is the last cell
    QCOMPARE(sheet.columnCount(), 8); // padded to H
    QCOMPARE(sheet.cell(0, 0).text, QStringLiteral("附件1"));
    QCOMPARE(sheet.cell(1, 0).text, QStringLiteral("XX县2024年“质量月”活动安排表"));
    QCOMPARE(sheet.spanAt(1, 3), QRect(0, 1, 6, 1));
    QCOMPARE(sheet.cell(2, 1).text, QStringLiteral("活动内容"));
    QCOMPARE(sheet.cell(3, 0).kind, TableCell::Kind::Number);
    QCOMPARE(sheet.cell(3, 0).text, QStringLiteral("1"));
    QCOMPARE(sheet.cell(3, 1).text, QStringLiteral("质量宣传\n进社区"));
    QCOMPARE(sheet.cell(3, 2).kind, TableCell::Kind::Date); // built-in format 14
    QCOMPARE(sheet.cell(3, 2).date, QDate(2024, 9, 1));
    QCOMPARE(sheet.cell(3, 2).number, 45536.0);
    QCOMPARE(sheet.cell(4, 2).date, QDate(2024, 9, 15));
    QCOMPARE(sheet.cell(4, 2).text, QStringLiteral("2024年9月15日"));
    QCOMPARE(sheet.cell(5, 2).text, QStringLiteral("9月30日"));
    QCOMPARE(sheet.cell(3, 4).number, 1500.0);
    QCOMPARE(sheet.cell(4, 4).text, QStringLiteral("36.5"));
    QCOMPARE(sheet.cell(3, 5).text, QStringLiteral("25%"));
    QCOMPARE(sheet.cell(5, 5).text, QStringLiteral("TRUE"));
    QCOMPARE(sheet.spanAt(5, 3), QRect(3, 4, 1, 2));
    QVERIFY(sheet.cell(5, 3).isEmpty());
    QCOMPARE(sheet.cell(19, 7).text, QStringLiteral("远处"));
    QVERIFY(sheet.cell(10, 3).isEmpty());
}

void XlsxReaderTest::readsSheetsInOrder()
{
    const TableDocument document = read(QStringLiteral("plan.xlsx"));
    QCOMPARE(document.tables.size(), 3);
    QCOMPARE(document.tables.at(1).name, QStringLiteral("第二页"));
    QCOMPARE(document.tables.at(1).cell(1, 1).text, QStringLiteral("3.5"));
    QCOMPARE(document.tables.at(2).name, QStringLiteral("空白"));
    QCOMPARE(document.tables.at(2).rowCount(), 0);
}

void XlsxReaderTest::readsRichTextFormulasAndInlineStrings()
{
    const TableDocument document = read(QStringLiteral("rich.xlsx"));
    QCOMPARE(document.tables.size(), 1);
    const TableGrid& sheet = document.tables.at(0);
    QCOMPARE(sheet.cell(0, 0).text, QStringLiteral("质量 宣传")); // runs joined, phonetic run left out
    QCOMPARE(sheet.cell(0, 1).text, QStringLiteral("行内"));
    QCOMPARE(sheet.cell(0, 2).text, QStringLiteral("plain"));
    QCOMPARE(sheet.cell(1, 1).text, QStringLiteral("2"));
    QCOMPARE(sheet.cell(4, 1).text, QStringLiteral("4")); // shared formula's cached value
    QCOMPARE(sheet.cell(1, 2).date, QDate(1904, 1, 1));   // the 1904 system
    QCOMPARE(sheet.cell(4, 2).text, QStringLiteral("ab"));
    QCOMPARE(sheet.cell(4, 3).text, QStringLiteral("#N/A"));
    QCOMPARE(sheet.rowCount(), 5);
}

void XlsxReaderTest::cancels()
{
    TableReader::Options options;
    int calls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        return done < 1 && total == 3; // the second of three sheets cancels
    };
    TableDocument document;
    QString error;
    QVERIFY(!TableReader::read(m_dir.filePath(QStringLiteral("plan.xlsx")), options, &document, &error));
    QCOMPARE(calls, 2);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QVERIFY(document.tables.isEmpty());
}

void XlsxReaderTest::refusesHostileInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("entity expansion")
        << QStringLiteral("entities.xlsx") << QStringLiteral("document type declaration");
    QTest::newRow("column XFD") << QStringLiteral("wide.xlsx") << QStringLiteral("more than 1024 columns");
    QTest::newRow("row 1048577") << QStringLiteral("tall.xlsx") << QStringLiteral("more than 1048576 rows");
    QTest::newRow("10^6 cells in a row")
        << QStringLiteral("million.xlsx") << QStringLiteral("more than 1024 columns");
    QTest::newRow("2000 sheets on one sheet")
        << QStringLiteral("many-sheets.xlsx") << QStringLiteral("cells in all");
    QTest::newRow("zip bomb") << QStringLiteral("bomb.xlsx") << QStringLiteral("zip bomb");
    QTest::newRow("zip encryption") << QStringLiteral("zipcrypto.xlsx")
                                    << QStringLiteral("password-protected");
    QTest::newRow("Office encryption")
        << QStringLiteral("password.xlsx") << QStringLiteral("password-protected");
    QTest::newRow("truncated") << QStringLiteral("truncated.xlsx") << QStringLiteral("damaged or incomplete");
    QTest::newRow("empty") << QStringLiteral("empty.xlsx") << QStringLiteral("empty");
}

void XlsxReaderTest::refusesHostileInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    TableDocument document;
    document.format = QStringLiteral("untouched");
    QString error;
    QVERIFY(!TableReader::read(m_dir.filePath(file), {}, &document, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QCOMPARE(document.format, QStringLiteral("untouched")); // nothing partial handed out
}

QTEST_GUILESS_MAIN(XlsxReaderTest)
#include "tst_xlsxreader.moc"
