// The streamed .odt, read back by Python's zipfile and XML parser (no code shared with ours): a valid
// package with "mimetype" first and stored, every CRC right, content.xml well formed with the fonts
// for Chinese text, the header row repeated, group rows merged, spaces and odd characters kept or
// dropped as ODF needs. LibreOffice reading it is tst_reportexports' odtOpensInLibreOffice.
#include "ExportProgress.h"
#include "ExternalReaders.h"
#include "OdtWriter.h"
#include "OfficialFonts.h"
#include "ReportDocument.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ExternalReaders;

namespace {

ReportDocument document(int rows)
{
    ReportDocument doc;
    doc.title = QStringLiteral("质量月活动实施方案");
    doc.add(ReportBlock::Kind::Title, doc.title);
    doc.add(ReportBlock::Kind::Paragraph, QStringLiteral("第一段\n\n  第二段  两个空格"));
    ReportTable t;
    t.headers = {QStringLiteral("序号"), QStringLiteral("活动内容")};
    t.widths = {1, 3};
    t.setSource(
        [rows](const ReportTable::RowSink& sink) {
            if (!sink({{ReportCell::ofText(QStringLiteral("（一）质量宣传"))}, true}))
                return false;
            for (int i = 1; i <= rows; ++i)
                if (!sink({{ReportCell::ofNumber(i, QString::number(i)),
                            ReportCell::ofText(QStringLiteral("活动%1\u0001a  b").arg(i))},
                           false}))
                    return false;
            return true;
        },
        rows + 1, true);
    doc.add(ReportBlock::Kind::PageBreak, {});
    doc.addTable(t);
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::red);
    doc.addImage(image, QStringLiteral("图1　图表"));
    return doc;
}

class CancelAt : public ExportProgress
{
public:
    bool step(qint64 done, qint64) override { return done < 500; }
};

} // namespace

class TestOdtWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { OfficialFonts::instance(); }

    void readsBackAsAPackage()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.odt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(OdtWriter::write(document(3000), &file, nullptr, &error), qPrintable(error));
        file.close();

        const char* script = R"(
import json, sys, zipfile
import xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
infos = z.infolist()
assert infos[0].filename == 'mimetype' and infos[0].compress_type == zipfile.ZIP_STORED
assert z.read('mimetype') == b'application/vnd.oasis.opendocument.text'
ns = {'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
      'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
      'style': 'urn:oasis:names:tc:opendocument:xmlns:style:1.0'}
root = ET.fromstring(z.read('content.xml'))
ET.fromstring(z.read('styles.xml')); ET.fromstring(z.read('meta.xml')); ET.fromstring(z.read('META-INF/manifest.xml'))
t = root.find('.//table:table', ns)
header = t.findall('table:table-header-rows/table:table-row', ns)
rows = t.findall('table:table-row', ns)
group = rows[0].find('table:table-cell', ns)
cells = [''.join(c.itertext()) for c in rows[1].findall('table:table-cell', ns)]
spaces = rows[1].findall('.//text:s', ns)
asian = [p.get('{urn:oasis:names:tc:opendocument:xmlns:style:1.0}font-family-asian')
         for p in root.iter('{urn:oasis:names:tc:opendocument:xmlns:style:1.0}text-properties')]
paragraphs = [''.join(p.itertext()) for p in root.find('.//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text').findall('text:p', ns)]
print(json.dumps({'header': len(header), 'rows': len(rows),
  'span': group.get('{urn:oasis:names:tc:opendocument:xmlns:table:1.0}number-columns-spanned'),
  'cells': cells, 'spaces': len(spaces), 'asian': all(asian) and len(asian) > 0,
  'paragraphs': paragraphs, 'pictures': [n for n in z.namelist() if n.startswith('Pictures/')]}, ensure_ascii=False))
)";
        QByteArray out;
        QVERIFY2(run(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(script), path}, &out, &error),
                 qPrintable(error));
        const QJsonObject r = QJsonDocument::fromJson(out).object();
        QCOMPARE(r.value(QStringLiteral("header")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("rows")).toInt(), 3001);
        QCOMPARE(r.value(QStringLiteral("span")).toString(), QStringLiteral("2"));
        QCOMPARE(
            r.value(QStringLiteral("cells")).toVariant().toStringList(),
            (QStringList{QStringLiteral("1"), QStringLiteral("活动1a b")})); // control character left out
        QVERIFY(r.value(QStringLiteral("spaces")).toInt() >= 1);             // the second space kept
        QVERIFY(r.value(QStringLiteral("asian")).toBool());
        const QStringList paragraphs = r.value(QStringLiteral("paragraphs")).toVariant().toStringList();
        QVERIFY2(paragraphs.contains(QStringLiteral("第二段 两个空格")) &&
                     paragraphs.contains(QStringLiteral("第一段")) &&
                     paragraphs.contains(QStringLiteral("图1　图表")),
                 qPrintable(paragraphs.join(QLatin1Char('|'))));
        QCOMPARE(r.value(QStringLiteral("pictures")).toVariant().toStringList(),
                 QStringList{QStringLiteral("Pictures/chart1.png")});
    }

    void cancelStops()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CancelAt cancel;
        QString error;
        QVERIFY(!OdtWriter::write(document(3000), &buffer, &cancel, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestOdtWriter)
#include "tst_odtwriter.moc"
