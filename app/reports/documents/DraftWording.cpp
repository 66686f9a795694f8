#include "DraftWording.h"

#include "ReportText.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace DraftWording {

namespace {

// Words a plan's activity title starts with when it already says what was done.
const QStringList& verbs()
{
    static const QStringList v = {
        QStringLiteral("开展"),     QStringLiteral("举办"), QStringLiteral("举行"), QStringLiteral("组织"),
        QStringLiteral("召开"),     QStringLiteral("制作"), QStringLiteral("群发"), QStringLiteral("发放"),
        QStringLiteral("悬挂"),     QStringLiteral("走访"), QStringLiteral("深入"), QStringLiteral("加强"),
        QStringLiteral("实施"),     QStringLiteral("推进"), QStringLiteral("推动"), QStringLiteral("启动"),
        QStringLiteral("印发"),     QStringLiteral("发布"), QStringLiteral("免费"), QStringLiteral("联合"),
        QStringLiteral("进行"),     QStringLiteral("做好"), QStringLiteral("抓好"), QStringLiteral("持续"),
        QStringLiteral("利用"),     QStringLiteral("通过"), QStringLiteral("邀请"), QStringLiteral("组建"),
        QStringLiteral("评选"),     QStringLiteral("表彰"), QStringLiteral("设立"), QStringLiteral("张贴"),
        QStringLiteral("播放"),     QStringLiteral("发送"), QStringLiteral("征集"), QStringLiteral("编印"),
        QStringLiteral("落实"),     QStringLiteral("指导"), QStringLiteral("引导"), QStringLiteral("围绕"),
        QStringLiteral("参加"),     QStringLiteral("出动"), QStringLiteral("抽查"), QStringLiteral("排查"),
        QStringLiteral("开设"),     QStringLiteral("设置"), QStringLiteral("推广"), QStringLiteral("弘扬"),
        QStringLiteral("倡导"),     QStringLiteral("提升"), QStringLiteral("强化"), QStringLiteral("营造"),
        QStringLiteral("宣传贯彻"), QStringLiteral("检查"), QStringLiteral("帮扶"), QStringLiteral("培训"),
        QStringLiteral("在")};
    return v;
}

// Endings that already name an event, so "开展…" needs no 活动 after them.
const QStringList& events()
{
    static const QStringList e = {
        QStringLiteral("活动"), QStringLiteral("行动"), QStringLiteral("会"),   QStringLiteral("赛"),
        QStringLiteral("日"),   QStringLiteral("周"),   QStringLiteral("月"),   QStringLiteral("仪式"),
        QStringLiteral("检查"), QStringLiteral("培训"), QStringLiteral("宣传"), QStringLiteral("竞答"),
        QStringLiteral("讲座"), QStringLiteral("论坛"), QStringLiteral("宣讲"), QStringLiteral("整治"),
        QStringLiteral("服务"), QStringLiteral("咨询"), QStringLiteral("交流"), QStringLiteral("课"),
        QStringLiteral("行"),   QStringLiteral("展"),   QStringLiteral("巡查"), QStringLiteral("抽查"),
        QStringLiteral("排查"), QStringLiteral("帮扶"), QStringLiteral("问诊"), QStringLiteral("督查"),
        QStringLiteral("评选"), QStringLiteral("表彰"), QStringLiteral("发布"), QStringLiteral("诊断")};
    return e;
}

QString dayText(QDate d)
{
    return QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
}

} // namespace

QString figurePhrase(const QString& metricName)
{
    static const QHash<QString, QString> phrases = {
        {QStringLiteral("参与人数"), QStringLiteral("参与群众")},
        {QStringLiteral("解答咨询"), QStringLiteral("接受群众咨询")},
        {QStringLiteral("展板"), QStringLiteral("展出展板")},
        {QStringLiteral("展牌"), QStringLiteral("展出展牌")},
        {QStringLiteral("公益短信"), QStringLiteral("发送公益短信")},
        {QStringLiteral("媒体报道"), QStringLiteral("刊发媒体报道")},
        {QStringLiteral("宣传资料"), QStringLiteral("发放宣传资料")},
        {QStringLiteral("横幅"), QStringLiteral("悬挂横幅")},
    };
    const QString name = metricName.trimmed();
    return phrases.value(name, name);
}

QString figureList(const QList<Figure>& figures, const QString& separator)
{
    QStringList parts;
    for (const Figure& f : figures)
        if (f.amount.isSet && f.amount.value > 0)
            parts << figurePhrase(f.name) + ReportText::spoken(f.amount, f.unit);
    return parts.join(separator);
}

QList<Figure> weightiest(const QList<Figure>& figures, const QList<double>& weights, int count)
{
    QList<int> order;
    for (int i = 0; i < figures.size(); ++i)
        if (figures[i].amount.isSet && figures[i].amount.value > 0)
            order << i;
    std::stable_sort(order.begin(), order.end(),
                     [&weights](int a, int b) { return weights.value(a) > weights.value(b); });
    if (order.size() > count)
        order.resize(count);
    std::sort(order.begin(), order.end());
    QList<Figure> out;
    for (int i : std::as_const(order))
        out << figures[i];
    return out;
}

QList<Figure> actualFigures(const CampaignSnapshot& snapshot, const Activity& activity)
{
    QList<Figure> out;
    for (const Metric& m : snapshot.campaign.metrics)
        if (const MetricValue* v = activity.figure(m.id))
            out.append({m.name, m.unit, v->actual});
    return out;
}

QString when(const Activity& a)
{
    if (!a.dateText.trimmed().isEmpty())
        return a.dateText.trimmed();
    const QDate s = a.start.isValid() ? a.start : a.end;
    const QDate e = a.end.isValid() ? a.end : a.start;
    if (!s.isValid())
        return {};
    if (s >= e)
        return dayText(s);
    if (s.day() == 1 && e.day() == e.daysInMonth() && s.month() == e.month() && s.year() == e.year())
        return QStringLiteral("%1月").arg(s.month());
    if (s.year() != e.year())
        return QStringLiteral("%1年%2至%3年%4").arg(s.year()).arg(dayText(s)).arg(e.year()).arg(dayText(e));
    if (s.month() == e.month())
        return QStringLiteral("%1至%2日").arg(dayText(s)).arg(e.day());
    return QStringLiteral("%1至%2").arg(dayText(s), dayText(e));
}

bool startsWithVerb(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& v : verbs())
        if (t.startsWith(v))
            return true;
    return false;
}

QString withoutPlace(const QString& title, const QString& place)
{
    QString t = title.trimmed();
    const QString p = place.trimmed();
    if (p.isEmpty())
        return t;
    for (const QString& bracket : {QStringLiteral("（%1）"), QStringLiteral("(%1)")})
        if (t.endsWith(bracket.arg(p)) && t.size() > bracket.arg(p).size())
            t.chop(bracket.arg(p).size());
    const QString at = QStringLiteral("在") + p;
    static const QRegularExpression lead(QStringLiteral("^[，,\\s]+"));
    if (t.startsWith(at) && t.size() > at.size())
        t = t.mid(at.size()).remove(lead);
    return t.trimmed();
}

QString doing(const QString& title)
{
    QString t = title.trimmed();
    static const QRegularExpression trail(QStringLiteral("[。；;，,\\s]+$"));
    t.remove(trail);
    if (startsWithVerb(t))
        return t;
    // "质量知识有奖竞答（南湖镇校园）": the event word sits before a place in brackets.
    static const QRegularExpression bracket(QStringLiteral("^(.*?)([（(][^（）()]*[）)])$"));
    const QRegularExpressionMatch m = bracket.match(t);
    const QString base = m.hasMatch() ? m.captured(1) : t;
    const QString tail = m.hasMatch() ? m.captured(2) : QString();
    for (const QString& e : events())
        if (base.endsWith(e))
            return QStringLiteral("开展") + t;
    return QStringLiteral("开展") + base + QStringLiteral("活动") + tail;
}

bool isOwnSection(const QString& departmentName)
{
    static const QRegularExpression ownEnding(QStringLiteral("[股科室所队组]$"));
    static const QRegularExpression otherBody(
        QStringLiteral("局|委|部|院|政府|公司|小组|中心|协会|银行|学校|医院"));
    const QString n = departmentName.trimmed();
    return n.contains(ownEnding) && !n.contains(otherBody);
}

QStringList partners(const CampaignSnapshot& snapshot, const QList<qint64>& departmentIds)
{
    const QSet<qint64> wanted(departmentIds.begin(), departmentIds.end());
    QStringList out;
    for (const Department& d : snapshot.departments)
        if (wanted.contains(d.id) && !isOwnSection(d.name) && !out.contains(d.name.trimmed()))
            out << d.name.trimmed();
    return out;
}

QString partnerList(const QStringList& names, const QString& noun)
{
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return names.first();
    if (names.size() == 2)
        return names.join(QStringLiteral("、"));
    return QStringLiteral("%1等%2个%3").arg(names.first()).arg(names.size()).arg(noun);
}

QString unitName(const CampaignSnapshot& snapshot)
{
    const QString name = snapshot.unit.name.trimmed();
    return name.isEmpty() ? QStringLiteral("我局") : name;
}

QString ordinalSentence(const Campaign& campaign, QDate today)
{
    const int year = campaign.year > 0 ? campaign.year : campaign.start.year();
    if (Campaign::ordinalOf(year) < 1)
        return {};
    const int month = campaign.start.isValid() ? campaign.start.month() : 9;
    const QString when =
        today.isValid() && today.year() == year ? QStringLiteral("今年") : QStringLiteral("%1年").arg(year);
    return QStringLiteral("%1%2月是第%3个全国“质量月”").arg(when).arg(month).arg(Campaign::ordinalOf(year));
}

QString quoted(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QChar(0x201C), QChar(0x2018)).replace(QChar(0x201D), QChar(0x2019));
    return QStringLiteral("“") + t + QStringLiteral("”");
}

QString sentence(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    static const QRegularExpression trail(QStringLiteral("[，,；;、.\\s]+$"));
    t.remove(trail);
    if (!t.endsWith(QStringLiteral("。")) && !t.endsWith(QStringLiteral("！")) &&
        !t.endsWith(QStringLiteral("？")))
        t += QStringLiteral("。");
    return t;
}

} // namespace DraftWording
