#include "ExternalReaders.h"

#include "ActivitySheets.h"
#include "CampaignFile.h"
#include "CampaignSummary.h"
#include "CsvWriter.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "ExportProgress.h"
#include "ProfileRepository.h"
#include "ReportExport.h"
#include "ReportText.h"
#include "SnapshotLoader.h"
#include "SummaryReport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ExternalReaders;

// Every plan and summary export, read back by programs that share no code with ours.
class TestReportExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planPdfHasEveryTitleAsTyped();
    void summaryPdfHasSectionsStatisticsAndCharts();
    void xlsxReadsBackWithOpenpyxl_data();
    void xlsxReadsBackWithOpenpyxl();
    void xlsxOpensInLibreOffice();
    void odtOpensInLibreOffice();
    void csvHasBomAndQuotedFields();
    void headingStaysWithItsTable();
    void signatureNeverStandsAlone();
    void cancelledExportLeavesNoFile();
    void failedExportKeepsOldFile();

private:
    QStringList pagesOf(const ReportDocument& doc, const QString& name);
    QString exportTo(ReportOptions::Kind kind, ReportOptions::Format format, const QString& name,
                     const QList<ReportChart>& charts = {});
    QStringList plannedTitles() const;

    QTemporaryDir m_dir;
    CampaignSnapshot m_snapshot;
    QList<ReportSection> m_sections;
    QDate m_today{2021, 9, 20};
};

// Titles that a careless PDF font setup turns into look-alike code points (⽉ for 月, ⼀ for 一),
// quoting that CSV must escape, and a long title that wraps in its cell.
static const QStringList trickyTitles = {
    QStringLiteral("制作、群发“质量月”公益宣传手机短信10000条"),
    QStringLiteral("一方质量，“一站式”服务, with \"quotes\" and commas"),
    QStringLiteral(
        "电梯、燃气、大型游乐设施等特种设备安全隐患排查整治暨“质量安全第一课”进校园、进社区、进乡镇宣传活动"),
    // Digits and "fi" inside Latin words: the fonts substitute glyphs there that a PDF text layer loses.
    QStringLiteral("宣贯ISO 9001标准 in 2021 year, GB/T 19001-2016 certification office"),
};

void TestReportExports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("demo.campaign"));
    {
        std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(DemoGenerator::populate(*db, 240, 7, &error), qPrintable(error));
        UnitProfile unit;
        unit.name = QStringLiteral("某某县市场监督管理局");
        QVERIFY2(ProfileRepository(*db).save(unit, &error), qPrintable(error));
        QVERIFY2(SnapshotLoader::load(*db, 0, &m_snapshot, &error), qPrintable(error));
    }
    QVERIFY(!m_snapshot.activities.isEmpty());
    for (int i = 0; i < trickyTitles.size(); ++i) {
        Activity a = m_snapshot.activities[i];
        a.id = 1000000 + i;
        a.title = trickyTitles[i];
        a.status = ActivityStatus::Done;
        m_snapshot.activities.append(a);
    }
    m_sections = SummaryReport::defaultSections();
    m_sections[0].body =
        QStringLiteral("活动期间，全县共开展各类活动，发放宣传资料2万余份。\n第二段：月度质量分析会。");
    m_sections.append({0, 0, 4, QStringLiteral("经验启示"), QStringLiteral("坚持质量第一，部门联动。")});
}

QStringList TestReportExports::plannedTitles() const
{
    QStringList titles;
    for (const Activity& a : m_snapshot.activities)
        if (a.status != ActivityStatus::Cancelled)
            titles << a.title;
    return titles;
}

QString TestReportExports::exportTo(ReportOptions::Kind kind, ReportOptions::Format format,
                                    const QString& name, const QList<ReportChart>& charts)
{
    ReportOptions options;
    options.kind = kind;
    options.format = format;
    options.today = m_today;
    options.sections = m_sections;
    options.charts = charts;
    options.includeLocation = true;
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ReportExport::writeFile(m_snapshot, options, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS"))
        QFile::copy(path, QDir(qEnvironmentVariable("CP_KEEP_EXPORTS")).filePath(name));
    return path;
}

void TestReportExports::planPdfHasEveryTitleAsTyped()
{
    const QString pdf =
        exportTo(ReportOptions::Kind::Plan, ReportOptions::Format::Pdf, QStringLiteral("plan.pdf"));
    QVERIFY(!pdf.isEmpty());
    QString error;
    const QString text = pdfText(pdf, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const QString flat = withoutSpace(text);
    int missing = 0;
    for (const QString& title : plannedTitles()) {
        if (!flat.contains(withoutSpace(title))) {
            if (++missing < 5)
                qWarning("missing or altered: %s", qPrintable(title));
        }
    }
    QCOMPARE(missing, 0);
    for (const QString& s :
         {QStringLiteral("序号"), QStringLiteral("活动内容"), QStringLiteral("活动时间"),
          QStringLiteral("牵头部门"), QStringLiteral("协助部门"), QStringLiteral("一、活动主题"),
          QStringLiteral("三、活动安排"), QStringLiteral("（一）"), QStringLiteral("—1—"),
          m_snapshot.campaign.campaign.theme})
        QVERIFY2(flat.contains(withoutSpace(s)), qPrintable(s));
    QVERIFY2(!text.contains(QChar(0x2F49)) && !text.contains(QChar(0x2F00)),
             "Kangxi radicals in the text layer");
    // Every page renders.
    QByteArray out;
    QVERIFY2(run(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), pdf,
                  m_dir.filePath(QStringLiteral("plan-page"))},
                 &out, &error),
             qPrintable(error));
    const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("plan-page*.png")});
    QVERIFY(pages.size() >= 2);
    for (const QString& page : pages) {
        const QImage image(m_dir.filePath(page));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() < image.height()); // A4 portrait
    }
}

void TestReportExports::summaryPdfHasSectionsStatisticsAndCharts()
{
    QImage chart(800, 400, QImage::Format_RGB32);
    chart.fill(Qt::darkRed);
    const QString pdf =
        exportTo(ReportOptions::Kind::Summary, ReportOptions::Format::Pdf, QStringLiteral("summary.pdf"),
                 {{QStringLiteral("各项活动完成情况"), chart}});
    QVERIFY(!pdf.isEmpty());
    QString error;
    const QString flat = withoutSpace(pdfText(pdf, &error));
    QVERIFY2(!flat.isEmpty(), qPrintable(error));
    for (const QString& s :
         {QStringLiteral("一、基本情况"), QStringLiteral("二、主要做法和成效"),
          QStringLiteral("四、下一步工作打算"), QStringLiteral("五、经验启示"),
          QStringLiteral("发放宣传资料2万余份"), QStringLiteral("第二段：月度质量分析会。"),
          QStringLiteral("附件1"), QStringLiteral("按牵头部门统计"), QStringLiteral("图1各项活动完成情况")})
        QVERIFY2(flat.contains(s), qPrintable(s));
    for (const Activity& a : m_snapshot.activities)
        if (a.status == ActivityStatus::Done)
            QVERIFY2(flat.contains(withoutSpace(a.title)), qPrintable(a.title));
    // The statistics table prints the figures summarize() computed.
    const CampaignSummary s =
        Summary::summarize(m_snapshot.campaign, m_snapshot.activities, m_snapshot.departments, m_today);
    QVERIFY(flat.contains(QStringLiteral("合计%1%2").arg(s.total()).arg(s.statuses[ActivityStatus::Done])));
}

void TestReportExports::xlsxReadsBackWithOpenpyxl_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("firstSheet");
    QTest::newRow("plan") << int(ReportOptions::Kind::Plan) << QStringLiteral("活动安排");
    QTest::newRow("summary") << int(ReportOptions::Kind::Summary) << QStringLiteral("统计表");
}

void TestReportExports::xlsxReadsBackWithOpenpyxl()
{
    QFETCH(int, kind);
    QFETCH(QString, firstSheet);
    const QString python = pythonWithOpenpyxl();
    QVERIFY2(!python.isEmpty(), "python3-openpyxl is needed to read the workbook back");
    const QString xlsx = exportTo(ReportOptions::Kind(kind), ReportOptions::Format::Xlsx,
                                  QStringLiteral("report-%1.xlsx").arg(kind));
    QVERIFY(!xlsx.isEmpty());
    const QString script = QStringLiteral(R"(
import json, sys, datetime, openpyxl
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    rows = list(ws.iter_rows(values_only=True))
    out[ws.title] = {
        "freeze": ws.freeze_panes, "bold": all(c.font.b for c in ws[1] if c.value is not None),
        "landscape": ws.page_setup.orientation, "paper": str(ws.page_setup.paperSize),
        "titles": ws.print_title_rows, "header": list(rows[0]), "rows": len(rows),
        "contentWidth": ws.column_dimensions[get_column_letter(rows[0].index("活动内容") + 1)].width if "活动内容" in rows[0] else 0,
        "types": sorted({type(v).__name__ for r in rows[1:] for v in r if v is not None}),
        "data": [[v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v for v in r] for r in rows],
        "formats": {c.coordinate: c.number_format for r in ws.iter_rows(min_row=2, max_row=40) for c in r if c.value is not None},
    }
print(json.dumps(out, ensure_ascii=False))
)");
    QByteArray out;
    QString error;
    QVERIFY2(run(python, {QStringLiteral("-c"), script, xlsx}, &out, &error), qPrintable(error));
    const QJsonObject book = QJsonDocument::fromJson(out).object();
    const bool summary = firstSheet == QStringLiteral("统计表");
    QVariantList sheets{firstSheet, QStringLiteral("活动清单"), QStringLiteral("按牵头部门"),
                        QStringLiteral("按活动内容")};
    if (summary) // the narrative follows the statistics: the user's text, else the first draft
        sheets.insert(1, QStringLiteral("总结"));
    QCOMPARE(book.value(QStringLiteral("sheets")).toArray().toVariantList(), sheets);
    if (summary) {
        const QJsonArray rows =
            book.value(QStringLiteral("总结")).toObject().value(QStringLiteral("data")).toArray();
        QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("部分"));
        QCOMPARE(rows.at(1).toArray().at(0).toString(), QStringLiteral("一、基本情况"));
        // The user's text, one row per paragraph (the draft is only for a summary without any).
        QCOMPARE(rows.at(1).toArray().at(1).toString(),
                 QStringLiteral("活动期间，全县共开展各类活动，发放宣传资料2万余份。"));
        QCOMPARE(rows.at(2).toArray().at(1).toString(), QStringLiteral("第二段：月度质量分析会。"));
        QStringList headings;
        for (const QJsonValue& row : rows)
            if (!row.toArray().at(0).toString().isEmpty())
                headings << row.toArray().at(0).toString();
        QCOMPARE(headings,
                 (QStringList{QStringLiteral("部分"), QStringLiteral("一、基本情况"),
                              QStringLiteral("二、主要做法和成效"), QStringLiteral("三、存在的问题"),
                              QStringLiteral("四、下一步工作打算"), QStringLiteral("五、经验启示")}));
    }
    for (const QString& name : {firstSheet, QStringLiteral("活动清单"), QStringLiteral("按牵头部门"),
                                QStringLiteral("按活动内容")}) {
        const QJsonObject sheet = book.value(name).toObject();
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY2(sheet.value(QStringLiteral("bold")).toBool(), qPrintable(name));
        QCOMPARE(sheet.value(QStringLiteral("landscape")).toString(), QStringLiteral("landscape"));
        QCOMPARE(sheet.value(QStringLiteral("paper")).toString(), QStringLiteral("9"));
        QCOMPARE(sheet.value(QStringLiteral("titles")).toString(), QStringLiteral("$1:$1"));
        QVERIFY2(sheet.value(QStringLiteral("contentWidth")).toDouble() > 20, qPrintable(name));
    }
    // 活动清单: every activity, dates as dates, numbers as numbers.
    const QJsonObject list = book.value(QStringLiteral("活动清单")).toObject();
    QCOMPARE(list.value(QStringLiteral("rows")).toInt(), m_snapshot.activities.size() + 1);
    const QStringList types = list.value(QStringLiteral("types")).toVariant().toStringList();
    QVERIFY2(types.contains(QStringLiteral("datetime")) && types.contains(QStringLiteral("int")),
             qPrintable(types.join(QLatin1Char(','))));
    QSet<QString> titles;
    for (const QJsonValue& row : list.value(QStringLiteral("data")).toArray())
        titles.insert(row.toArray().at(1).toString());
    for (const Activity& a : m_snapshot.activities)
        QVERIFY2(titles.contains(a.title), qPrintable(a.title));
    if (firstSheet == QStringLiteral("统计表")) {
        const CampaignSummary s =
            Summary::summarize(m_snapshot.campaign, m_snapshot.activities, m_snapshot.departments, m_today);
        const QJsonArray data = book.value(firstSheet).toObject().value(QStringLiteral("data")).toArray();
        // First block: one row per pillar, then 合计 with the totals as numbers.
        const QJsonArray totals = data.at(s.pillars.size() + 1).toArray();
        QCOMPARE(totals.at(0).toString(), QStringLiteral("合计"));
        QCOMPARE(totals.at(1).toInt(), s.total());
        QCOMPARE(totals.at(2).toInt(), s.statuses[ActivityStatus::Done]);
        // Metric totals keep their value; 余 lives in the number format.
        bool sawMetric = false;
        for (const QJsonValue& v : data) {
            const QJsonArray row = v.toArray();
            for (const MetricSummary& m : s.metrics) {
                if (row.at(0).toString() == m.name && m.actual.isSet) {
                    QCOMPARE(row.at(3).toDouble(), m.actual.value);
                    sawMetric = true;
                }
            }
        }
        QVERIFY(sawMetric);
    }
}

void TestReportExports::xlsxOpensInLibreOffice()
{
    const QString xlsx =
        exportTo(ReportOptions::Kind::Plan, ReportOptions::Format::Xlsx, QStringLiteral("lo.xlsx"));
    QVERIFY(!xlsx.isEmpty());
    QString error;
    const QString outDir = m_dir.filePath(QStringLiteral("lo-xlsx"));
    QDir().mkpath(outDir);
    const QString csv =
        libreOfficeConvert(xlsx, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"), outDir, &error);
    QVERIFY2(!csv.isEmpty(), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.startsWith(QStringLiteral("序号,活动内容,活动时间,牵头部门,协助部门,活动地点")));
    for (const QString& title : plannedTitles())
        QVERIFY2(text.contains(CsvWriter::field(title)), qPrintable(title));
}

void TestReportExports::odtOpensInLibreOffice()
{
    const QString odt =
        exportTo(ReportOptions::Kind::Summary, ReportOptions::Format::Odt, QStringLiteral("summary.odt"));
    QVERIFY(!odt.isEmpty());
    QString error;
    const QString outDir = m_dir.filePath(QStringLiteral("lo-odt"));
    const QString flat = documentText(odt, outDir, &error);
    QVERIFY2(!flat.isEmpty(), qPrintable(error));
    for (const QString& s :
         {QStringLiteral("一、基本情况"), QStringLiteral("发放宣传资料2万余份"), QStringLiteral("附件1")})
        QVERIFY2(flat.contains(s), qPrintable(s));
    for (const Activity& a : m_snapshot.activities)
        if (a.status == ActivityStatus::Done)
            QVERIFY2(flat.contains(withoutSpace(a.title)), qPrintable(a.title));

    // As LibreOffice lays it out: A4 pages numbered "— 1 —", "— 2 —" … in the footer, and the tables
    // as wide as the text (their columns as the document sized them, not all equal).
    const QString pdf = libreOfficeConvert(odt, QStringLiteral("pdf"), outDir, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QByteArray info;
    QVERIFY2(run(QStringLiteral("pdfinfo"), {pdf}, &info, &error), qPrintable(error));
    QVERIFY2(info.contains("(A4)"), info.constData());
    const QString pages = withoutSpace(pdfText(pdf, &error));
    QVERIFY2(pages.contains(QStringLiteral("—1—")) && pages.contains(QStringLiteral("—2—")),
             qPrintable(pages));
    QByteArray styles;
    QVERIFY2(
        run(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                            "print(z.read('styles.xml').decode()); print(z.read('content.xml').decode())"),
             odt},
            &styles, &error),
        qPrintable(error));
    for (const char* expected : {"fo:margin-top=\"37mm\"", "fo:margin-left=\"28mm\"",
                                 "fo:margin-right=\"26mm\"", "style:rel-column-width="})
        QVERIFY2(styles.contains(expected), expected);
    QVERIFY(!styles.contains("style:column-width=\""));
}

void TestReportExports::csvHasBomAndQuotedFields()
{
    ReportOptions options;
    options.kind = ReportOptions::Kind::Plan;
    options.format = ReportOptions::Format::Csv;
    options.groupByPillar = false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(ReportExport::write(m_snapshot, options, &buffer, &error), qPrintable(error));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(QStringLiteral("序号,活动内容,活动时间,牵头部门,协助部门\r\n")));
    QVERIFY(text.contains(QStringLiteral("\"一方质量，“一站式”服务, with \"\"quotes\"\" and commas\"")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), plannedTitles().size() + 1);
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

namespace {
// A title and `paragraphs` short paragraphs, so what follows moves down a line per paragraph.
ReportDocument filled(const QString& title, int paragraphs)
{
    ReportDocument doc;
    doc.title = title;
    doc.add(ReportBlock::Kind::Title, title);
    for (int i = 0; i < paragraphs; ++i)
        doc.add(ReportBlock::Kind::Paragraph, QStringLiteral("第%1段正文。").arg(i + 1));
    return doc;
}
} // namespace

// Renders `doc` to `pdf` and reads it back page by page.
QStringList TestReportExports::pagesOf(const ReportDocument& doc, const QString& name)
{
    const QString pdf = m_dir.filePath(name);
    QString error;
    if (!ReportExport::writeAtomically(
            pdf, [&](QIODevice* d, QString* e) { return ReportExport::writePdf(doc, d, nullptr, e); },
            &error))
        qWarning("%s", qPrintable(error));
    const QStringList pages = pdfPages(pdf, &error);
    if (pages.isEmpty())
        qWarning("%s", qPrintable(error));
    return pages;
}

// Whatever text comes before it, a heading is never left at the foot of a page with its table on the
// next one: each filler length moves the heading further down until it crosses a page break.
void TestReportExports::headingStaysWithItsTable()
{
    int crossed = 0;
    for (int filler = 14; filler <= 26; ++filler) {
        ReportDocument doc = filled(QStringLiteral("分页测试"), filler);
        doc.add(ReportBlock::Kind::Heading1, QStringLiteral("九、统计表格"));
        ReportTable t;
        t.headers = {QStringLiteral("项目名称"), QStringLiteral("数量")};
        for (int r = 0; r < 4; ++r)
            t.append({{ReportCell::ofText(QStringLiteral("第%1项").arg(r + 1)),
                       ReportCell::ofNumber(r, QString::number(r))}});
        doc.addTable(t);
        const QStringList pages = pagesOf(doc, QStringLiteral("keep-%1.pdf").arg(filler));
        QVERIFY(!pages.isEmpty());
        for (int page = 0; page < pages.size(); ++page) {
            if (!pages[page].contains(QStringLiteral("九、统计表格")))
                continue;
            QVERIFY2(
                pages[page].contains(QStringLiteral("项目名称")),
                qPrintable(
                    QStringLiteral("filler %1, page %2: %3").arg(filler).arg(page + 1).arg(pages[page])));
            crossed += page > 0;
        }
    }
    QVERIFY(crossed > 0); // the fillers did push the heading onto a second page
}

// The unit and date that close a document never stand alone on the last page: the closing paragraph's
// last lines go with them.
void TestReportExports::signatureNeverStandsAlone()
{
    int moved = 0;
    for (int filler = 14; filler <= 26; ++filler) {
        ReportDocument doc = filled(QStringLiteral("落款测试"), filler);
        doc.add(ReportBlock::Kind::Paragraph,
                QStringLiteral(
                    "最后一段正文较长，需要折成两行以上才能检验落款前的分页规则是否生效，因此这里多写几句话，"
                    "让它在版心宽度内至少占据两行的位置。"));
        doc.add(ReportBlock::Kind::Signature, QStringLiteral("某县市场监督管理局\n2021年9月30日"));
        const QStringList pages = pagesOf(doc, QStringLiteral("sign-%1.pdf").arg(filler));
        QVERIFY(!pages.isEmpty());
        const QString& last = pages.last();
        QVERIFY2(last.contains(QStringLiteral("2021年9月30日")), qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("两行的位置")),
                 qPrintable(QStringLiteral("filler %1: the signature is alone on page %2: %3")
                                .arg(filler)
                                .arg(pages.size())
                                .arg(last)));
        moved += pages.size() > 1;
    }
    QVERIFY(moved > 0); // some fillers pushed the ending onto a second page
}

void TestReportExports::cancelledExportLeavesNoFile()
{
    for (ReportOptions::Format format :
         {ReportOptions::Format::Pdf, ReportOptions::Format::Xlsx, ReportOptions::Format::Odt}) {
        for (qint64 limit : {0, 100}) {
            ReportOptions options;
            options.kind = ReportOptions::Kind::Plan;
            options.format = format;
            const QString path =
                m_dir.filePath(QStringLiteral("cancelled.") + ReportOptions::formatKey(format));
            CancelAt cancel(limit);
            QString error;
            QVERIFY(!ReportExport::writeFile(m_snapshot, options, path, &error, &cancel));
            QVERIFY(!error.isEmpty());
            QVERIFY(!QFile::exists(path));
            QCOMPARE(cancel.calls, limit == 0 ? 1 : 2); // stopped at once, not after writing everything
        }
    }
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}).size(), 0);
}

void TestReportExports::failedExportKeepsOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.pdf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    ReportOptions options;
    CancelAt cancel(50);
    QString error;
    QVERIFY(!ReportExport::writeFile(m_snapshot, options, path, &error, &cancel));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
}

QTEST_MAIN(TestReportExports)
#include "tst_reportexports.moc"
