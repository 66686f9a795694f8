#include "ExternalWriters.h"

#include "formats/TableReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Excel 97 workbooks through libfreexl, written by LibreOffice from openpyxl's plan workbook. freexl
// 1.0 does not report merged ranges, so .xls grids carry none (see XlsReader.h).
class XlsReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsWorkbook_data();
    void readsWorkbook();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    QTemporaryDir m_dir;
};

void XlsReaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(ExternalWriters::python(QStringLiteral("write_xlsx.py"), {m_dir.path()}, &error),
             qPrintable(error));
    const QString lo = m_dir.filePath(QStringLiteral("lo"));
    QVERIFY2(ExternalWriters::libreOffice({m_dir.filePath(QStringLiteral("plan.xlsx"))},
                                          QStringLiteral("xls:MS Excel 97"), lo, &error),
             qPrintable(error));
    // WPS's .et and an .xls saved under another name are recognised by content.
    QVERIFY(QFile::copy(lo + QStringLiteral("/plan.xls"), lo + QStringLiteral("/plan.et")));
    QVERIFY(QFile::copy(lo + QStringLiteral("/plan.xls"), lo + QStringLiteral("/plan-xls.xlsx")));
    QFile xls(lo + QStringLiteral("/plan.xls"));
    QVERIFY(xls.open(QIODevice::ReadOnly));
    const QByteArray bytes = xls.readAll();
    ExternalWriters::writeFile(lo + QStringLiteral("/truncated.xls"), bytes.left(bytes.size() / 3));
    ExternalWriters::writeFile(lo + QStringLiteral("/header-only.xls"), bytes.left(512));
    QVERIFY2(ExternalWriters::python(QStringLiteral("patch_filepass.py"),
                                     {lo + QStringLiteral("/plan.xls"), lo + QStringLiteral("/password.xls")},
                                     &error),
             qPrintable(error));
}

void XlsReaderTest::readsWorkbook_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xls") << QStringLiteral("lo/plan.xls");
    QTest::newRow("et") << QStringLiteral("lo/plan.et");
    QTest::newRow("xls named .xlsx") << QStringLiteral("lo/plan-xls.xlsx");
}

void XlsReaderTest::readsWorkbook()
{
    QFETCH(QString, file);
    TableDocument document;
    QString error;
    QVERIFY2(TableReader::read(m_dir.filePath(file), {}, &document, &error), qPrintable(error));
    QCOMPARE(document.format, QStringLiteral("xls"));
    QCOMPARE(document.tables.size(), 3);
    const TableGrid& sheet = document.tables.at(0);
    QCOMPARE(sheet.name, QStringLiteral("活动安排"));
    QCOMPARE(sheet.rowCount(), 20);
    QCOMPARE(sheet.columnCount(), 8);
    QCOMPARE(sheet.cell(1, 0).text, QStringLiteral("XX县2024年“质量月”活动安排表"));
    QCOMPARE(sheet.cell(2, 3).text, QStringLiteral("牵头单位"));
    QCOMPARE(sheet.cell(3, 1).text, QStringLiteral("质量宣传\n进社区"));
    QCOMPARE(sheet.cell(3, 2).kind, TableCell::Kind::Date);
    QCOMPARE(sheet.cell(3, 2).date, QDate(2024, 9, 1));
    QCOMPARE(sheet.cell(4, 2).date, QDate(2024, 9, 15));
    QCOMPARE(sheet.cell(3, 4).kind, TableCell::Kind::Number);
    QCOMPARE(sheet.cell(3, 4).text, QStringLiteral("1500"));
    QCOMPARE(sheet.cell(4, 4).number, 36.5);
    QCOMPARE(sheet.cell(19, 7).text, QStringLiteral("远处"));
    QVERIFY(sheet.merges.isEmpty());
    QCOMPARE(document.warnings.size(), 1); // merged cells of .xls are not known
    QCOMPARE(document.tables.at(1).name, QStringLiteral("第二页"));
    QCOMPARE(document.tables.at(1).cell(1, 1).number, 3.5);
}

void XlsReaderTest::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QStringLiteral("lo/truncated.xls") << QStringLiteral("damaged");
    QTest::newRow("header only") << QStringLiteral("lo/header-only.xls") << QStringLiteral("damaged");
    QTest::newRow("FILEPASS") << QStringLiteral("lo/password.xls") << QStringLiteral("password-protected");
}

void XlsReaderTest::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    TableDocument document;
    QString error;
    QVERIFY(!TableReader::read(m_dir.filePath(file), {}, &document, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(document.tables.isEmpty());
}

QTEST_GUILESS_MAIN(XlsReaderTest)
#include "tst_xlsreader.moc"
