#include "DemoGenerator.h"

#include "ActivityRows.h"
#include "Database.h"
#include "SnapshotLoader.h"
#include "Transaction.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringList>

#include <future>

namespace {

// Activity kinds per pillar position, phrased the way county plans phrase them.
const QList<QStringList>& kinds()
{
    static const QList<QStringList> k = {
        {QStringLiteral("“质量月”主题宣传进%1"), QStringLiteral("制作、群发“质量月”公益宣传短信（%1）"),
         QStringLiteral("在%1悬挂“质量月”宣传横幅"), QStringLiteral("“质量安全第一课”进%1"),
         QStringLiteral("质量知识有奖竞答（%1）")},
        {QStringLiteral("重点产品质量提升座谈会（%1）"),
         QStringLiteral("小微企业质量管理体系认证提升行动（%1）"),
         QStringLiteral("质量攻关与质量改进成果交流（%1）"), QStringLiteral("缺陷产品召回政策宣讲（%1）")},
        {QStringLiteral("首席质量官培训（%1）"), QStringLiteral("“走访一线质量人”活动（%1）"),
         QStringLiteral("全面质量管理经验交流会（%1）"), QStringLiteral("工匠精神宣讲（%1）")},
        {QStringLiteral("质量基础设施“一站式”服务进%1"), QStringLiteral("免费检定计量器具（%1）"),
         QStringLiteral("质量技术帮扶巡回问诊（%1）"), QStringLiteral("标准化服务进%1")},
        {QStringLiteral("电梯安全守护行动检查（%1）"), QStringLiteral("儿童和学生用品安全守护行动（%1）"),
         QStringLiteral("重点工业产品质量安全检查（%1）"), QStringLiteral("12315消费维权咨询（%1）"),
         QStringLiteral("食品安全专项整治（%1）")},
    };
    return k;
}

// How the activities of each pillar position are done, as plans and bulletins describe it (%1: the town).
const QStringList& ways()
{
    static const QStringList w = {
        QStringLiteral(
            "通过悬挂横幅、设立咨询台、发放宣传资料等方式，向%1群众宣传质量知识，现场解答群众咨询。"),
        QStringLiteral("组织%1重点企业负责人座谈交流，围绕质量管理、标准提升等问题逐一梳理，提出改进措施。"),
        QStringLiteral("邀请企业质量负责人分享质量管理经验，组织%1企业学习先进质量管理方法，弘扬工匠精神。"),
        QStringLiteral(
            "组织计量、标准、检验检测技术人员深入%1，为企业和群众提供计量检定、标准咨询和检验检测服务。"),
        QStringLiteral(
            "对%1重点场所和重点产品开展检查，现场督促整改发现的问题，并向经营者宣传质量安全法规。")};
    return w;
}

const QStringList& places()
{
    static const QStringList p = {QStringLiteral("社区"),         QStringLiteral("校园"),
                                  QStringLiteral("乡镇"),         QStringLiteral("企业"),
                                  QStringLiteral("商场"),         QStringLiteral("农贸市场"),
                                  QStringLiteral("工业园区"),     QStringLiteral("城区广场"),
                                  QStringLiteral("政务服务中心"), QStringLiteral("县电视台")};
    return p;
}

const QStringList& towns()
{
    static const QStringList t = {QStringLiteral("城关镇"),   QStringLiteral("东城街道"),
                                  QStringLiteral("西城街道"), QStringLiteral("南湖镇"),
                                  QStringLiteral("北山乡"),   QStringLiteral("青石镇"),
                                  QStringLiteral("河口镇"),   QStringLiteral("新华街道"),
                                  QStringLiteral("开发区"),   QStringLiteral("高新区")};
    return t;
}

QString personName(QRandomGenerator& rng)
{
    static const QString family = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗");
    static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华");
    QString n(family[rng.bounded(family.size())]);
    n += given[rng.bounded(given.size())];
    if (rng.bounded(2))
        n += given[rng.bounded(given.size())];
    return n;
}

} // namespace

namespace DemoGenerator {

namespace {

// Appends `count` activities drawn from `rng` (which goes on from where the last call left it).
void generateInto(const CampaignSnapshot& base, int count, QRandomGenerator& rng, QList<Activity>& out)
{
    const Campaign& c = base.campaign.campaign;
    const QDate start = c.start.isValid() ? c.start : QDate(c.year, 9, 1);
    const int span = c.end.isValid() ? start.daysTo(c.end) + 1 : 30;
    QList<qint64> departments;
    for (const Department& d : base.departments)
        if (!d.archived)
            departments << d.id;
    out.reserve(out.size() + count);
    for (int i = 0; i < count; ++i) {
        Activity a;
        // Drawn from the seeded generator so that the same seed gives the same file, uuids included.
        a.uuid = QUuid(rng.generate(), ushort(rng.generate()), ushort((rng.generate() & 0x0fff) | 0x4000),
                       uchar(0x80 | (rng.generate() & 0x3f)), uchar(rng.generate()), uchar(rng.generate()),
                       uchar(rng.generate()), uchar(rng.generate()), uchar(rng.generate()),
                       uchar(rng.generate()), uchar(rng.generate()));
        a.campaignId = c.id;
        const int pillarIndex =
            base.campaign.pillars.isEmpty() ? 0 : int(rng.bounded(base.campaign.pillars.size()));
        if (!base.campaign.pillars.isEmpty())
            a.pillarId = base.campaign.pillars[pillarIndex].id;
        const QStringList& k = kinds()[pillarIndex % kinds().size()];
        const QString town = towns()[rng.bounded(towns().size())];
        const QString place = places()[rng.bounded(places().size())];
        a.title = k[rng.bounded(k.size())].arg(town + place);
        a.description = ways()[pillarIndex % ways().size()].arg(town);
        a.location = town + place;
        if (!departments.isEmpty()) {
            a.leadDepartmentId = departments[rng.bounded(departments.size())];
            const int helpers = rng.bounded(3);
            for (int h = 0; h < helpers; ++h) {
                const qint64 d = departments[rng.bounded(departments.size())];
                if (d != a.leadDepartmentId && !a.assistingDepartmentIds.contains(d))
                    a.assistingDepartmentIds << d;
            }
        }
        a.owner = personName(rng);
        a.phone =
            QStringLiteral("1%1").arg(3000000000ULL + rng.bounded(6999999999ULL), 10, 10, QLatin1Char('0'));
        // Most activities fall inside the month; some start a little before or run a little after.
        a.start = start.addDays(qint64(rng.bounded(span + 10)) - 5);
        a.end = a.start.addDays(rng.bounded(rng.bounded(4) == 0 ? 20 : 4));
        a.deadline = a.end.addDays(rng.bounded(6));
        const int roll = rng.bounded(100);
        a.status = roll < 40   ? ActivityStatus::Done
                   : roll < 70 ? ActivityStatus::InProgress
                   : roll < 95 ? ActivityStatus::NotStarted
                               : ActivityStatus::Cancelled;
        a.progress = a.status == ActivityStatus::Done         ? 100
                     : a.status == ActivityStatus::InProgress ? 10 + 10 * int(rng.bounded(9))
                                                              : 0;
        if (rng.bounded(5) == 0)
            a.notes = QStringLiteral("需协调场地与宣传物料。");
        for (const Metric& m : base.campaign.metrics) {
            if (rng.bounded(4) != 0)
                continue;
            MetricValue v;
            v.metricId = m.id;
            v.target = {double(10 * (1 + rng.bounded(50))), rng.bounded(3) == 0, true};
            if (a.status == ActivityStatus::Done || a.status == ActivityStatus::InProgress)
                v.actual = {double(rng.bounded(int(v.target.value * 1.3) + 1)), rng.bounded(3) == 0, true};
            a.figures << v;
        }
        out.append(std::move(a));
    }
}

} // namespace

QList<Activity> generate(const CampaignSnapshot& base, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Activity> out;
    generateInto(base, count, rng, out);
    return out;
}

bool populate(const Database& db, int count, quint32 seed, QString* error)
{
    CampaignSnapshot base;
    if (!SnapshotLoader::load(db, 0, &base, error))
        return false;
    // A million activities do not fit in an office PC's memory at once: they are made and written
    // 20 000 at a time, in one transaction, from one generator (the same seed gives the same file).
    const QSqlDatabase connection = db.connection();
    // Until the commit every written page stays in the cache or spills to the WAL and is read back;
    // a larger cache for the bulk write halves the work, and the file's own size comes back after.
    QSqlQuery pragma(connection);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    const auto restore = qScopeGuard([&] { pragma.exec(QStringLiteral("PRAGMA cache_size = -16384")); });
    return Transaction::run(connection, error, [&] {
        // The next part is made on another thread while this one is written (two cores: about a fifth
        // of the time is making activities).
        QRandomGenerator rng(seed);
        const auto make = [&base, &rng](int n) {
            QList<Activity> part;
            generateInto(base, n, rng, part);
            return part;
        };
        std::future<QList<Activity>> next = std::async(std::launch::async, make, qMin(20000, count));
        for (int done = 0; done < count;) {
            QList<Activity> part = next.get();
            done += int(part.size());
            if (done < count)
                next = std::async(std::launch::async, make, qMin(20000, count - done));
            if (!ActivityRows::write(connection, part, true, false, error)) {
                if (next.valid())
                    next.wait();
                return false;
            }
        }
        return true;
    });
}

} // namespace DemoGenerator
