#include "ExternalWriters.h"

#include "formats/DocumentText.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// The plain text of notices: python-docx's .docx, LibreOffice's .odt, .pdf and .doc made from a .txt,
// the .txt itself in GB18030 (iconv); a scanned PDF, a password-protected PDF and a workbook refused.
class DocumentTextTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsText_data();
    void readsText();
    void readsDocxParagraphsAndCells();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    QTemporaryDir m_dir;
};

void DocumentTextTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    for (const QString& script :
         {QStringLiteral("write_docx.py"), QStringLiteral("write_html.py"), QStringLiteral("write_xlsx.py")})
        QVERIFY2(ExternalWriters::python(script, {m_dir.path()}, &error), qPrintable(error));
    const QString txt = m_dir.filePath(QStringLiteral("notice.txt"));
    const QString lo = m_dir.filePath(QStringLiteral("lo"));
    QVERIFY2(ExternalWriters::libreOffice({txt}, QStringLiteral("odt"), lo, &error), qPrintable(error));
    QVERIFY2(ExternalWriters::libreOffice({txt}, QStringLiteral("pdf"), lo, &error), qPrintable(error));
    QVERIFY2(ExternalWriters::libreOffice({txt}, QStringLiteral("doc:MS Word 97"), lo, &error),
             qPrintable(error));
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY2(ExternalWriters::libreOffice(
                 {txt},
                 QStringLiteral("pdf:writer_pdf_Export:{\"EncryptFile\":{\"type\":\"boolean\","
                                "\"value\":\"true\"},\"DocumentOpenPassword\":{\"type\":"
                                "\"string\",\"value\":\"secret\"}}"),
                 locked, &error),
             qPrintable(error));
    QFile source(txt);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray gb = ExternalWriters::iconv(source.readAll(), QStringLiteral("GB18030"), &error);
    QVERIFY2(!gb.isEmpty(), qPrintable(error));
    QVERIFY(ExternalWriters::writeFile(m_dir.filePath(QStringLiteral("notice-gb.txt")), gb));
}

void DocumentTextTest::readsText_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("txt UTF-8") << QStringLiteral("notice.txt");
    QTest::newRow("txt GB18030") << QStringLiteral("notice-gb.txt");
    QTest::newRow("odt") << QStringLiteral("lo/notice.odt");
    QTest::newRow("pdf") << QStringLiteral("lo/notice.pdf");
    QTest::newRow("doc through LibreOffice") << QStringLiteral("lo/notice.doc");
}

void DocumentTextTest::readsText()
{
    QFETCH(QString, file);
    QString text, error;
    QVERIFY2(DocumentText::read(m_dir.filePath(file), &text, &error), qPrintable(error));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(text));
    QCOMPARE(lines.at(0).trimmed(), QStringLiteral("关于开展2024年“质量月”活动的通知"));
    QCOMPARE(lines.at(1).trimmed(), QStringLiteral("各有关单位："));
    QCOMPARE(lines.at(2).trimmed(), QStringLiteral("请于9月30日前报送总结。"));
}

void DocumentTextTest::readsDocxParagraphsAndCells()
{
    QString text, error;
    QVERIFY2(DocumentText::read(m_dir.filePath(QStringLiteral("notice.docx")), &text, &error),
             qPrintable(error));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines,
             QStringList({QStringLiteral("关于开展2024年“质量月”活动的通知"), QStringLiteral("各有关单位："),
                          QStringLiteral("为深入贯彻质量强国建设纲要。"), QStringLiteral("表内文字")}));
}

void DocumentTextTest::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("scanned PDF") << QStringLiteral("scan.pdf") << QStringLiteral("no text layer");
    QTest::newRow("password PDF") << QStringLiteral("locked/notice.pdf")
                                  << QStringLiteral("password-protected");
    QTest::newRow("workbook") << QStringLiteral("plan.xlsx") << QStringLiteral("not a document");
    QTest::newRow("encrypted docx") << QStringLiteral("zipcrypto.docx")
                                    << QStringLiteral("password-protected");
    QTest::newRow("truncated docx") << QStringLiteral("truncated.docx")
                                    << QStringLiteral("damaged or incomplete");
    QTest::newRow("entities") << QStringLiteral("entities.xlsx") << QStringLiteral("not a document");
    QTest::newRow("empty") << QStringLiteral("empty.xlsx") << QStringLiteral("empty");
}

void DocumentTextTest::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QString text = QStringLiteral("untouched"), error;
    QVERIFY(!DocumentText::read(m_dir.filePath(file), &text, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(text, QStringLiteral("untouched"));
}

QTEST_GUILESS_MAIN(DocumentTextTest)
#include "tst_documenttext.moc"
