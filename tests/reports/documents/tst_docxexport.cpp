#include "DocxReadback.h"
#include "ExternalReaders.h"

#include "CampaignFile.h"
#include "CampaignSummary.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DocxWriter.h"
#include "ExportProgress.h"
#include "OfficialFonts.h"
#include "PlanReport.h"
#include "ProfileRepository.h"
#include "ReportExport.h"
#include "SnapshotLoader.h"
#include "SummaryReport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ExternalReaders;

// The .docx of the plan and the summary — for the demo file, for campaigns built by hand and for a
// document with every kind of block — read back with python-docx, checked part by part as a zip of
// XML, and laid out by LibreOffice next to our own PDF. The consolidated report's .docx is checked
// the same way in tests/consolidated. The writer reads no outside bytes (it takes a ReportDocument
// built from the campaign), so it needs no fuzz target; cleanedText() covers hostile text in fields.
class TestDocxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsBackWithPythonDocx_data();
    void readsBackWithPythonDocx();
    void everyPartIsWellFormed_data();
    void everyPartIsWellFormed();
    void libreOfficeLaysItOutLikeOurPdf_data();
    void libreOfficeLaysItOutLikeOurPdf();
    void cleanedText();
    void writesIntoABuffer();
    void cancelledExportLeavesNoFile();

private:
    void cases();
    ReportDocument document(const QString& name) const;
    QString write(const QString& name);

    QTemporaryDir m_dir;
    CampaignSnapshot m_demo, m_handBuilt, m_empty;
    QList<ReportChart> m_pictures;
    QDate m_today{2021, 9, 20};
};

namespace {

QImage picture(const QSize& size, const QColor& colour, const QString& label)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.setPen(Qt::white);
    p.drawText(image.rect(), Qt::AlignCenter, label);
    return image;
}

Activity activity(const CampaignSnapshot& s, int i, const QString& title, ActivityStatus status)
{
    Activity a;
    a.id = 500 + i;
    a.campaignId = s.campaign.campaign.id;
    a.pillarId = s.campaign.pillars.value(i % qMax<qsizetype>(1, s.campaign.pillars.size())).id;
    a.leadDepartmentId = s.departments.value(i % qMax<qsizetype>(1, s.departments.size())).id;
    a.title = title;
    a.location = QStringLiteral("县政府广场");
    a.start = QDate(2021, 9, 1 + i);
    a.end = QDate(2021, 9, 3 + i);
    a.status = status;
    return a;
}

// Every kind of block, tables back to back and at the very end, a page break before a table.
ReportDocument everyBlock()
{
    ReportDocument doc;
    doc.title = QStringLiteral("关于开展2021年“质量月”活动的实施方案");
    doc.add(ReportBlock::Kind::Title, doc.title);
    doc.add(ReportBlock::Kind::Subtitle, QStringLiteral("（征求意见稿）"));
    doc.add(ReportBlock::Kind::Heading1, QStringLiteral("一、总体要求"));
    doc.add(ReportBlock::Kind::Paragraph,
            QStringLiteral(
                "以习近平新时代中国特色社会主义思想为指导，坚持质量第一。\n\n  第二段，前后有空格。  "));
    doc.add(ReportBlock::Kind::Heading2, QStringLiteral("（一）工作目标"));
    doc.add(ReportBlock::Kind::Paragraph,
            QStringLiteral("全面提升质量水平 ISO 9001, GB/T 19001-2016 & <tags>."));
    doc.add(ReportBlock::Kind::Signature, QStringLiteral("某某县市场监督管理局\n2021年9月20日"));
    doc.add(ReportBlock::Kind::PageBreak, {});
    ReportTable t;
    t.name = QStringLiteral("活动安排");
    t.headers = {QStringLiteral("序号"), QStringLiteral("活动内容"), QStringLiteral("完成数")};
    t.widths = {0.7, 4, 1};
    t.append(ReportRow{{ReportCell::ofText(QStringLiteral("（一）质量宣传"))}, true});
    // The rest from a source, as the plan's rows come: produced while the writer walks the table.
    t.setSource(
        [](const ReportTable::RowSink& sink) {
            for (int i = 1; i <= 60; ++i)
                if (!sink({{ReportCell::ofNumber(i, QString::number(i)),
                            ReportCell::ofText(QStringLiteral("第%1项活动\n第二行").arg(i)),
                            ReportCell::ofNumber(i * 10, QStringLiteral("%1余").arg(i * 10))},
                           false}))
                    return false;
            return sink({{ReportCell::ofText(QStringLiteral("（二）短行")),
                          ReportCell::ofText(QStringLiteral("x"))},
                         true}) &&
                   sink({{ReportCell::ofText(QStringLiteral("只有一格"))}, false});
        },
        62, true);
    doc.addTable(t);
    ReportTable empty;
    empty.name = QStringLiteral("空表");
    empty.headers = {QStringLiteral("项目"), QStringLiteral("数量")};
    doc.addTable(empty);
    doc.add(ReportBlock::Kind::Caption, QStringLiteral("附件1"));
    doc.addImage(picture({800, 400}, Qt::darkRed, QStringLiteral("chart")), QStringLiteral("图1　完成情况"));
    doc.addImage(picture({300, 1200}, Qt::darkBlue, QStringLiteral("tall")), QStringLiteral("图2　竖图"));
    doc.addImage(QImage(), QStringLiteral("空图不出现"));
    ReportTable last;
    last.name = QStringLiteral("末表");
    last.headers = {QStringLiteral("指标"), QStringLiteral("单位")};
    last.append(ReportRow{
        {ReportCell::ofText(QStringLiteral("宣传资料")), ReportCell::ofText(QStringLiteral("份"))}});
    doc.addTable(last);
    return doc;
}

} // namespace

void TestDocxExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QByteArray out;
    QVERIFY2(run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import docx")},
                 &out, &error),
             "python3-docx is needed to read the documents back");
    {
        std::unique_ptr<Database> db =
            CampaignFile::createDefault(m_dir.filePath(QStringLiteral("demo.campaign")), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(DemoGenerator::populate(*db, 240, 7, &error), qPrintable(error));
        UnitProfile unit;
        unit.name = QStringLiteral("某某县市场监督管理局");
        QVERIFY2(ProfileRepository(*db).save(unit, &error), qPrintable(error));
        QVERIFY2(SnapshotLoader::load(*db, 0, &m_demo, &error), qPrintable(error));
    }
    {
        std::unique_ptr<Database> db =
            CampaignFile::createDefault(m_dir.filePath(QStringLiteral("empty.campaign")), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(SnapshotLoader::load(*db, 0, &m_empty, &error), qPrintable(error));
    }
    QVERIFY(m_demo.activities.size() == 240 && m_empty.activities.isEmpty());
    // By hand: a few activities, done and not, with text a careless writer breaks.
    m_handBuilt = m_empty;
    m_handBuilt.unit.name = QStringLiteral("青山县市场监督管理局");
    const QStringList titles = {
        QStringLiteral("“质量月”启动仪式暨质量提升成果展"),
        QStringLiteral("计量惠民 <进社区> & “放心消费”宣传"),
        QStringLiteral("电梯、燃气、大型游乐设施等特种设备安全隐患排查整治暨“质量安全第一课”进校园、进社区、"
                       "进乡镇宣传活动"),
        QStringLiteral("宣贯ISO 9001标准 in 2021 year, GB/T 19001-2016 certification office"),
    };
    for (int i = 0; i < titles.size(); ++i)
        m_handBuilt.activities.append(
            activity(m_handBuilt, i, titles[i], i % 2 ? ActivityStatus::InProgress : ActivityStatus::Done));
    // Pictures as the summary carries them: a chart, and a grid of report photos with its caption.
    m_pictures = {
        {QStringLiteral("各项活动完成情况"), picture({1600, 800}, Qt::darkRed, QStringLiteral("chart"))},
        {QStringLiteral("活动照片（一）"), picture({1600, 1300}, Qt::darkGreen, QStringLiteral("photos"))}};
}

void TestDocxExport::cases()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"plan-demo", "summary-demo", "plan-hand", "summary-hand", "plan-empty",
                             "summary-empty", "every-block"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// The document a case exports, built the way ReportExport builds it.
ReportDocument TestDocxExport::document(const QString& name) const
{
    if (name == QLatin1String("every-block"))
        return everyBlock();
    const CampaignSnapshot& s = name.endsWith(QLatin1String("demo"))   ? m_demo
                                : name.endsWith(QLatin1String("hand")) ? m_handBuilt
                                                                       : m_empty;
    ReportOptions options;
    options.today = m_today;
    options.includeLocation = true;
    if (name.startsWith(QLatin1String("plan")))
        return PlanReport::build(s, options);
    options.kind = ReportOptions::Kind::Summary;
    options.sections = SummaryReport::defaultSections();
    options.sections[0].body =
        QStringLiteral("活动期间，全县共开展各类活动，发放宣传资料2万余份。\n第二段：月度质量分析会。");
    if (name == QLatin1String("summary-demo"))
        options.charts = m_pictures;
    return SummaryReport::build(s, Summary::summarize(s.campaign, s.activities, s.departments, m_today),
                                options);
}

QString TestDocxExport::write(const QString& name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".docx"));
    if (QFile::exists(path))
        return path;
    const ReportDocument doc = document(name);
    QString error;
    if (!ReportExport::writeAtomically(
            path, [&](QIODevice* device, QString* e) { return DocxWriter::write(doc, device, nullptr, e); },
            &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS"))
        QFile::copy(path,
                    QDir(qEnvironmentVariable("CP_KEEP_EXPORTS")).filePath(name + QStringLiteral(".docx")));
    return path;
}

void TestDocxExport::readsBackWithPythonDocx_data()
{
    cases();
}

void TestDocxExport::readsBackWithPythonDocx()
{
    QFETCH(QString, name);
    const QString docx = write(name);
    QVERIFY(!docx.isEmpty());
    QJsonObject read;
    QString error;
    QVERIFY2(DocxReadback::run(QStringLiteral("read"), docx, &read, &error), qPrintable(error));
    const ReportDocument doc = document(name);
    const QString content = DocxReadback::compareContent(read, doc);
    QVERIFY2(content.isEmpty(), qPrintable(content));
    const QString page = DocxReadback::checkPage(read);
    QVERIFY2(page.isEmpty(), qPrintable(page));
    // The title in the 小标宋 face (or its fallback), the body in 仿宋 (or its fallback), as the PDF.
    const QJsonObject styles = read.value(QStringLiteral("styles")).toObject();
    const OfficialFonts& fonts = OfficialFonts::instance();
    QCOMPARE(styles.value(QStringLiteral("Title")).toObject().value(QStringLiteral("eastAsia")).toString(),
             fonts.family(OfficialFonts::Role::Title));
    QCOMPARE(styles.value(QStringLiteral("Title")).toObject().value(QStringLiteral("size")).toDouble(), 22.0);
    QCOMPARE(styles.value(QStringLiteral("Normal")).toObject().value(QStringLiteral("eastAsia")).toString(),
             fonts.family(OfficialFonts::Role::Body));
    QCOMPARE(styles.value(QStringLiteral("Normal")).toObject().value(QStringLiteral("size")).toDouble(),
             16.0);
    QCOMPARE(
        styles.value(QStringLiteral("Heading 1")).toObject().value(QStringLiteral("eastAsia")).toString(),
        fonts.family(OfficialFonts::Role::Heading1));
    // Headings keep with what follows; a page break lands on the paragraph after it.
    const QJsonArray paragraphs = read.value(QStringLiteral("paragraphs")).toArray();
    int breaks = 0;
    for (const QJsonValue& v : paragraphs) {
        const QJsonObject p = v.toObject();
        const QString style = p.value(QStringLiteral("style")).toString();
        if (style.startsWith(QLatin1String("Heading")) || style == QLatin1String("Attachment label"))
            QVERIFY2(p.value(QStringLiteral("keepNext")).toBool(),
                     qPrintable(p.value(QStringLiteral("text")).toString()));
        breaks += p.value(QStringLiteral("pageBreakBefore")).toBool();
    }
    int expectedBreaks = 0;
    for (const ReportBlock& b : doc.blocks)
        expectedBreaks += b.kind == ReportBlock::Kind::PageBreak;
    QCOMPARE(breaks, expectedBreaks);
    // Pictures fit the text area (156 mm wide, at most 45 % of its 225 mm height).
    for (const QJsonValue& v : read.value(QStringLiteral("pictures")).toArray()) {
        const QJsonObject p = v.toObject();
        QVERIFY(p.value(QStringLiteral("width")).toDouble() <= 156.01);
        QVERIFY(p.value(QStringLiteral("height")).toDouble() <= 225 * 0.45 + 0.01);
        QVERIFY(p.value(QStringLiteral("width")).toDouble() > 20);
    }
    if (name == QLatin1String("summary-demo"))
        QCOMPARE(read.value(QStringLiteral("pictures")).toArray().size(), m_pictures.size());
    // The signature is right-aligned on its own lines, after the closing paragraph that keeps with it.
    for (qsizetype i = 1; i < paragraphs.size(); ++i) {
        const QJsonObject p = paragraphs[i].toObject();
        if (p.value(QStringLiteral("style")).toString() == QLatin1String("Signature") &&
            paragraphs[i - 1].toObject().value(QStringLiteral("style")).toString() == QLatin1String("Normal"))
            QVERIFY(paragraphs[i - 1].toObject().value(QStringLiteral("keepNext")).toBool());
    }
}

void TestDocxExport::everyPartIsWellFormed_data()
{
    cases();
}

void TestDocxExport::everyPartIsWellFormed()
{
    QFETCH(QString, name);
    const QString docx = write(name);
    QVERIFY(!docx.isEmpty());
    QJsonObject package;
    QString error;
    QVERIFY2(DocxReadback::run(QStringLiteral("package"), docx, &package, &error), qPrintable(error));
    const QJsonArray errors = package.value(QStringLiteral("errors")).toArray();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.toVariantList().value(0).toString()));
    const QStringList parts = package.value(QStringLiteral("parts")).toVariant().toStringList();
    for (const char* part :
         {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
          "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels",
          "docProps/core.xml", "docProps/app.xml"})
        QVERIFY2(parts.contains(QLatin1String(part)), part);
}

void TestDocxExport::libreOfficeLaysItOutLikeOurPdf_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"plan-demo", "summary-demo", "every-block"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// LibreOffice sets the .docx on pages as a word processor would; our PDF is the reference. The text
// must be the same (every title, heading, cell and caption, in the same order); the page count may
// differ by a little (see DocxReadback::compareWithOurPdf).
void TestDocxExport::libreOfficeLaysItOutLikeOurPdf()
{
    QFETCH(QString, name);
    const QString docx = write(name);
    QVERIFY(!docx.isEmpty());
    const QString difference = DocxReadback::compareWithOurPdf(docx, document(name), m_dir.path());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// Text from the campaign file goes into XML: control characters and broken UTF-16 that XML cannot
// carry are dropped, the rest (markup characters, line breaks, tabs, emoji) arrives as typed.
void TestDocxExport::cleanedText()
{
    ReportDocument doc;
    doc.title = QStringLiteral("标题\x01\x08含控制字符");
    doc.add(ReportBlock::Kind::Title, doc.title);
    doc.add(ReportBlock::Kind::Paragraph, QStringLiteral("a<b>&\"c\"\x0B") + QChar(0xD800) +
                                              QStringLiteral("d") + QChar(0xFFFF) + QStringLiteral("😀\tend"));
    ReportTable t;
    t.name = QStringLiteral("表");
    t.headers = {QStringLiteral("名称\x1F"), QStringLiteral("值")};
    t.append(ReportRow{
        {ReportCell::ofText(QStringLiteral("一行\n二行")), ReportCell::ofText(QStringLiteral("\x02"))}});
    doc.addTable(t);
    const QString path = m_dir.filePath(QStringLiteral("cleaned.docx"));
    QString error;
    QVERIFY2(
        ReportExport::writeAtomically(
            path, [&](QIODevice* d, QString* e) { return DocxWriter::write(doc, d, nullptr, e); }, &error),
        qPrintable(error));
    QJsonObject package, read;
    QVERIFY2(DocxReadback::run(QStringLiteral("package"), path, &package, &error), qPrintable(error));
    QVERIFY2(
        package.value(QStringLiteral("errors")).toArray().isEmpty(),
        qPrintable(package.value(QStringLiteral("errors")).toArray().toVariantList().value(0).toString()));
    QVERIFY2(DocxReadback::run(QStringLiteral("read"), path, &read, &error), qPrintable(error));
    const QJsonArray paragraphs = read.value(QStringLiteral("paragraphs")).toArray();
    QCOMPARE(paragraphs.at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("标题含控制字符"));
    QCOMPARE(paragraphs.at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("a<b>&\"c\"d😀\tend"));
    const QJsonArray rows = read.value(QStringLiteral("tables"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("rows"))
                                .toArray();
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("cells")).toVariant().toStringList(),
             (QStringList{QStringLiteral("名称"), QStringLiteral("值")}));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("cells")).toVariant().toStringList(),
             (QStringList{QStringLiteral("一行\n二行"), QString()}));
}

// Tests and the report package write into memory: a QBuffer does as well as a file.
void TestDocxExport::writesIntoABuffer()
{
    const ReportDocument doc = document(QStringLiteral("plan-hand"));
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QString error;
    QVERIFY2(DocxWriter::write(doc, &buffer, nullptr, &error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("buffer.docx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    QJsonObject read;
    QVERIFY2(DocxReadback::run(QStringLiteral("read"), path, &read, &error), qPrintable(error));
    const QString content = DocxReadback::compareContent(read, doc);
    QVERIFY2(content.isEmpty(), qPrintable(content));
}

// Says "cancel" once `limit` rows are done (0: at the first report).
class CancelAt : public ExportProgress
{
public:
    explicit CancelAt(qint64 limit) : m_limit(limit) {}
    bool step(qint64 done, qint64) override
    {
        ++calls;
        return done < m_limit;
    }
    int calls = 0;

private:
    qint64 m_limit;
};

void TestDocxExport::cancelledExportLeavesNoFile()
{
    {
        for (qint64 limit : {0, 100}) {
            ReportOptions options;
            options.format = ReportOptions::Format::Docx;
            options.today = m_today;
            const QString path = m_dir.filePath(QStringLiteral("cancelled.docx"));
            CancelAt cancel(limit);
            QString error;
            QVERIFY(!ReportExport::writeFile(m_demo, options, path, &error, &cancel));
            QVERIFY(!error.isEmpty());
            QVERIFY(!QFile::exists(path));
            QCOMPARE(cancel.calls, limit == 0 ? 1 : 2); // stopped at once, not after writing everything
        }
    }
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}).size(), 0);
    // And an uncancelled export through the same entry point writes the file.
    ReportOptions options;
    options.format = ReportOptions::Format::Docx;
    options.today = m_today;
    const QString path = m_dir.filePath(QStringLiteral("方案.docx"));
    QString error;
    QVERIFY2(ReportExport::writeFile(m_demo, options, path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 1000);
    QCOMPARE(ReportExport::suggestedFileName(m_demo, options).section(QLatin1Char('.'), -1),
             QStringLiteral("docx"));
}

QTEST_MAIN(TestDocxExport)
#include "tst_docxexport.moc"
