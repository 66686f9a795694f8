#include "ExternalWriters.h"

#include "formats/TableReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Word tables as python-docx writes them (horizontal and vertical merges, a nested table, two
// tables) and as LibreOffice writes them from an HTML table (colspan, rowspan) as .docx and as .doc
// — the .doc and a copy named .wps go through our LibreOffice conversion.
class DocxReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsPythonDocxMerges();
    void readsLibreOfficeTables_data();
    void readsLibreOfficeTables();
    void refusesBadInput_data();
    void refusesBadInput();
    void namesThePackageWithoutLibreOffice();

private:
    QTemporaryDir m_dir;
};

void DocxReaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(ExternalWriters::python(QStringLiteral("write_docx.py"), {m_dir.path()}, &error),
             qPrintable(error));
    QVERIFY2(ExternalWriters::python(QStringLiteral("write_html.py"), {m_dir.path()}, &error),
             qPrintable(error));
    const QString html = m_dir.filePath(QStringLiteral("plan.html"));
    const QString lo = m_dir.filePath(QStringLiteral("lo"));
    QVERIFY2(ExternalWriters::libreOffice({html}, QStringLiteral("docx:MS Word 2007 XML"), lo, &error),
             qPrintable(error));
    QVERIFY2(ExternalWriters::libreOffice({html}, QStringLiteral("doc:MS Word 97"), lo, &error),
             qPrintable(error));
    QVERIFY(QFile::copy(lo + QStringLiteral("/plan.doc"), lo + QStringLiteral("/plan.wps")));
    ExternalWriters::writeFile(m_dir.filePath(QStringLiteral("fake.docx")),
                               QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0') +
                                   QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32));
}

void DocxReaderTest::readsPythonDocxMerges()
{
    TableDocument document;
    QString error;
    QVERIFY2(TableReader::read(m_dir.filePath(QStringLiteral("plan.docx")), {}, &document, &error),
             qPrintable(error));
    QCOMPARE(document.format, QStringLiteral("docx"));
    QCOMPARE(document.tables.size(), 2); // the nested table is part of its cell, not a table of its own
    const TableGrid& table = document.tables.at(0);
    QCOMPARE(table.name, QStringLiteral("表格 1"));
    QCOMPARE(table.rowCount(), 5);
    QCOMPARE(table.columnCount(), 4);
    QCOMPARE(table.cell(0, 3).text, QStringLiteral("牵头单位"));
    QCOMPARE(table.cell(1, 0).text, QStringLiteral("一、质量宣传"));
    QCOMPARE(table.spanAt(1, 2), QRect(0, 1, 4, 1));
    QCOMPARE(table.cell(2, 3).text, QStringLiteral("县市场监管局"));
    QCOMPARE(table.spanAt(4, 3), QRect(3, 2, 1, 3));
    QVERIFY(table.cell(3, 3).isEmpty());
    QCOMPARE(table.cell(3, 1).text, QStringLiteral("计量义诊\n第二段"));
    QVERIFY2(table.cell(4, 1).text.startsWith(QStringLiteral("标准宣贯\n内层 表格")),
             qPrintable(table.cell(4, 1).text));
    QCOMPARE(table.cell(4, 2).text, QStringLiteral("9月"));
    const TableGrid& second = document.tables.at(1);
    QCOMPARE(second.name, QStringLiteral("表格 2"));
    QCOMPARE(second.cell(0, 0).text, QStringLiteral("甲"));
    QCOMPARE(second.cell(1, 1).text, QStringLiteral("乙"));
}

void DocxReaderTest::readsLibreOfficeTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("docx") << QStringLiteral("lo/plan.docx");
    QTest::newRow("doc through LibreOffice") << QStringLiteral("lo/plan.doc");
    QTest::newRow("wps through LibreOffice") << QStringLiteral("lo/plan.wps");
}

void DocxReaderTest::readsLibreOfficeTables()
{
    QFETCH(QString, file);
    TableDocument document;
    QString error;
    QVERIFY2(TableReader::read(m_dir.filePath(file), {}, &document, &error), qPrintable(error));
    QCOMPARE(document.format, QStringLiteral("docx"));
    QCOMPARE(document.tables.size(), 1);
    const TableGrid& table = document.tables.at(0);
    QCOMPARE(table.rowCount(), 4);
    QCOMPARE(table.columnCount(), 4);
    QCOMPARE(table.cell(0, 0).text, QStringLiteral("附件1 活动安排表"));
    QCOMPARE(table.spanAt(0, 3), QRect(0, 0, 4, 1));
    QCOMPARE(table.cell(2, 1).text, QStringLiteral("质量宣传进社区"));
    QCOMPARE(table.cell(2, 3).text, QStringLiteral("县市场监管局"));
    QCOMPARE(table.spanAt(3, 3), QRect(3, 2, 1, 2));
    QCOMPARE(table.cell(3, 2).text, QStringLiteral("9月上旬"));
}

void DocxReaderTest::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zip encryption") << QStringLiteral("zipcrypto.docx")
                                    << QStringLiteral("password-protected");
    QTest::newRow("Office encryption") << QStringLiteral("fake.docx") << QStringLiteral("password-protected");
    QTest::newRow("truncated") << QStringLiteral("truncated.docx") << QStringLiteral("damaged or incomplete");
    QTest::newRow("PDF") << QStringLiteral("lo/missing.pdf") << QStringLiteral("cannot be opened");
}

void DocxReaderTest::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    TableDocument document;
    QString error;
    QVERIFY(!TableReader::read(m_dir.filePath(file), {}, &document, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(document.tables.isEmpty());
}

void DocxReaderTest::namesThePackageWithoutLibreOffice()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_dir.filePath(QStringLiteral("no-programs-here")).toLocal8Bit());
    TableDocument document;
    QString error;
    const bool ok = TableReader::read(m_dir.filePath(QStringLiteral("lo/plan.wps")), {}, &document, &error);
    qputenv("PATH", path);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("LibreOffice")) &&
                 error.contains(QStringLiteral("libreoffice-writer")) &&
                 error.contains(QStringLiteral(".wps")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(DocxReaderTest)
#include "tst_docxreader.moc"
