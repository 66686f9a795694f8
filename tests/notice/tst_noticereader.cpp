#include "notice/NoticeLines.h"
#include "notice/NoticeReader.h"
#include "notice/NoticeText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The notice recogniser on the real notice copies in data/ (the 2021 seed, the cut-short 2022 copy
// in traditional characters, the 2023 repost) and on small made-up texts. Expected values were
// written from reading the texts, not from running the reader.
class TestNoticeReader : public QObject
{
    Q_OBJECT

private slots:
    void realNotices_data();
    void realNotices();
    void sources();
    void matchesBuiltInTemplate();
    void normalise_data();
    void normalise();
    void documentNumber_data();
    void documentNumber();
    void level_data();
    void level();
    void attachmentsAndSummary();
    void headingOnlyItems();
    void themeInTitle();
    void notANotice();

private:
    static QString dataText(const QString& name);
    static QString field(const NoticeFields& f, const QString& key);
};

QString TestNoticeReader::dataText(const QString& name)
{
    QFile file(QStringLiteral(CP_NOTICE_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

// One field by key: the `field: value` names, and pillar.N.title / .short / .start / .end for lists.
QString TestNoticeReader::field(const NoticeFields& f, const QString& key)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        for (const QString& line : NoticeLines::lines(f))
            if (line.startsWith(key + QStringLiteral(": ")))
                return line.mid(key.size() + 2);
        if (key == QLatin1String("pillars"))
            return QString::number(f.pillars.size());
        if (key == QLatin1String("requirements"))
            return QString::number(f.requirements.size());
        if (key == QLatin1String("organizers"))
            return QString::number(f.organizers.size());
        if (key == QLatin1String("slogans"))
            return QString::number(f.slogans.size());
        return QStringLiteral("<no field %1>").arg(key);
    }
    const QList<NoticeItem>& list = parts[0] == QLatin1String("pillar")        ? f.pillars
                                    : parts[0] == QLatin1String("requirement") ? f.requirements
                                                                               : f.organizers;
    const int n = parts[1].toInt() - 1;
    if (n < 0 || n >= list.size())
        return QStringLiteral("<no item %1>").arg(key);
    const NoticeItem& item = list[n];
    if (parts[2] == QLatin1String("title"))
        return item.title;
    if (parts[2] == QLatin1String("short"))
        return item.shortName;
    return item.text; // .start, .end and .contains compare a part of it
}

void TestNoticeReader::realNotices_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* file, const char* key, const QString& expected) {
        QTest::addRow("%s %s", file, key)
            << QString::fromLatin1(file) << QString::fromLatin1(key) << expected;
    };
    const char* f21 = "2021-national-notice.txt";
    row(f21, "level", QStringLiteral("national"));
    row(f21, "title", QStringLiteral("关于开展2021年全国“质量月”活动的通知"));
    row(f21, "year", QStringLiteral("2021"));
    row(f21, "document-number", QStringLiteral("国市监质发〔2021〕51号"));
    row(f21, "issuing-body", QStringLiteral("市场监管总局等20个部门"));
    row(f21, "body-count", QStringLiteral("20"));
    row(f21, "bodies",
        QStringLiteral(
            "市场监管总局、中央宣传部、国家发展改革委、教育部、科技部、工业和信息化部、公安部、自然资源部、"
            "生态环境部、住房和城乡建设部、交通运输部、水利部、农业农村部、商务部、文化和旅游部、"
            "国家卫生健康委、人民银行、国务院国资委、海关总署、供销合作总社"));
    row(f21, "theme", QStringLiteral("深入实施质量提升行动 大力推进质量强国建设"));
    row(f21, "month", QStringLiteral("2021-09"));
    row(f21, "issued-on", QStringLiteral("2021-08-20"));
    row(f21, "pillars", QStringLiteral("5"));
    row(f21, "pillar.1.title", QStringLiteral("开展质量主题宣传，倡导质量第一意识"));
    row(f21, "pillar.1.short", QStringLiteral("质量宣传"));
    row(f21, "pillar.1.end", QStringLiteral("进企业、进校园、进社区。"));
    row(f21, "pillar.2.title", QStringLiteral("深入实施质量提升行动，努力提高产品和服务质量"));
    row(f21, "pillar.2.short", QStringLiteral("质量提升"));
    // the copy breaks this paragraph over a page ("广" / "泛开展"): one paragraph again
    row(f21, "pillar.2.contains", QStringLiteral("质量监测分析，广泛开展质量改进"));
    row(f21, "pillar.3.title", QStringLiteral("加强质量文化建设，推进实施全面质量管理"));
    row(f21, "pillar.3.short", QStringLiteral("质量文化"));
    row(f21, "pillar.4.title", QStringLiteral("夯实质量基础设施，增强质量服务效能"));
    row(f21, "pillar.4.short", QStringLiteral("质量基础"));
    row(f21, "pillar.5.title", QStringLiteral("强化质量安全监管，营造良好消费环境"));
    row(f21, "pillar.5.short", QStringLiteral("质量安全"));
    row(f21, "pillar.5.end", QStringLiteral("高消费者维权意识和能力。"));
    row(f21, "requirements", QStringLiteral("3"));
    row(f21, "requirement.1.title", QStringLiteral("高度重视，加强组织"));
    row(f21, "requirement.2.title", QStringLiteral("精心策划，广泛动员"));
    row(f21, "requirement.3.title", QStringLiteral("创新形式，务求实效"));
    row(f21, "requirement.3.end", QStringLiteral("”活动更加深入人心。"));
    row(f21, "organizers", QStringLiteral("20"));
    row(f21, "organizer.1.title", QStringLiteral("市场监管总局"));
    row(f21, "organizer.1.start", QStringLiteral("举办中国质量（杭州）大会。"));
    row(f21, "organizer.1.end", QStringLiteral("、进乡镇”活动。开展食")); // the copy stops there
    row(f21, "organizer.20.title", QStringLiteral("供销合作总社"));
    row(f21, "slogans", QStringLiteral("0")); // 附件2 is not in the copy
    row(f21, "summary-deadline", QString());
    row(f21, "recipient", QStringLiteral("市场监管总局（质量发展局）"));

    const char* f22 = "2022-national-notice-excerpt.txt";
    row(f22, "level", QStringLiteral("national"));
    row(f22, "title", QStringLiteral("关于开展2022年全国“质量月”活动的通知"));
    row(f22, "year", QStringLiteral("2022"));
    row(f22, "document-number", QStringLiteral("国市监质发〔2022〕76号"));
    row(f22, "issuing-body", QStringLiteral("市场监管总局等21个部门"));
    row(f22, "body-count", QStringLiteral("21"));
    row(f22, "bodies", QString());
    row(f22, "theme", QStringLiteral("推动质量变革创新 促进质量强国建设")); // after a "……" line
    row(f22, "month", QStringLiteral("2022-09"));
    row(f22, "issued-on", QString());
    row(f22, "pillars", QStringLiteral("2"));
    row(f22, "pillar.1.title", QStringLiteral("贯彻党中央、国务院决策部署，推动经济质量效益型发展"));
    row(f22, "pillar.1.short", QStringLiteral("决策部署"));
    row(f22, "pillar.1.end", QStringLiteral("，提高管理效率和劳动生产率。"));
    row(f22, "pillar.2.title", QStringLiteral("提高产业和区域质量竞争力，更好促进国内国际双循环"));
    row(f22, "pillar.2.short", QStringLiteral("质量竞争力"));
    row(f22, "pillar.2.end", QStringLiteral("质量管理，带动链上配套企业"));
    row(f22, "requirements", QStringLiteral("0"));
    row(f22, "organizers", QStringLiteral("0"));
    row(f22, "slogans", QStringLiteral("0"));
    row(f22, "summary-deadline", QString());
    row(f22, "recipient", QString());

    const char* f23 = "2023-national-notice-excerpt.txt";
    row(f23, "level", QStringLiteral("national"));
    row(f23, "title", QStringLiteral("关于开展2023年全国“质量月”活动的通知"));
    row(f23, "year", QStringLiteral("2023"));
    row(f23, "document-number", QString());
    row(f23, "issuing-body", QStringLiteral("市场监管总局等25个部门"));
    row(f23, "body-count", QStringLiteral("25"));
    row(f23, "theme", QStringLiteral("增强质量意识 推进高质量发展"));
    row(f23, "month", QStringLiteral("2023-09"));
    row(f23, "issued-on", QString());
    row(f23, "pillars", QStringLiteral("3"));
    row(f23, "pillar.1.title", QStringLiteral("深入学习习近平总书记关于质量发展的重要论述"));
    row(f23, "pillar.1.short", QStringLiteral("学习论述"));
    row(f23, "pillar.2.title", QStringLiteral("扎实推进《质量强国建设纲要》贯彻落实"));
    row(f23, "pillar.2.short", QStringLiteral("纲要落实"));
    row(f23, "pillar.3.title", QStringLiteral("深入实施质量提升行动"));
    row(f23, "pillar.3.short", QStringLiteral("质量提升"));
    row(f23, "pillar.3.end", QStringLiteral("和发展关键，坚持一个"));
    row(f23, "requirements", QStringLiteral("0"));
    row(f23, "slogans", QStringLiteral("0"));
    row(f23, "summary-deadline", QString());
    row(f23, "recipient", QString());
}

void TestNoticeReader::realNotices()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    static QHash<QString, NoticeFields> cache;
    if (!cache.contains(file))
        cache.insert(file, NoticeReader::read(dataText(file)));
    const QString actual = field(cache.value(file), key);
    if (key.endsWith(QLatin1String(".start")))
        QVERIFY2(actual.startsWith(expected), qPrintable(actual));
    else if (key.endsWith(QLatin1String(".end")))
        QVERIFY2(actual.endsWith(expected), qPrintable(actual));
    else if (key.endsWith(QLatin1String(".contains")))
        QVERIFY2(actual.contains(expected), qPrintable(actual));
    else
        QCOMPARE(actual, expected);
}

void TestNoticeReader::sources()
{
    const NoticeFields f = NoticeReader::read(dataText(QStringLiteral("2021-national-notice.txt")));
    QCOMPARE(f.theme.source, QStringLiteral("深入实施质量提升行动 大力推进质量强国建设"));
    QVERIFY(f.issuingBody.source.startsWith(QStringLiteral("为深入贯彻习近平新时代")));
    QVERIFY(f.issuingBody.source.endsWith(QStringLiteral("联合开展全国“质量月”活动。")));
    QCOMPARE(f.month.source, f.issuingBody.source);
    QCOMPARE(f.documentNumber.source, QStringLiteral("文 号：国市监质发〔2021〕51号"));
    QCOMPARE(f.issuedOn.source, QStringLiteral("2021年8月20日"));
    QCOMPARE(f.recipient.source,
             QStringLiteral("活动总结、有关图片及视频及时报送市场监管总局（质量发展局）。"));
    QVERIFY(f.pillars[0].source.startsWith(QStringLiteral("（一）开展质量主题宣传")));
    QVERIFY(f.bodiesSource.startsWith(QStringLiteral("市场监管总局 中央宣传部 国家发展改革委\n教育部")));
    // The 2023 copy's first line is the reposting site's headline, not the title.
    const NoticeFields r = NoticeReader::read(dataText(QStringLiteral("2023-national-notice-excerpt.txt")));
    QCOMPARE(r.title.source, QStringLiteral("关于开展2023年全国“质量月”活动的通知"));
}

// The built-in 2021 campaign was typed from the same notice by hand: pillars and requirements agree.
void TestNoticeReader::matchesBuiltInTemplate()
{
    QFile file(QStringLiteral(CP_TEMPLATE_2021));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject t = QJsonDocument::fromJson(file.readAll()).object();
    const NoticeFields f = NoticeReader::read(dataText(QStringLiteral("2021-national-notice.txt")));
    const QJsonObject c = t.value(QStringLiteral("campaign")).toObject();
    QCOMPARE(f.theme.value, c.value(QStringLiteral("theme")).toString());
    QCOMPARE(f.documentNumber.value, c.value(QStringLiteral("documentNumber")).toString());
    QCOMPARE(f.issuingBody.value, c.value(QStringLiteral("issuingBody")).toString());
    QCOMPARE(f.issuedOn.value, c.value(QStringLiteral("issuedOn")).toString());
    QCOMPARE(f.recipient.value, c.value(QStringLiteral("recipient")).toString());
    const QJsonArray pillars = t.value(QStringLiteral("pillars")).toArray();
    QCOMPARE(f.pillars.size(), pillars.size());
    for (int i = 0; i < pillars.size(); ++i) {
        const QJsonObject p = pillars[i].toObject();
        QCOMPARE(f.pillars[i].title, p.value(QStringLiteral("title")).toString());
        QCOMPARE(f.pillars[i].shortName, p.value(QStringLiteral("shortName")).toString());
        QCOMPARE(f.pillars[i].text, p.value(QStringLiteral("fullText")).toString());
    }
    const QJsonArray requirements = t.value(QStringLiteral("requirements")).toArray();
    QCOMPARE(f.requirements.size(), requirements.size());
    for (int i = 0; i < requirements.size(); ++i) {
        QCOMPARE(f.requirements[i].title,
                 requirements[i].toObject().value(QStringLiteral("title")).toString());
        QCOMPARE(f.requirements[i].text, requirements[i].toObject().value(QStringLiteral("text")).toString());
    }
    const QJsonArray organizers = t.value(QStringLiteral("organizers")).toArray();
    QCOMPARE(f.organizers.size(), organizers.size());
    for (int i = 0; i < organizers.size(); ++i)
        QCOMPARE(f.organizers[i].title, organizers[i].toObject().value(QStringLiteral("name")).toString());
}

void TestNoticeReader::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width digits")
        << QStringLiteral("定于２０２２年９月") << QStringLiteral("定于2022年9月");
    QTest::newRow("spaces in numbers (PDF)") << QStringLiteral("市场监管总局等2 5 个部门定于2023 年 9 月")
                                             << QStringLiteral("市场监管总局等25个部门定于2023年9月");
    QTest::newRow("traditional") << QStringLiteral("關于開展2022年全國“質量月”活動的通知")
                                 << QStringLiteral("关于开展2022年全国“质量月”活动的通知");
    QTest::newRow("straight quotes") << QStringLiteral("全国\"质量月\"活动")
                                     << QStringLiteral("全国“质量月”活动");
    QTest::newRow("unbalanced quotes")
        << QStringLiteral("全国“质量月\"和\"质量”") << QStringLiteral("全国“质量月”和“质量”");
    QTest::newRow("ASCII punctuation")
        << QStringLiteral("(一)加强组织,广泛动员:") << QStringLiteral("（一）加强组织，广泛动员：");
    QTest::newRow("theme keeps its space")
        << QStringLiteral("增强质量意识　推进高质量发展") << QStringLiteral("增强质量意识 推进高质量发展");
    QTest::newRow("page break inside a paragraph")
        << QStringLiteral(
               "（二）深入实施质量提升行动，努力提高产品和服务质量。围绕重要产业、重点产品和服务，广\n\n"
               "泛开展质量改进。\n三、活动要求")
        << QStringLiteral(
               "（二）深入实施质量提升行动，努力提高产品和服务质量。围绕重要产业、重点产品和服务，广"
               "泛开展质量改进。\n三、活动要求");
    QTest::newRow("headings and signatures stay apart")
        << QStringLiteral("一、活动主题\n增强质量意识 推进高质量发展\n市场监管总局 中央宣传部 "
                          "国家发展改革委\n教育部 科技部")
        << QStringLiteral("一、活动主题\n增强质量意识 推进高质量发展\n市场监管总局 中央宣传部 "
                          "国家发展改革委\n教育部 科技部");
    QTest::newRow("reposting headline")
        << QStringLiteral("市场监管总局等25个部门共同发布《关于开展2023年全国\"质量月\"活动的通知》发布\n"
                          "关于开展2023年全国“质量月”活动的通知")
        << QStringLiteral("关于开展2023年全国“质量月”活动的通知");
    QTest::newRow("web trailer")
        << QStringLiteral("开展食\n\n预览已结束，完整报告链接和二维码如下：\n\nhttps://example.cn/r?id=1")
        << QStringLiteral("开展食");
    QTest::newRow("copy annotations") << QStringLiteral("# a note\n\n正文") << QStringLiteral("正文");
    QTest::newRow("CRLF and zero-width")
        << QStringLiteral("一、\u200B活动主题\r\n质量") << QStringLiteral("一、活动主题\n质量");
}

void TestNoticeReader::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(NoticeText::normalise(input), expected);
    QCOMPARE(NoticeText::normalise(expected), expected); // idempotent
}

void TestNoticeReader::documentNumber_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("〔〕") << QStringLiteral("国市监质发〔2022〕76号")
                          << QStringLiteral("国市监质发〔2022〕76号");
    QTest::newRow("【】") << QStringLiteral("（国市监质发【2022】76号）")
                          << QStringLiteral("国市监质发〔2022〕76号");
    QTest::newRow("[]") << QStringLiteral("国市监质发[2022]76号") << QStringLiteral("国市监质发〔2022〕76号");
    QTest::newRow("质 without 发") << QStringLiteral("国市监质〔2022〕162号")
                                   << QStringLiteral("国市监质〔2022〕162号");
    QTest::newRow("spaces from a PDF")
        << QStringLiteral("国市监质发〔 2022 〕7 6 号") << QStringLiteral("国市监质发〔2022〕76号");
    QTest::newRow("local") << QStringLiteral("呼市监质量字〔2022〕5号")
                           << QStringLiteral("呼市监质量字〔2022〕5号");
    QTest::newRow("other year cited") << QStringLiteral("依据国发〔2017〕24号，国市监质发〔2022〕76号")
                                      << QStringLiteral("国市监质发〔2022〕76号");
    QTest::newRow("prefers the 质 number") << QStringLiteral("市政办发〔2022〕3号转发，京市监质发〔2022〕9号")
                                           << QStringLiteral("京市监质发〔2022〕9号");
}

void TestNoticeReader::documentNumber()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const QString text = QStringLiteral("关于开展2022年全国“质量月”活动的通知\n") + line;
    QCOMPARE(NoticeReader::read(text).documentNumber.value, expected);
}

void TestNoticeReader::level_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("body");
    QTest::newRow("national") << QStringLiteral("关于开展2022年全国“质量月”活动的通知\n为……，市场监管总局等21"
                                                "个部门定于2022年9月联合开展全国“质量月”活动。")
                              << QStringLiteral("national") << QStringLiteral("市场监管总局等21个部门");
    QTest::newRow("provincial title")
        << QStringLiteral("河北省市场监督管理局关于开展2022年全省“质量月”活动的通知\n一、活动主题\n推动质量变"
                          "革创新 促进质量强省建设")
        << QStringLiteral("provincial") << QStringLiteral("河北省市场监督管理局");
    QTest::newRow("autonomous region")
        << QStringLiteral("关于开展2022年“质量月”活动的通知\n为……，自治区市场监督管理局定于2022年9月在全区开"
                          "展“质量月”活动。")
        << QStringLiteral("provincial") << QStringLiteral("自治区市场监督管理局");
    QTest::newRow("prefecture") << QStringLiteral("呼和浩特市市场监督管理局关于开展2022年全市“质量月”活动的通"
                                                  "知\n一、活动主题\n推动质量变革创新 促进质量强市建设")
                                << QStringLiteral("prefectural")
                                << QStringLiteral("呼和浩特市市场监督管理局");
    QTest::newRow("theme only")
        << QStringLiteral("关于开展2023年“质量月”活动的通知\n一、活动主题\n增强质量意识 推进质量强市建设")
        << QStringLiteral("prefectural") << QString();
    QTest::newRow("county")
        << QStringLiteral(
               "关于开展2023年全县“质量月”活动的通知\n为……，县市场监督管理局定于2023年9月开展“质量月”活动。")
        << QStringLiteral("county") << QStringLiteral("县市场监督管理局");
}

void TestNoticeReader::level()
{
    QFETCH(QString, text);
    QFETCH(QString, level);
    QFETCH(QString, body);
    const NoticeFields f = NoticeReader::read(text);
    QCOMPARE(NoticeLines::levelName(f.level), level);
    QCOMPARE(f.issuingBody.value, body);
    QVERIFY(!f.levelSource.isEmpty());
}

void TestNoticeReader::attachmentsAndSummary()
{
    const QString text = QStringLiteral(
        "关于开展2024年全省“质量月”活动的通知\n"
        "各市市场监管局：\n"
        "为深入贯彻落实，省市场监督管理局等12个部门定于２０２４年９月联合开展全省“质量月”活动。\n"
        "一、活动主题\n“加强质量支撑 共建质量强省”\n"
        "二、工作要求\n(一)加强领导。各地要精心组织。\n"
        "请于10月15日前将活动总结、图片等材料报送至省局质量发展处，邮箱zl@example.cn。\n"
        "附件：1.主办单位名单\n2.活动口号\n"
        "河北省市场监督管理局\n2024年8月26日\n"
        "附件1\n主办单位名单\n1.省市场监督管理局\n2.省委宣传部、省发展改革委\n"
        "附件2：2024年全省“质量月”活动口号\n1. 加强质量支撑 共建质量强省\n2、人人创造质量 人人享受质量\n"
        "（3）\"质量发展 利民惠民\"\n");
    const NoticeFields f = NoticeReader::read(text);
    QCOMPARE(NoticeLines::levelName(f.level), QStringLiteral("provincial"));
    QCOMPARE(f.theme.value, QStringLiteral("加强质量支撑 共建质量强省"));
    QCOMPARE(f.issuingBody.value, QStringLiteral("省市场监督管理局等12个部门"));
    QCOMPARE(f.bodyCount.value, QStringLiteral("12"));
    QCOMPARE(f.month.value, QStringLiteral("2024-09"));
    QCOMPARE(f.issuedOn.value, QStringLiteral("2024-08-26"));
    QCOMPARE(f.summaryDeadline.value, QStringLiteral("2024-10-15"));
    QCOMPARE(f.recipient.value, QStringLiteral("省局质量发展处"));
    QCOMPARE(f.summaryDeadline.source,
             QStringLiteral("请于10月15日前将活动总结、图片等材料报送至省局质量发展处，邮箱zl@example.cn。"));
    QCOMPARE(f.requirements.size(), 1);
    QCOMPARE(f.requirements[0].title, QStringLiteral("加强领导"));
    // the signature has one body; the 附件 lists the co-organizers
    QCOMPARE(f.bodies, QStringList({QStringLiteral("河北省市场监督管理局")}));
    QCOMPARE(f.slogans,
             QStringList({QStringLiteral("加强质量支撑 共建质量强省"),
                          QStringLiteral("人人创造质量 人人享受质量"), QStringLiteral("质量发展 利民惠民")}));
}

void TestNoticeReader::headingOnlyItems()
{
    const NoticeFields f = NoticeReader::read(
        QStringLiteral("关于开展2025年全国“质量月”活动的通知\n三、主要活动\n（一）开展质量宣传\n组织进社区活"
                       "动。\n发放资料。\n"
                       "（二）强化质量安全监管\n开展专项检查。\n四、工作要求\n（一）加强组织。要明确分工。"));
    QCOMPARE(f.pillars.size(), 2);
    QCOMPARE(f.pillars[0].title, QStringLiteral("开展质量宣传"));
    QCOMPARE(f.pillars[0].text, QStringLiteral("组织进社区活动。\n发放资料。"));
    QCOMPARE(f.pillars[1].shortName, QStringLiteral("质量安全"));
    QCOMPARE(f.requirements.size(), 1);
}

void TestNoticeReader::themeInTitle()
{
    const NoticeFields f = NoticeReader::read(QStringLiteral(
        "关于开展2024年全国“质量月”活动的通知\n各地要以\"加强质量支撑 共建质量强国\"为主题，开展活动。"));
    QCOMPARE(f.theme.value, QStringLiteral("加强质量支撑 共建质量强国"));
    QCOMPARE(f.theme.source, QStringLiteral("各地要以“加强质量支撑 共建质量强国”为主题，开展活动。"));
}

void TestNoticeReader::notANotice()
{
    const NoticeFields f = NoticeReader::read(
        QStringLiteral("会议纪要\n一、会议议题\n讨论食堂菜单。\n二、参会人员\n张三 李四\n2024年3月1日"));
    QVERIFY(!f.title.found());
    QVERIFY(!f.theme.found());
    QVERIFY(f.pillars.isEmpty());
    QCOMPARE(NoticeReader::read(QString()), NoticeFields());
}

QTEST_GUILESS_MAIN(TestNoticeReader)
#include "tst_noticereader.moc"
