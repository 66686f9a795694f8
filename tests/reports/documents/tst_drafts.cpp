#include "BulletinDocument.h"
#include "BulletinDraft.h"
#include "CampaignFile.h"
#include "CampaignSummary.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DraftWording.h"
#include "ProfileRepository.h"
#include "ReportText.h"
#include "SnapshotLoader.h"
#include "SummaryDrafts.h"
#include "SummaryReport.h"

#include <QTemporaryDir>
#include <QtTest>

// The first drafts read sentence by sentence: the summary's four parts and the news bulletins, from a
// hand-built campaign whose every figure is known, from edge cases, and from generated demo files.
class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void spokenFigures_data();
    void spokenFigures();
    void ordinalPerYear_data();
    void ordinalPerYear();
    void partnersAreCountedNotOwnSections();
    void overviewSentences();
    void measuresFollowThePillarOrder();
    void problemsAndNextStepsFromTheData();
    void promptsWhereTheDataIsSilent();
    void noCompletedActivity();
    void noFigures();
    void campaignWithoutPillarsTellsActivities();
    void userTextWinsOverTheDraft();
    void summaryDocumentHasNoEmptyHeadings();
    void bulletinReadsLikeAPublishedOne();
    void bulletinPartners();
    void bulletinLengthAtTheExtremes();
    void bulletinsOfDemoFilesStayInLength_data();
    void bulletinsOfDemoFilesStayInLength();
    void bulletinDocumentOnePerPage();
    void titlesLoseThePlaceTheSentenceNames();
};

namespace {

const QDate kToday(2021, 10, 8);

Activity activity(qint64 id, qint64 pillar, const char* title, QDate start, QDate end, ActivityStatus status)
{
    Activity a;
    a.id = id;
    a.uuid = QUuid::createUuid();
    a.campaignId = 1;
    a.pillarId = pillar;
    a.title = QString::fromUtf8(title);
    a.start = start;
    a.end = end;
    a.status = status;
    a.leadDepartmentId = 2;
    return a;
}

MetricValue actual(qint64 metric, double value, bool approximate = false)
{
    return {metric, {}, {value, approximate, true}};
}

// A county campaign whose every figure is known: three pillars (the third without activities), six
// activities, three metrics, partner units and own sections among the departments.
CampaignSnapshot county()
{
    CampaignSnapshot s;
    Campaign& c = s.campaign.campaign;
    c.id = 1;
    c.year = 2021;
    c.title = QStringLiteral("2021年全国“质量月”活动");
    c.theme = QStringLiteral("深入实施质量提升行动 大力推进质量强国建设");
    c.start = QDate(2021, 9, 1);
    c.end = QDate(2021, 9, 30);
    c.state = CampaignState::Summarizing;
    s.campaign.pillars = {
        {10,
         1,
         0,
         QStringLiteral("（一）开展质量主题宣传，倡导质量第一意识"),
         QStringLiteral("质量宣传"),
         {},
         {}},
        {11, 1, 1, QStringLiteral("强化质量安全监管，营造良好消费环境"), QStringLiteral("质量安全"), {}, {}},
        {12, 1, 2, QStringLiteral("加强质量文化建设"), QStringLiteral("质量文化"), {}, {}}};
    s.campaign.metrics = {{5, 1, 0, QStringLiteral("发放宣传资料"), QStringLiteral("份")},
                          {6, 1, 1, QStringLiteral("解答咨询"), QStringLiteral("人次")},
                          {7, 1, 2, QStringLiteral("悬挂横幅"), QStringLiteral("条")}};
    s.departments = {
        {1, 0, QStringLiteral("办公室"), false},     {2, 1, QStringLiteral("质量发展股"), false},
        {3, 2, QStringLiteral("县委宣传部"), false}, {4, 3, QStringLiteral("县教育局"), false},
        {5, 4, QStringLiteral("县公安局"), false},   {6, 5, QStringLiteral("各市场监督管理所"), false}};
    s.unit = {QStringLiteral("城关县市场监督管理局"), QStringLiteral("城关县"), UnitProfile::Level::County};

    Activity a1 = activity(1, 11, "电梯安全检查", QDate(2021, 9, 5), QDate(2021, 9, 5), ActivityStatus::Done);
    a1.assistingDepartmentIds = {3};
    a1.location = QStringLiteral("城关镇");
    a1.figures = {actual(7, 5)};
    Activity a2 = activity(2, 10, "“质量月”主题宣传进社区", QDate(2021, 9, 16), QDate(2021, 9, 16),
                           ActivityStatus::Done);
    a2.assistingDepartmentIds = {3, 4, 1};
    a2.location = QStringLiteral("人民广场");
    a2.description = QStringLiteral("通过悬挂横幅、设立咨询台、发放宣传资料等方式开展宣传。");
    a2.figures = {actual(5, 1532), actual(6, 200, true)};
    Activity a3 =
        activity(3, 10, "质量知识竞答", QDate(2021, 9, 20), QDate(2021, 9, 22), ActivityStatus::Done);
    a3.leadDepartmentId = 4;
    a3.location = QStringLiteral("县第一中学");
    a3.figures = {actual(5, 9999)};
    Activity a4 =
        activity(4, 10, "公益短信", QDate(2021, 9, 1), QDate(2021, 9, 3), ActivityStatus::InProgress);
    a4.deadline = QDate(2021, 9, 3);
    Activity a5 =
        activity(5, 11, "已取消的活动", QDate(2021, 9, 2), QDate(2021, 9, 2), ActivityStatus::Cancelled);
    a5.assistingDepartmentIds = {6};
    Activity a6 =
        activity(6, 11, "食品安全检查", QDate(2021, 9, 25), QDate(2021, 9, 28), ActivityStatus::NotStarted);
    a6.leadDepartmentId = 5;
    s.activities = {a1, a2, a3, a4, a5, a6};
    return s;
}

CampaignSummary summarize(const CampaignSnapshot& s, QDate today = kToday)
{
    return Summary::summarize(s.campaign, s.activities, s.departments, today);
}

QStringList paragraphs(const QString& text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

void TestDrafts::spokenFigures_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("text");
    QTest::newRow("9") << 9.0 << false << QStringLiteral("9份");
    QTest::newRow("9 approximate: no 余 under ten") << 9.0 << true << QStringLiteral("9份");
    QTest::newRow("10") << 10.0 << false << QStringLiteral("10份");
    QTest::newRow("10 approximate") << 10.0 << true << QStringLiteral("10余份");
    QTest::newRow("99") << 99.0 << false << QStringLiteral("99份");
    QTest::newRow("100") << 100.0 << false << QStringLiteral("100份");
    QTest::newRow("101") << 101.0 << false << QStringLiteral("100余份");
    QTest::newRow("155") << 155.0 << false << QStringLiteral("150余份");
    QTest::newRow("999") << 999.0 << false << QStringLiteral("990余份");
    QTest::newRow("1000") << 1000.0 << false << QStringLiteral("1000份");
    QTest::newRow("1000 approximate") << 1000.0 << true << QStringLiteral("1000余份");
    QTest::newRow("1500") << 1500.0 << false << QStringLiteral("1500份");
    QTest::newRow("1532") << 1532.0 << false << QStringLiteral("1500余份");
    QTest::newRow("9999") << 9999.0 << false << QStringLiteral("9900余份");
    QTest::newRow("10000") << 10000.0 << false << QStringLiteral("1万份");
    QTest::newRow("10001") << 10001.0 << false << QStringLiteral("1万余份");
    QTest::newRow("13118") << 13118.0 << false << QStringLiteral("1.3万余份");
    QTest::newRow("20000 approximate") << 20000.0 << true << QStringLiteral("2万余份");
    QTest::newRow("99999") << 99999.0 << false << QStringLiteral("9.9万余份");
    QTest::newRow("100000") << 100000.0 << false << QStringLiteral("10万份");
    QTest::newRow("123456") << 123456.0 << false << QStringLiteral("12万余份");
    QTest::newRow("1234567") << 1234567.0 << false << QStringLiteral("120万余份");
    QTest::newRow("fraction under ten") << 2.5 << false << QStringLiteral("2.5份");
    QTest::newRow("fraction dropped") << 150.7 << false << QStringLiteral("150余份");
}

void TestDrafts::spokenFigures()
{
    QFETCH(double, value);
    QFETCH(bool, approximate);
    QFETCH(QString, text);
    QCOMPARE(ReportText::spoken({value, approximate, true}, QStringLiteral("份")), text);
    QCOMPARE(ReportText::spoken({}, QStringLiteral("份")), QString());
    QVERIFY(!ReportText::spoken({13118, false, true}).contains(QStringLiteral("13118")));
}

void TestDrafts::ordinalPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("text");
    // The first 全国“质量月” was in 1978 (quality-month-facts / national-notices: year − 1977).
    QTest::newRow("1978") << 1978 << QDate(1978, 10, 1) << QStringLiteral("今年9月是第1个全国“质量月”");
    QTest::newRow("2018") << 2018 << QDate(2018, 10, 8) << QStringLiteral("今年9月是第41个全国“质量月”");
    QTest::newRow("2021") << 2021 << QDate(2021, 10, 8) << QStringLiteral("今年9月是第44个全国“质量月”");
    QTest::newRow("2024") << 2024 << QDate(2024, 9, 30) << QStringLiteral("今年9月是第47个全国“质量月”");
    QTest::newRow("2025 looked back on")
        << 2025 << QDate(2026, 3, 1) << QStringLiteral("2025年9月是第48个全国“质量月”");
}

void TestDrafts::ordinalPerYear()
{
    QFETCH(int, year);
    QFETCH(QDate, today);
    QFETCH(QString, text);
    Campaign c;
    c.year = year;
    c.start = QDate(year, 9, 1);
    QCOMPARE(DraftWording::ordinalSentence(c, today), text);
    c.year = 1977;
    c.start = {};
    QCOMPARE(DraftWording::ordinalSentence(c, today), QString()); // before the first one: no ordinal
}

void TestDrafts::partnersAreCountedNotOwnSections()
{
    for (const char* own :
         {"办公室", "质量发展股", "各市场监督管理所", "综合执法大队", "城关镇市场监督管理所", "法规科"})
        QVERIFY2(DraftWording::isOwnSection(QString::fromUtf8(own)), own);
    for (const char* other : {"县委宣传部", "县教育局", "县发改委", "国网城关供电公司", "县政府办公室",
                              "质量强县工作领导小组办公室", "人民银行城关支行", "县检验检测中心"})
        QVERIFY2(!DraftWording::isOwnSection(QString::fromUtf8(other)), other);
    const QString noun = QStringLiteral("单位");
    QCOMPARE(DraftWording::partnerList({}, noun), QString());
    QCOMPARE(DraftWording::partnerList({QStringLiteral("县教育局")}, noun), QStringLiteral("县教育局"));
    QCOMPARE(DraftWording::partnerList({QStringLiteral("县教育局"), QStringLiteral("县公安局")}, noun),
             QStringLiteral("县教育局、县公安局"));
    QCOMPARE(
        DraftWording::partnerList(
            {QStringLiteral("县委宣传部"), QStringLiteral("县教育局"), QStringLiteral("县公安局")}, noun),
        QStringLiteral("县委宣传部等3个单位"));
    QStringList nine{QStringLiteral("县委宣传部")};
    for (int i = 2; i <= 9; ++i)
        nine << QStringLiteral("县第%1局").arg(i);
    QCOMPARE(DraftWording::partnerList(nine, QStringLiteral("部门")), QStringLiteral("县委宣传部等9个部门"));
    // Leads and helpers together, each once, in department order; own sections are not partners.
    const CampaignSnapshot s = county();
    QCOMPARE(DraftWording::partners(s, {5, 2, 3, 1, 3, 6, 99}),
             (QStringList{QStringLiteral("县委宣传部"), QStringLiteral("县公安局")}));
}

void TestDrafts::overviewSentences()
{
    const CampaignSnapshot s = county();
    const QStringList p = paragraphs(SummaryDrafts::overview(s, summarize(s)));
    QCOMPARE(p.size(), 3);
    QCOMPARE(p[0],
             QStringLiteral(
                 "今年9月是第44个全国“质量月”，活动主题为“深入实施质量提升行动 大力推进质量强国建设”。"));
    // Partners: 县委宣传部, 县教育局 and 县公安局 take part in activities that were not cancelled.
    QCOMPARE(p[1], QStringLiteral(
                       "城关县市场监督管理局高度重视，制定印发《城关县市场监督管理局2021年全国“质量月”活动"
                       "实施方案》，联合县委宣传部等3个部门，围绕2个方面谋划开展各类活动6项。截至10月8日，"
                       "已完成3项，完成率60.0%，因故取消1项。"));
    // 1532 + 9999 = 11531 份 → 1.1万余; the 余 of 200 stays; 5 条 exact.
    QCOMPARE(p[2], QStringLiteral("活动期间，共发放宣传资料1.1万余份，接受群众咨询200余人次，悬挂横幅5条。"));
}

void TestDrafts::measuresFollowThePillarOrder()
{
    const CampaignSnapshot s = county(); // the first activity belongs to the second pillar
    const QStringList p = paragraphs(SummaryDrafts::measures(s, summarize(s)));
    QCOMPARE(p.size(), 2);
    QCOMPARE(p[0],
             QStringLiteral(
                 "一是开展质量主题宣传，倡导质量第一意识。共安排活动3项，已完成2项。9月16日，在人民广场"
                 "开展“质量月”主题宣传进社区活动，发放宣传资料1500余份，接受群众咨询200余人次；9月20日至"
                 "22日，在县第一中学开展质量知识竞答，发放宣传资料9900余份。该方面累计发放宣传资料1.1万余"
                 "份，接受群众咨询200余人次。"));
    QCOMPARE(p[1],
             QStringLiteral(
                 "二是强化质量安全监管，营造良好消费环境。共安排活动2项，已完成1项。9月5日，在城关镇开展"
                 "电梯安全检查，悬挂横幅5条。"));
    // The weightiest activities by figures are named, at most three a pillar, told in date order.
    CampaignSnapshot many = county();
    for (int i = 0; i < 5; ++i) {
        Activity a = activity(20 + i, 10, "小型宣传", QDate(2021, 9, 2 + i), QDate(2021, 9, 2 + i),
                              ActivityStatus::Done);
        a.figures = {actual(5, 10)};
        many.activities << a;
    }
    const QString first = paragraphs(SummaryDrafts::measures(many, summarize(many))).first();
    QVERIFY2(first.count(QStringLiteral("小型宣传")) == 1, qPrintable(first)); // two weighty ones, one small
    QVERIFY(first.indexOf(QStringLiteral("9月16日")) < first.indexOf(QStringLiteral("9月20日")));
}

void TestDrafts::problemsAndNextStepsFromTheData()
{
    const CampaignSnapshot s = county();
    DraftFacts facts{true, {2}}; // only the 社区 activity has photos
    QCOMPARE(SummaryDrafts::problems(s, summarize(s), facts),
             QStringLiteral(
                 "一是截至10月8日，仍有2项活动超过截止时间未完成，如“公益短信”“食品安全检查”；二是有1项活动"
                 "尚未启动；三是因故取消活动1项（“已取消的活动”）；四是“质量文化”方面未安排活动；五是已完成"
                 "的3项活动中，有2项尚未留存照片等佐证材料，如“电梯安全检查”“质量知识竞答”。"));
    QCOMPARE(
        SummaryDrafts::nextSteps(s, summarize(s), facts),
        QStringLiteral(
            "下一步，城关县市场监督管理局将以“质量月”活动为契机，对尚未完成的2项活动逐项跟踪，明确责任部门"
            "和完成时限，确保落实到位；加大“质量文化”方面工作力度，补齐活动短板；及时补齐2项活动的照片等"
            "佐证材料，按时报送活动总结，持续巩固活动成果，推动质量强县建设。"));
    // Evidence not known (no file read): the draft says nothing about it.
    QVERIFY(!SummaryDrafts::problems(s, summarize(s), {}).contains(QStringLiteral("佐证")));
    // A pillar with activities but none completed is named.
    CampaignSnapshot open = county();
    open.activities[0].status = ActivityStatus::InProgress; // 质量安全's only completed one
    QVERIFY(SummaryDrafts::problems(open, summarize(open), {})
                .contains(QStringLiteral("“质量安全”方面安排的2项活动均未完成")));
}

void TestDrafts::promptsWhereTheDataIsSilent()
{
    CampaignSnapshot s = county();
    s.campaign.pillars.removeLast();
    s.activities.removeAt(5); // the overdue, not started one
    s.activities.removeAt(4); // the cancelled one
    s.activities.removeAt(3); // the open one
    const DraftFacts facts{true, {1, 2, 3}};
    QCOMPARE(SummaryDrafts::problems(s, summarize(s), facts),
             QStringLiteral("【请填写：存在的问题和不足，如宣传覆盖面、部门协作、群众参与等方面】"));
    QCOMPARE(SummaryDrafts::nextSteps(s, summarize(s), facts), QStringLiteral("【请填写：下一步工作打算】"));
    QCOMPARE(SummaryDrafts::forSection(QStringLiteral("五、经验启示"), s, summarize(s), facts),
             QStringLiteral("【请填写：经验启示】"));
}

void TestDrafts::noCompletedActivity()
{
    CampaignSnapshot s = county();
    for (Activity& a : s.activities)
        if (a.status == ActivityStatus::Done)
            a.status = ActivityStatus::InProgress;
    const CampaignSummary summary = summarize(s);
    const QStringList overview = paragraphs(SummaryDrafts::overview(s, summary));
    QVERIFY2(overview[1].endsWith(
                 QStringLiteral("谋划开展各类活动6项。截至10月8日，尚无已完成的活动，因故取消1项。")),
             qPrintable(overview[1]));
    QCOMPARE(SummaryDrafts::measures(s, summary),
             QStringLiteral("【请填写：主要做法和成效（尚无已完成的活动）】"));
    const QString problems = SummaryDrafts::problems(s, summary, {true, {}});
    QVERIFY2(
        problems.contains(QStringLiteral("“质量宣传”方面安排的3项活动均未完成，“质量安全”方面安排的2项活动均"
                                         "未完成")),
        qPrintable(problems));
    QVERIFY(!problems.contains(QStringLiteral("佐证"))); // nothing completed, nothing to prove
    // An empty campaign still gets its opening and a prompt, never a blank section.
    CampaignSnapshot empty = county();
    empty.activities.clear();
    const QString text = SummaryDrafts::overview(empty, summarize(empty));
    QVERIFY2(text.contains(QStringLiteral("实施方案》。【请填写：活动组织开展情况】")), qPrintable(text));
    QCOMPARE(SummaryDrafts::measures(empty, summarize(empty)), QStringLiteral("【请填写：主要做法和成效】"));
}

void TestDrafts::noFigures()
{
    CampaignSnapshot s = county();
    for (Activity& a : s.activities)
        a.figures.clear();
    const CampaignSummary summary = summarize(s);
    const QStringList overview = paragraphs(SummaryDrafts::overview(s, summary));
    QCOMPARE(overview.size(), 2); // no totals sentence
    QVERIFY(!overview.join(QString()).contains(QStringLiteral("活动期间，共")));
    const QStringList measures = paragraphs(SummaryDrafts::measures(s, summary));
    QCOMPARE(
        measures[0],
        QStringLiteral("一是开展质量主题宣传，倡导质量第一意识。共安排活动3项，已完成2项。9月16日，在人民广场"
                       "开展“质量月”主题宣传进社区活动；9月20日至22日，在县第一中学开展质量知识竞答。"));
    QVERIFY(!measures.join(QString()).contains(QStringLiteral("累计")));
}

void TestDrafts::campaignWithoutPillarsTellsActivities()
{
    CampaignSnapshot s = county();
    s.campaign.pillars.clear(); // a year whose notice is not in the file
    const QStringList p = paragraphs(SummaryDrafts::measures(s, summarize(s)));
    QCOMPARE(p.size(), 3);
    QCOMPARE(p[0], QStringLiteral("一是9月5日，在城关镇开展电梯安全检查，悬挂横幅5条。"));
    QVERIFY(p[1].startsWith(QStringLiteral("二是9月16日，在人民广场开展“质量月”主题宣传进社区活动")));
    QVERIFY(p[2].startsWith(QStringLiteral("三是9月20日至22日")));
}

void TestDrafts::userTextWinsOverTheDraft()
{
    const CampaignSnapshot s = county();
    QList<ReportSection> sections = SummaryReport::defaultSections();
    QVERIFY(!SummaryDrafts::hasText(sections));
    const QList<ReportSection> drafted = SummaryDrafts::orDraft(sections, s, summarize(s), {});
    for (const ReportSection& section : drafted)
        QVERIFY2(!section.body.trimmed().isEmpty(), qPrintable(section.title));
    QCOMPARE(drafted[1].body, SummaryDrafts::measures(s, summarize(s)));
    sections[2].body = QStringLiteral("宣传覆盖面还不够广。");
    QVERIFY(SummaryDrafts::hasText(sections));
    QCOMPARE(SummaryDrafts::orDraft(sections, s, summarize(s), {}), sections);
}

void TestDrafts::summaryDocumentHasNoEmptyHeadings()
{
    const CampaignSnapshot s = county();
    ReportOptions options;
    options.kind = ReportOptions::Kind::Summary;
    options.today = kToday;
    const ReportDocument doc = SummaryReport::build(s, summarize(s), options);
    int headings = 0;
    for (int i = 0; i < doc.blocks.size(); ++i) {
        if (doc.blocks[i].kind != ReportBlock::Kind::Heading1)
            continue;
        ++headings;
        QVERIFY2(i + 1 < doc.blocks.size() && doc.blocks[i + 1].kind == ReportBlock::Kind::Paragraph,
                 qPrintable(doc.blocks[i].text));
    }
    QCOMPARE(headings, 4);
    QCOMPARE(doc.blocks[2].text,
             QStringLiteral("今年9月是第44个全国“质量月”，活动主题为“深入实施质量提升行动 大力推进"
                            "质量强国建设”。"));
    // The statistics attachment is as before.
    QCOMPARE(doc.tables.size(), 4);
    QCOMPARE(doc.tables[0].name, QStringLiteral("按活动内容统计"));
}

void TestDrafts::bulletinReadsLikeAPublishedOne()
{
    const CampaignSnapshot s = county();
    const Activity& a = s.activities[1];
    QCOMPARE(BulletinDraft::headline(s, a),
             QStringLiteral("城关县市场监督管理局开展“质量月”主题宣传进社区活动"));
    const QString body = BulletinDraft::body(s, a, kToday);
    const QStringList p = paragraphs(body);
    QCOMPARE(p.size(), 2);
    QCOMPARE(p[0],
             QStringLiteral(
                 "今年9月是第44个全国“质量月”。9月16日，城关县市场监督管理局联合县委宣传部、县教育局，"
                 "在人民广场开展以“深入实施质量提升行动 大力推进质量强国建设”为主题的“质量月”主题宣传进"
                 "社区活动。活动通过悬挂横幅、设立咨询台、发放宣传资料等方式开展宣传。共发放宣传资料1500余"
                 "份，接受群众咨询200余人次。"));
    QCOMPARE(p[1],
             QStringLiteral(
                 "此次活动进一步增强了群众的质量意识，营造了人人关注质量、人人重视质量的良好氛围。下一步，"
                 "城关县市场监督管理局将以“质量月”活动为契机，持续深入开展质量宣传和质量提升工作，不断增强"
                 "全社会质量意识，推动质量强县建设。"));
    const int length = BulletinDraft::length(body);
    QVERIFY2(length >= BulletinDraft::minLength && length <= BulletinDraft::maxLength, qPrintable(body));
    // Kept as one text, headline first; split gives the parts back.
    const BulletinDraft::Parts parts = BulletinDraft::split(BulletinDraft::text(s, a, kToday));
    QCOMPARE(parts.headline, BulletinDraft::headline(s, a));
    QCOMPARE(parts.paragraphs, p);
    // A title that starts with its own verb keeps it.
    Activity sms = s.activities[3];
    sms.title = QStringLiteral("制作、群发“质量月”公益宣传短信10000条");
    sms.status = ActivityStatus::Done;
    QVERIFY2(BulletinDraft::body(s, sms, kToday)
                 .contains(QStringLiteral(
                     "城关县市场监督管理局以“深入实施质量提升行动 大力推进质量强国建设”为主题，"
                     "制作、群发“质量月”公益宣传短信10000条。")),
             qPrintable(BulletinDraft::body(s, sms, kToday)));
}

void TestDrafts::bulletinPartners()
{
    CampaignSnapshot s = county();
    Activity a = s.activities[0];
    const auto lead = [&s](const Activity& x) {
        return paragraphs(BulletinDraft::body(s, x, kToday)).first();
    };
    a.assistingDepartmentIds = {};
    QVERIFY2(lead(a).contains(QStringLiteral("9月5日，城关县市场监督管理局在城关镇开展")),
             qPrintable(lead(a)));
    a.assistingDepartmentIds = {1, 6}; // own sections only: no "联合"
    QVERIFY(!lead(a).contains(QStringLiteral("联合")));
    a.assistingDepartmentIds = {4};
    QVERIFY(lead(a).contains(QStringLiteral("城关县市场监督管理局联合县教育局，在城关镇")));
    a.leadDepartmentId = 5; // a partner unit that leads counts too
    QVERIFY(lead(a).contains(QStringLiteral("联合县教育局、县公安局，在城关镇")));
    a.assistingDepartmentIds = {3, 4, 1, 6};
    QVERIFY2(lead(a).contains(QStringLiteral("联合县委宣传部等3个单位，在城关镇")), qPrintable(lead(a)));
    s.unit.name.clear(); // a file without a unit name speaks as 我局
    QVERIFY(lead(a).contains(QStringLiteral("9月5日，我局联合")));
}

void TestDrafts::bulletinLengthAtTheExtremes()
{
    // The least there can be: no theme, unit, place, description, figures or partners.
    CampaignSnapshot bare = county();
    bare.campaign.campaign.theme.clear();
    bare.unit.name.clear();
    Activity a = activity(1, 0, "电梯安全检查", QDate(2021, 9, 5), QDate(2021, 9, 5), ActivityStatus::Done);
    const QString shortest = BulletinDraft::body(bare, a, kToday);
    QVERIFY2(BulletinDraft::length(shortest) >= BulletinDraft::minLength, qPrintable(shortest));
    QVERIFY(shortest.contains(QStringLiteral("下一步，我局将以“质量月”活动为契机")));
    // The most: a long description, every metric, many partners.
    CampaignSnapshot full = county();
    QStringList names = {QStringLiteral("开展活动"),     QStringLiteral("参与人数"),
                         QStringLiteral("展板"),         QStringLiteral("受理投诉"),
                         QStringLiteral("帮扶企业"),     QStringLiteral("解决质量问题"),
                         QStringLiteral("公益短信"),     QStringLiteral("媒体报道"),
                         QStringLiteral("检查市场主体"), QStringLiteral("免费检定计量器具")};
    Activity big = full.activities[1];
    for (int i = 0; i < names.size(); ++i) {
        full.campaign.metrics.append({100 + i, 1, 3 + i, names[i], QStringLiteral("个")});
        big.figures << actual(100 + i, 12345 + i);
    }
    big.assistingDepartmentIds = {3, 4, 5};
    big.description =
        QString(QStringLiteral("通过悬挂横幅、设立咨询台、发放宣传资料、现场演示等多种方式，向过往群众宣传"
                               "质量安全知识和消费维权常识。"))
            .repeated(8);
    const QString longest = BulletinDraft::body(full, big, kToday);
    const int length = BulletinDraft::length(longest);
    QVERIFY2(length >= BulletinDraft::minLength && length <= BulletinDraft::maxLength,
             qPrintable(QString::number(length) + longest));
    QVERIFY(longest.contains(QStringLiteral("联合县委宣传部等3个单位")));
    QVERIFY(longest.contains(QStringLiteral("活动通过悬挂横幅"))); // at least one sentence of how
    QVERIFY(longest.contains(QStringLiteral("共发放宣传资料1500余份")));
    QVERIFY(longest.contains(QStringLiteral("下一步，")));
}

void TestDrafts::bulletinsOfDemoFilesStayInLength_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2021, five pillars") << 2021;
    QTest::newRow("2025, notice not in the file") << 2025;
}

void TestDrafts::bulletinsOfDemoFilesStayInLength()
{
    QFETCH(int, year);
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db =
        CampaignFile::createForYear(dir.filePath(QStringLiteral("demo.campaign")), year, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(DemoGenerator::populate(*db, 400, 1, &error), qPrintable(error));
    QVERIFY2(ProfileRepository(*db).save({QStringLiteral("河口县市场监督管理局"), QStringLiteral("河口县"),
                                          UnitProfile::Level::County},
                                         &error),
             qPrintable(error));
    CampaignSnapshot s;
    QVERIFY2(SnapshotLoader::load(*db, year, &s, &error), qPrintable(error));
    int checked = 0;
    for (const Activity& a : s.activities) {
        if (a.status != ActivityStatus::Done)
            continue;
        const QString body = BulletinDraft::body(s, a, QDate(year, 10, 8));
        const int length = BulletinDraft::length(body);
        QVERIFY2(length >= BulletinDraft::minLength && length <= BulletinDraft::maxLength, qPrintable(body));
        QVERIFY2(body.startsWith(QStringLiteral("今年9月是第%1个全国“质量月”。").arg(year - 1977)),
                 qPrintable(body));
        QVERIFY2(!body.contains(QStringLiteral("在") + a.location + QStringLiteral("在")), qPrintable(body));
        ++checked;
    }
    QVERIFY(checked > 100);
    // The summary of the same file: four parts, no empty one, the figures of the statistics.
    const CampaignSummary summary =
        Summary::summarize(s.campaign, s.activities, s.departments, QDate(year, 10, 8));
    const QList<ReportSection> sections =
        SummaryDrafts::draft(SummaryReport::defaultSections(), s, summary, {true, {}});
    QVERIFY(sections[0].body.contains(QStringLiteral("谋划开展各类活动400项")));
    QVERIFY(
        sections[0].body.contains(QStringLiteral("已完成%1项").arg(summary.statuses[ActivityStatus::Done])));
    QVERIFY(sections[1].body.startsWith(QStringLiteral("一是")));
    QVERIFY(!sections[1].body.contains(QStringLiteral("【")));
}

void TestDrafts::bulletinDocumentOnePerPage()
{
    const QList<BulletinPage> pages = {
        {QStringLiteral("标题一\n第一段。\n第二段。"), QImage(40, 30, QImage::Format_RGB32)},
        {QStringLiteral("标题二\n正文。"), {}}};
    const ReportDocument doc = BulletinDocument::build(pages);
    QList<ReportBlock::Kind> kinds;
    for (const ReportBlock& b : doc.blocks)
        kinds << b.kind;
    using K = ReportBlock::Kind;
    QCOMPARE(kinds, (QList<K>{K::Title, K::Paragraph, K::Paragraph, K::Image, K::PageBreak, K::Title,
                              K::Paragraph}));
    QCOMPARE(doc.title, QStringLiteral("标题一"));
    QCOMPARE(BulletinDocument::plainText(pages),
             QStringLiteral("标题一\n\n第一段。\n\n第二段。\n\n——————\n\n标题二\n\n正文。\n"));
}

void TestDrafts::titlesLoseThePlaceTheSentenceNames()
{
    const QString place = QStringLiteral("城关镇社区");
    QCOMPARE(DraftWording::withoutPlace(QStringLiteral("质量知识竞答（城关镇社区）"), place),
             QStringLiteral("质量知识竞答"));
    QCOMPARE(DraftWording::withoutPlace(QStringLiteral("在城关镇社区悬挂横幅"), place),
             QStringLiteral("悬挂横幅"));
    QCOMPARE(DraftWording::withoutPlace(QStringLiteral("质量知识竞答（南湖镇）"), place),
             QStringLiteral("质量知识竞答（南湖镇）"));
    QCOMPARE(DraftWording::withoutPlace(QStringLiteral("（城关镇社区）"), place),
             QStringLiteral("（城关镇社区）"));
    QCOMPARE(DraftWording::doing(QStringLiteral("标准化服务进企业")),
             QStringLiteral("开展标准化服务进企业活动"));
    QCOMPARE(DraftWording::doing(QStringLiteral("质量开放日")), QStringLiteral("开展质量开放日"));
    QCOMPARE(DraftWording::doing(QStringLiteral("“走访一线质量人”活动（东城街道）")),
             QStringLiteral("开展“走访一线质量人”活动（东城街道）"));
    QCOMPARE(DraftWording::doing(QStringLiteral("进校园宣传（第一小学）")),
             QStringLiteral("开展进校园宣传（第一小学）"));
    QCOMPARE(DraftWording::doing(QStringLiteral("质量服务进万家（第一小学）")),
             QStringLiteral("开展质量服务进万家活动（第一小学）"));
    QCOMPARE(DraftWording::doing(QStringLiteral("举办质量知识讲座。")), QStringLiteral("举办质量知识讲座"));
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
