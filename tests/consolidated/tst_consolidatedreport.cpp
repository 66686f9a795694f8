#include "ConsolidatedFixture.h"
#include "DocxReadback.h"
#include "ExternalReaders.h"

#include "ConsolidatedDocument.h"
#include "ConsolidatedFigures.h"
#include "ConsolidatedReport.h"
#include "ConsolidatedSource.h"
#include "ExportProgress.h"
#include "ReportText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <QtTest>

using namespace ConsolidatedFixture;
using namespace ExternalReaders;

// The consolidated summary (汇总报告) of 某市 over three imported county packages, written as PDF,
// XLSX, ODT and DOCX and read back by programs that share no code with ours.
class TestConsolidatedReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsOwnUnitFirstThenEveryCounty();
    void metricsAddUpWithTheirYuFlag();
    void pdfReadsBackAsTyped();
    void pdfPagesAreNotBlank();
    void xlsxReadsBackWithOpenpyxl();
    void odtOpensInLibreOffice();
    void docxReadsBackAndMatchesOurPdf();
    void emptyConsolidationStillWrites();
    void unwritablePathFailsAndLeavesNothing();
    void unknownSuffixIsRefused();
    void cancelledWriteLeavesNoFile();

private:
    QString write(const ConsolidatedInput& input, const QString& name);
    QString totalsText(const QStringList& cells) const;

    QTemporaryDir m_dir;
    QTranslator m_zh;
    ConsolidatedInput m_input;
    QHash<QString, CampaignSummary> m_summaries; // by unit name, the own unit's too
    QStringList m_titles;                        // every activity of every unit
    int m_activities = 0;
};

void TestConsolidatedReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_zh.load(QStringLiteral(":/i18n/campaign-planner_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_zh);
    QString error;
    auto upperDb = create(m_dir.path(), upper(), false);
    m_summaries.insert(upper().name, summary(*upperDb));
    for (int i = 0; i < counties().size(); ++i) {
        const Unit& u = counties()[i];
        auto db = create(m_dir.path(), u, i == 0);
        if (i == 1) { // one photo sent up with the county's second activity
            const QList<Activity> acts = activities(*db);
            QVERIFY2(EvidenceFiles::attach(
                         *db, acts[1].id,
                         {writeFile(m_dir.filePath(QStringLiteral("现场.jpg")), jpeg(Qt::darkGreen))},
                         QString(), nullptr, &error),
                     qPrintable(error));
        }
        m_summaries.insert(u.name, summary(*db));
        const QString package = m_dir.filePath(u.file + QStringLiteral(".zip"));
        QVERIFY2(exportPackage(*db, package, &error), qPrintable(error));
        PackageImport::Result result;
        QVERIFY2(PackageImport::run(*upperDb, package, &result, &error), qPrintable(error));
    }
    CampaignSnapshot snapshot;
    QVERIFY2(SnapshotLoader::load(*upperDb, 0, &snapshot, &error), qPrintable(error));
    QVERIFY2(ConsolidatedSource::load(*upperDb, snapshot.campaign.campaign.id, today, &m_input, &error),
             qPrintable(error));
    for (const ConsolidatedUnit* u : ConsolidatedFigures::units(m_input))
        for (const ConsolidatedActivity& a : u->activities)
            m_titles << a.title;
    m_activities = int(m_titles.size());
}

QString TestConsolidatedReport::write(const ConsolidatedInput& input, const QString& name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ConsolidatedReport::write(input, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS"))
        QFile::copy(path, QDir(qEnvironmentVariable("CP_KEEP_EXPORTS")).filePath(name));
    return path;
}

// The 合计 row as pdftotext prints it without spaces: the label, then the figures in column order.
QString TestConsolidatedReport::totalsText(const QStringList& names) const
{
    int total = 0, done = 0, inProgress = 0, notStarted = 0, cancelled = 0, overdue = 0;
    for (const QString& name : names) {
        const CampaignSummary& s = m_summaries[name];
        total += s.total();
        done += s.statuses[ActivityStatus::Done];
        inProgress += s.statuses[ActivityStatus::InProgress];
        notStarted += s.statuses[ActivityStatus::NotStarted];
        cancelled += s.statuses[ActivityStatus::Cancelled];
        overdue += s.overdue;
    }
    const double rate = double(done) / (total - cancelled);
    return QStringLiteral("合计%1%2%3%4%5%6%7")
        .arg(total)
        .arg(done)
        .arg(inProgress)
        .arg(notStarted)
        .arg(cancelled)
        .arg(overdue)
        .arg(ReportText::percent(rate));
}

void TestConsolidatedReport::loadsOwnUnitFirstThenEveryCounty()
{
    QCOMPARE(m_input.own.name, upper().name);
    QCOMPARE(m_input.year, 2021);
    QCOMPARE(m_input.subordinates.size(), counties().size());
    QStringList names;
    for (const ConsolidatedUnit& u : m_input.subordinates) {
        names << u.name;
        QVERIFY(u.received.isValid());
        QCOMPARE(PackageFigures::totals(u.figures).total, m_summaries[u.name].total());
    }
    // Pinyin order (a, yi, yue), not the code point order storage returns (一 < 月 < 阿).
    QCOMPARE(names, (QStringList{counties()[2].name, counties()[1].name, counties()[0].name}));
    // The own row is the one the consolidated page shows: summarize() over the open campaign.
    QCOMPARE(m_input.own.figures, PackageFigures::toJson(m_summaries[upper().name]));
    int evidence = 0;
    for (const ConsolidatedUnit* u : ConsolidatedFigures::units(m_input))
        for (const ConsolidatedActivity& a : u->activities)
            evidence += a.evidence;
    QCOMPARE(evidence, 1);
}

void TestConsolidatedReport::metricsAddUpWithTheirYuFlag()
{
    const QList<ConsolidatedFigures::MetricTotal> m =
        ConsolidatedFigures::metrics(ConsolidatedFigures::units(m_input));
    QVERIFY(m.size() >= 3);
    // Every unit reported metric 0; 阿荣旗's part is approximate.
    QCOMPARE(m[0].actual.value, 65.0);
    QVERIFY(m[0].actual.approximate);
    QCOMPARE(m[0].reporting, 4);
    QCOMPARE(m[0].target.value, 200.0);
    QVERIFY(!m[0].target.approximate);
    // Two of four units reported metric 1: the sum is a lower bound.
    QCOMPARE(m[1].actual.value, 300.0);
    QVERIFY(m[1].actual.approximate);
    QCOMPARE(m[1].reporting, 2);
    // Exact from everyone.
    QCOMPARE(m[2].actual.value, 10.0);
    QVERIFY(!m[2].actual.approximate);
    // The document leaves out metrics no unit filled in.
    QCOMPARE(ConsolidatedDocument::metrics(m_input).rowCount(), 3);
}

void TestConsolidatedReport::pdfReadsBackAsTyped()
{
    const QString pdf = write(m_input, QStringLiteral("汇总.pdf"));
    QVERIFY(!pdf.isEmpty());
    QString error;
    const QString text = pdfText(pdf, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const QString flat = withoutSpace(text);
    QStringList all{upper().name};
    for (const Unit& u : counties())
        all << u.name;
    for (const QString& s :
         all + QStringList{QStringLiteral("某市市场监督管理局2021年质量月活动汇总报告"),
                           QStringLiteral("一、各单位活动情况"), QStringLiteral("三、主要指标"),
                           QStringLiteral("开展活动场20065余4"), QStringLiteral("参与人数人次200300余2"),
                           QStringLiteral("发放宣传资料份20010"), QStringLiteral("某市本级"),
                           QStringLiteral("数据截至2021年9月20日"), totalsText(all)})
        QVERIFY2(flat.contains(withoutSpace(s)), qPrintable(s));
    int missing = 0;
    for (const QString& title : std::as_const(m_titles))
        if (!flat.contains(withoutSpace(title)) && ++missing < 5)
            qWarning("missing or altered: %s", qPrintable(title));
    QCOMPARE(missing, 0);
    QVERIFY(flat.contains(withoutSpace(trickyTitle)));
    QVERIFY(flat.contains(QStringLiteral("标“余”的数字含约数"))); // says what 余 means here
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, "Kangxi radicals in the text layer");
}

void TestConsolidatedReport::pdfPagesAreNotBlank()
{
    const QString pdf = write(m_input, QStringLiteral("pages.pdf"));
    QVERIFY(!pdf.isEmpty());
    QString error;
    QVERIFY2(run(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), pdf,
                  m_dir.filePath(QStringLiteral("page"))},
                 nullptr, &error),
             qPrintable(error));
    const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("page*.png")});
    QVERIFY(pages.size() >= 2);
    for (const QString& page : pages) {
        const QImage image = QImage(m_dir.filePath(page)).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(image.width() < image.height()); // A4 portrait
        // Ink above the page number: a title, a table or at least the signature (the last page).
        qint64 ink = 0;
        for (int y = 0; y < image.height() * 8 / 10; ++y)
            for (int x = 0; x < image.width(); ++x)
                ink += image.constScanLine(y)[x] < 200 ? 1 : 0;
        QVERIFY2(ink > 100, qPrintable(page));
    }
}

void TestConsolidatedReport::xlsxReadsBackWithOpenpyxl()
{
    const QString python = pythonWithOpenpyxl();
    QVERIFY2(!python.isEmpty(), "python3-openpyxl is needed to read the workbook back");
    const QString xlsx = write(m_input, QStringLiteral("汇总.xlsx"));
    QVERIFY(!xlsx.isEmpty());
    const QString script = QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    out[ws.title] = {
        "freeze": ws.freeze_panes, "bold": all(c.font.b for c in ws[1] if c.value is not None),
        "rows": [[c.value for c in r] for r in ws.iter_rows()],
        "formats": [[c.number_format for c in r] for r in ws.iter_rows()],
    }
print(json.dumps(out, ensure_ascii=False, default=str))
)");
    QByteArray out;
    QString error;
    QVERIFY2(run(python, {QStringLiteral("-c"), script, xlsx}, &out, &error), qPrintable(error));
    const QJsonObject book = QJsonDocument::fromJson(out).object();
    const QStringList sheets{QStringLiteral("按单位汇总"), QStringLiteral("按活动内容"),
                             QStringLiteral("主要指标"), QStringLiteral("活动清单")};
    QCOMPARE(book.value(QStringLiteral("sheets")).toVariant().toStringList(), sheets);
    for (const QString& name : sheets) {
        const QJsonObject sheet = book.value(name).toObject();
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY2(sheet.value(QStringLiteral("bold")).toBool(), qPrintable(name));
    }
    const auto rows = [&](const QString& sheet) {
        return book.value(sheet).toObject().value(QStringLiteral("rows")).toArray();
    };
    // Roll-up: own unit first, the counties, then 合计 with real numbers adding up the rows above.
    const QJsonArray units = rows(sheets[0]);
    QCOMPARE(units.size(), 1 + 1 + counties().size() + 1);
    QCOMPARE(units[1].toArray()[0].toString(), upper().name);
    const QJsonArray total = units.last().toArray();
    QCOMPARE(total[0].toString(), QStringLiteral("合计"));
    for (int c = 3; c <= 8; ++c) {
        int sum = 0;
        for (int r = 1; r < units.size() - 1; ++r) {
            QVERIFY2(units[r].toArray()[c].isDouble(), "a count is a number");
            sum += units[r].toArray()[c].toInt();
        }
        QCOMPARE(total[c].toInt(), sum);
    }
    QCOMPARE(total[3].toInt(), m_activities);
    QVERIFY(total[9].isDouble());
    const QJsonArray rateFormats =
        book.value(sheets[0]).toObject().value(QStringLiteral("formats")).toArray().last().toArray();
    QCOMPARE(rateFormats[9].toString(), QStringLiteral("0.0%"));
    // Pillars add up to the same total.
    QCOMPARE(rows(sheets[1]).last().toArray()[1].toInt(), m_activities);
    // Metrics keep their value; 余 is in the number format.
    const QJsonArray metrics = rows(sheets[2]);
    const QJsonArray metricFormats =
        book.value(sheets[2]).toObject().value(QStringLiteral("formats")).toArray();
    QCOMPARE(metrics.size(), 4);
    QCOMPARE(metrics[1].toArray()[3].toDouble(), 65.0);
    QVERIFY(metricFormats[1].toArray()[3].toString().contains(QStringLiteral("余")));
    QCOMPARE(metrics[2].toArray()[3].toDouble(), 300.0);
    QVERIFY(metricFormats[2].toArray()[3].toString().contains(QStringLiteral("余")));
    QCOMPARE(metrics[3].toArray()[3].toDouble(), 10.0);
    QVERIFY(!metricFormats[3].toArray()[3].toString().contains(QStringLiteral("余")));
    QCOMPARE(metrics[3].toArray()[4].toInt(), 4);
    // Every unit's activities in one list, the unit first, the evidence counted.
    const QJsonArray list = rows(sheets[3]);
    QCOMPARE(list.size(), m_activities + 1);
    int evidence = 0;
    QSet<QString> titles;
    for (int r = 1; r < list.size(); ++r) {
        evidence += list[r].toArray()[6].toInt();
        titles.insert(list[r].toArray()[2].toString());
    }
    QCOMPARE(evidence, 1);
    for (const QString& title : std::as_const(m_titles))
        QVERIFY2(titles.contains(title), qPrintable(title));
}

void TestConsolidatedReport::odtOpensInLibreOffice()
{
    const QString odt = write(m_input, QStringLiteral("汇总.odt"));
    QVERIFY(!odt.isEmpty());
    QString error;
    const QString outDir = m_dir.filePath(QStringLiteral("lo"));
    const QString flat = documentText(odt, outDir, &error);
    QVERIFY2(!flat.isEmpty(), qPrintable(error));
    QStringList all{upper().name};
    for (const Unit& u : counties())
        all << u.name;
    for (const QString& s :
         all + QStringList{QStringLiteral("2021年质量月活动汇总报告"), QStringLiteral("合计"),
                           QStringLiteral("四、各单位活动清单"), trickyTitle})
        QVERIFY2(flat.contains(withoutSpace(s)), qPrintable(s));
}

// The same document as the PDF, read back with python3-docx and laid out by LibreOffice.
void TestConsolidatedReport::docxReadsBackAndMatchesOurPdf()
{
    const QString docx = write(m_input, QStringLiteral("汇总.docx"));
    QVERIFY(!docx.isEmpty());
    const ReportDocument doc = ConsolidatedDocument::document(m_input);
    QJsonObject read, package;
    QString error;
    QVERIFY2(DocxReadback::run(QStringLiteral("read"), docx, &read, &error), qPrintable(error));
    const QString content = DocxReadback::compareContent(read, doc);
    QVERIFY2(content.isEmpty(), qPrintable(content));
    const QString page = DocxReadback::checkPage(read);
    QVERIFY2(page.isEmpty(), qPrintable(page));
    QVERIFY2(DocxReadback::run(QStringLiteral("package"), docx, &package, &error), qPrintable(error));
    QVERIFY2(
        package.value(QStringLiteral("errors")).toArray().isEmpty(),
        qPrintable(package.value(QStringLiteral("errors")).toArray().toVariantList().value(0).toString()));
    // The roll-up: header, the city, every county, 合计 — with the totals the PDF prints.
    const QJsonArray rollUp = read.value(QStringLiteral("tables"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("rows"))
                                  .toArray();
    QCOMPARE(rollUp.size(), counties().size() + 3);
    QStringList all{upper().name};
    for (const Unit& u : counties())
        all << u.name;
    QCOMPARE(withoutSpace(rollUp.last()
                              .toObject()
                              .value(QStringLiteral("cells"))
                              .toVariant()
                              .toStringList()
                              .join(QString())),
             totalsText(all));
    const QString difference = DocxReadback::compareWithOurPdf(docx, doc, m_dir.path());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestConsolidatedReport::emptyConsolidationStillWrites()
{
    QTemporaryDir dir;
    Unit alone = upper();
    alone.name = QStringLiteral("孤县市场监督管理局");
    auto db = create(dir.path(), alone, false);
    m_summaries.insert(alone.name, summary(*db));
    CampaignSnapshot snapshot;
    QString error;
    QVERIFY(SnapshotLoader::load(*db, 0, &snapshot, &error));
    ConsolidatedInput input;
    QVERIFY2(ConsolidatedSource::load(*db, snapshot, today, &input, &error), qPrintable(error));
    QVERIFY(input.subordinates.isEmpty());
    for (const QString& name : {QStringLiteral("empty.pdf"), QStringLiteral("empty.xlsx"),
                                QStringLiteral("empty.odt"), QStringLiteral("empty.docx")})
        QVERIFY2(!write(input, name).isEmpty(), qPrintable(name));
    const QString flat = withoutSpace(pdfText(m_dir.filePath(QStringLiteral("empty.pdf")), &error));
    for (const QString& s : {QStringLiteral("孤县市场监督管理局2021年质量月活动汇总报告"),
                             QStringLiteral("尚无下级单位报送报告包"), totalsText({alone.name})})
        QVERIFY2(flat.contains(s), qPrintable(s));
    QVERIFY(!flat.contains(QStringLiteral("标“余”"))); // one unit's exact figures need no note
}

void TestConsolidatedReport::unwritablePathFailsAndLeavesNothing()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.filePath(QStringLiteral("a-file")), "x");
    // Runs as root in CI, so permissions do not stop it: a missing folder and a file as folder do.
    for (const QString& path :
         {dir.filePath(QStringLiteral("missing/汇总.pdf")), file + QStringLiteral("/汇总.xlsx"),
          dir.filePath(QStringLiteral("no/汇总.odt"))}) {
        QString error;
        QVERIFY(!ConsolidatedReport::write(m_input, path, &error));
        QVERIFY2(error.contains(QStringLiteral("汇总.")) && error.contains(QStringLiteral("无法写入")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("a-file")});
}

void TestConsolidatedReport::unknownSuffixIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("汇总.rtf"));
    QString error;
    QVERIFY(!ConsolidatedReport::write(m_input, path, &error));
    QVERIFY2(error.contains(QStringLiteral(".docx")) && error.contains(QStringLiteral("汇总.rtf")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

// Says "cancel" once `limit` rows are done.
class CancelAt : public ExportProgress
{
public:
    explicit CancelAt(qint64 limit) : m_limit(limit) {}
    bool step(qint64 done, qint64) override { return done < m_limit; }

private:
    qint64 m_limit;
};

void TestConsolidatedReport::cancelledWriteLeavesNoFile()
{
    for (const QString& name : {QStringLiteral("cancel.pdf"), QStringLiteral("cancel.xlsx"),
                                QStringLiteral("cancel.odt"), QStringLiteral("cancel.docx")}) {
        const QString path = m_dir.filePath(name);
        writeFile(path, "old");
        CancelAt cancel(0);
        QString error;
        QVERIFY(!ConsolidatedReport::write(m_input, path, &error, &cancel));
        QVERIFY(!error.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old")); // the earlier file keeps its bytes
    }
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancel*")}).size(), 4);
}

QTEST_MAIN(TestConsolidatedReport)
#include "tst_consolidatedreport.moc"
