#include "CampaignFile.h"
#include "CampaignSummary.h"
#include "Database.h"
#include "PlanReport.h"
#include "ReportSectionRepository.h"
#include "ReportText.h"
#include "SnapshotLoader.h"
#include "SummaryDrafts.h"
#include "SummaryReport.h"

#include <QTemporaryDir>
#include <QtTest>

// Wording, plan table shape, draft sentences and the stored narrative sections.
class TestReportText : public QObject
{
    Q_OBJECT

private slots:
    void chineseNumbers_data();
    void chineseNumbers();
    void amounts_data();
    void amounts();
    void numbersTypedByTheUserAreNotDoubled();
    void planTableColumnsAndGroups();
    void planCitesNationalAndLocalNotices();
    void draftsQuoteTheSummary();
    void sectionsAreStoredPerCampaign();
};

void TestReportText::chineseNumbers_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("1") << 1 << QStringLiteral("一");
    QTest::newRow("10") << 10 << QStringLiteral("十");
    QTest::newRow("12") << 12 << QStringLiteral("十二");
    QTest::newRow("20") << 20 << QStringLiteral("二十");
    QTest::newRow("21") << 21 << QStringLiteral("二十一");
}

void TestReportText::chineseNumbers()
{
    QFETCH(int, n);
    QFETCH(QString, text);
    QCOMPARE(ReportText::chineseNumber(n), text);
}

void TestReportText::amounts_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("text");
    QTest::newRow("exact") << 150.0 << false << QStringLiteral("人次") << QStringLiteral("150人次");
    QTest::newRow("over") << 150.0 << true << QStringLiteral("人次") << QStringLiteral("150余人次");
    QTest::newRow("ten-thousands") << 20000.0 << true << QStringLiteral("份") << QStringLiteral("2万余份");
    QTest::newRow("never rounded up")
        << 23999.0 << true << QStringLiteral("份") << QStringLiteral("2.3万余份");
    QTest::newRow("exact large") << 23456.0 << false << QString() << QStringLiteral("23456");
    QTest::newRow("fraction") << 2.5 << false << QStringLiteral("吨") << QStringLiteral("2.5吨");
}

void TestReportText::amounts()
{
    QFETCH(double, value);
    QFETCH(bool, approximate);
    QFETCH(QString, unit);
    QFETCH(QString, text);
    QCOMPARE(ReportText::amount({value, approximate, true}, unit), text);
    QCOMPARE(ReportText::amount({}, unit), QString());
}

void TestReportText::numbersTypedByTheUserAreNotDoubled()
{
    QCOMPARE(ReportText::withoutNumber(QStringLiteral("一、基本情况")), QStringLiteral("基本情况"));
    QCOMPARE(ReportText::withoutNumber(QStringLiteral("（二）主要做法")), QStringLiteral("主要做法"));
    QCOMPARE(ReportText::withoutNumber(QStringLiteral("3. 存在的问题")), QStringLiteral("存在的问题"));
    QCOMPARE(ReportText::withoutNumber(QStringLiteral("一方质量")), QStringLiteral("一方质量"));
    QCOMPARE(ReportText::heading2(3, QStringLiteral("夯实基础")), QStringLiteral("（三）夯实基础"));
}

static CampaignSnapshot sampleSnapshot()
{
    CampaignSnapshot s;
    s.campaign.campaign = {1,
                           2021,
                           QStringLiteral("2021年全国“质量月”活动"),
                           QStringLiteral("主题"),
                           {},
                           {},
                           {},
                           QDate(2021, 9, 1),
                           QDate(2021, 9, 30),
                           {},
                           {}};
    s.campaign.pillars = {{10, 1, 0, QStringLiteral("开展质量主题宣传"), QStringLiteral("宣传"), {}, {}},
                          {11, 1, 1, QStringLiteral("强化质量安全监管"), QStringLiteral("监管"), {}, {}}};
    s.departments = {{1, 0, QStringLiteral("办公室"), false},
                     {2, 1, QStringLiteral("质量安全监督管理股"), false}};
    auto activity = [](qint64 id, qint64 pillar, const char* title, QDate start, QDate end,
                       ActivityStatus st) {
        Activity a;
        a.id = id;
        a.campaignId = 1;
        a.pillarId = pillar;
        a.title = QString::fromUtf8(title);
        a.start = start;
        a.end = end;
        a.status = st;
        a.leadDepartmentId = 2;
        a.assistingDepartmentIds = {1};
        return a;
    };
    s.activities = {
        activity(1, 11, "电梯安全检查", QDate(2021, 9, 5), QDate(2021, 9, 8), ActivityStatus::Done),
        activity(2, 10, "公益短信", QDate(2021, 9, 1), QDate(2021, 9, 3), ActivityStatus::InProgress),
        activity(3, 10, "已取消的活动", QDate(2021, 9, 2), QDate(2021, 9, 2), ActivityStatus::Cancelled),
        activity(4, 10, "全月宣传", QDate(2021, 9, 1), QDate(2021, 9, 30), ActivityStatus::NotStarted)};
    return s;
}

void TestReportText::planCitesNationalAndLocalNotices()
{
    CampaignSnapshot s = sampleSnapshot();
    Campaign& c = s.campaign.campaign;
    c.title = QStringLiteral("2021年全国“质量月”活动");
    c.issuingBody = QStringLiteral("市场监管总局等20个部门");
    c.documentNumber = QStringLiteral("国市监质发〔2021〕51号");
    s.unit.name = QStringLiteral("某县市场监督管理局");
    QCOMPARE(PlanReport::openingSentence(s),
             QStringLiteral("为深入贯彻落实市场监管总局等20个部门《关于开展2021年全国“质量月”活动的通知》"
                            "（国市监质发〔2021〕51号）精神，结合某县市场监督管理局实际，制定本实施方案。"));
    LocalNotice province;
    province.issuingBody = QStringLiteral("河北省市场监督管理局");
    province.title = QStringLiteral("关于开展2021年全省“质量月”活动的通知");
    province.documentNumber = QStringLiteral("冀市监质〔2021〕8号");
    s.campaign.localNotices << province;
    QCOMPARE(
        PlanReport::openingSentence(s),
        QStringLiteral(
            "按照市场监管总局等20个部门《关于开展2021年全国“质量月”活动的通知》（国市监质发〔2021〕51号）"
            "和河北省市场监督管理局《关于开展2021年全省“质量月”活动的通知》（冀市监质〔2021〕8号）"
            "精神，结合某县市场监督管理局实际，制定本实施方案。"));
    LocalNotice city;
    city.issuingBody = QStringLiteral("石家庄市市场监督管理局");
    city.title = QStringLiteral("关于开展2021年全市“质量月”活动的通知");
    s.campaign.localNotices << city;
    QCOMPARE(
        PlanReport::openingSentence(s),
        QStringLiteral(
            "按照市场监管总局等20个部门《关于开展2021年全国“质量月”活动的通知》（国市监质发〔2021〕51号）"
            "、河北省市场监督管理局《关于开展2021年全省“质量月”活动的通知》（冀市监质〔2021〕8号）"
            "和石家庄市市场监督管理局《关于开展2021年全市“质量月”活动的通知》"
            "精神，结合某县市场监督管理局实际，制定本实施方案。"));
    QCOMPARE(PlanReport::build(s, ReportOptions()).blocks.at(1).text, PlanReport::openingSentence(s));
}

void TestReportText::planTableColumnsAndGroups()
{
    const CampaignSnapshot s = sampleSnapshot();
    ReportOptions options;
    options.groupByPillar = true;
    ReportTable t = PlanReport::table(s, options);
    QCOMPARE(t.headers,
             (QStringList{QStringLiteral("序号"), QStringLiteral("活动内容"), QStringLiteral("活动时间"),
                          QStringLiteral("牵头部门"), QStringLiteral("协助部门")}));
    QCOMPARE(t.rowCount(), 5);
    QList<ReportRow> rows = t.rows();
    QCOMPARE(rows.size(), 5); // two group rows, three planned activities (the cancelled one is left out)
    QVERIFY(rows[0].group);
    QCOMPARE(rows[0].cells[0].text, QStringLiteral("（一）开展质量主题宣传"));
    QCOMPARE(rows[1].cells[1].text, QStringLiteral("公益短信"));
    QCOMPARE(rows[1].cells[2].text, QStringLiteral("9月1日-3日"));
    QCOMPARE(rows[2].cells[2].text, QStringLiteral("9月"));
    QCOMPARE(rows[2].cells[3].text, QStringLiteral("质量安全监督管理股"));
    QCOMPARE(rows[2].cells[4].text, QStringLiteral("办公室"));
    QCOMPARE(rows[3].cells[0].text, QStringLiteral("（二）强化质量安全监管"));
    QCOMPARE(rows[4].cells[0].text, QStringLiteral("3"));

    options.groupByPillar = false;
    options.includeLocation = true;
    t = PlanReport::table(s, options);
    QCOMPARE(t.headers.last(), QStringLiteral("活动地点"));
    QCOMPARE(t.rowCount(), 3);
    rows = t.rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].cells[1].text, QStringLiteral("公益短信")); // by start date
    QCOMPARE(PlanReport::period(QDate(2021, 9, 1), QDate(2021, 9, 30)), QStringLiteral("2021年9月份"));
}

void TestReportText::draftsQuoteTheSummary()
{
    CampaignSnapshot s = sampleSnapshot();
    s.campaign.metrics = {{5, 1, 0, QStringLiteral("发放宣传资料"), QStringLiteral("份")}};
    s.activities[0].figures = {{5, {}, {12000, true, true}}};
    s.activities[1].figures = {{5, {}, {9000, false, true}}};
    const CampaignSummary summary =
        Summary::summarize(s.campaign, s.activities, s.departments, QDate(2021, 10, 8));
    const QString overview = SummaryDrafts::forSection(QStringLiteral("一、基本情况"), s, summary, {});
    QVERIFY2(overview.contains(QStringLiteral("开展各类活动4项。截至10月8日，已完成1项")),
             qPrintable(overview));
    QVERIFY2(overview.contains(QStringLiteral("发放宣传资料2.1万余份")), qPrintable(overview));
    const QString problems = SummaryDrafts::forSection(QStringLiteral("存在的问题"), s, summary, {});
    QVERIFY2(problems.contains(QStringLiteral("1项活动尚未启动")), qPrintable(problems));
    // The statistics table uses the same figures.
    const QList<ReportTable> tables = SummaryReport::statistics(summary);
    QCOMPARE(tables.size(), 3);
    QCOMPARE(tables[2].rows()[0].cells[3].text, QStringLiteral("2.1万余"));
    QCOMPARE(*tables[2].rows()[0].cells[3].number, 21000.0);
    QVERIFY(tables[2].rows()[0].cells[3].approximate);
}

void TestReportText::sectionsAreStoredPerCampaign()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db =
        CampaignFile::createDefault(dir.filePath(QStringLiteral("s.campaign")), &error);
    QVERIFY2(db, qPrintable(error));
    int version = 0;
    QVERIFY(db->schemaVersion(&version, &error));
    QVERIFY(version >= 3); // report_section arrived with step 3
    CampaignSnapshot snap;
    QVERIFY2(SnapshotLoader::load(*db, 0, &snap, &error), qPrintable(error));
    const qint64 campaign = snap.campaign.campaign.id;
    ReportSectionRepository repo(*db);
    QList<ReportSection> back;
    QVERIFY(repo.list(campaign, &back, &error));
    QVERIFY(back.isEmpty());
    QList<ReportSection> sections = SummaryReport::defaultSections();
    sections[1].body = QStringLiteral("部门联动，氛围浓厚。");
    QVERIFY2(repo.replaceAll(campaign, sections, &error), qPrintable(error));
    QVERIFY(sections[3].id > 0);
    ReportSection extra{0, campaign, 0, QStringLiteral("经验启示"), {}};
    QVERIFY2(repo.save(extra, &error), qPrintable(error));
    QCOMPARE(extra.position, 4);
    extra.title = QStringLiteral("经验与启示");
    QVERIFY2(repo.save(extra, &error), qPrintable(error));
    QVERIFY2(
        repo.setOrder({extra.id, sections[0].id, sections[1].id, sections[2].id, sections[3].id}, &error),
        qPrintable(error));
    QVERIFY2(repo.remove(sections[2].id, &error), qPrintable(error));
    QVERIFY(repo.list(campaign, &back, &error));
    QCOMPARE(back.size(), 4);
    QCOMPARE(back[0].title, QStringLiteral("经验与启示"));
    QCOMPARE(back[2].body, QStringLiteral("部门联动，氛围浓厚。"));
    ReportSection untitled{0, campaign, 0, QStringLiteral("  "), {}};
    QVERIFY(!repo.save(untitled, &error));
    QVERIFY(repo.list(campaign + 99, &back, &error));
    QVERIFY(back.isEmpty());
}

QTEST_GUILESS_MAIN(TestReportText)
#include "tst_reporttext.moc"
