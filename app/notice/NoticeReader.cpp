#include "notice/NoticeReader.h"

#include "notice/NoticeLayout.h"
#include "notice/NoticeText.h"

#include <QDate>
#include <QRegularExpression>

namespace NoticeReader {
namespace {

using Re = QRegularExpression;

// The sentence of `paragraph` that holds position `at` (sentences end with 。！？；).
QString sentenceAt(const QString& paragraph, qsizetype at)
{
    static const QString ends = QStringLiteral("。！？；");
    qsizetype begin = at, end = at;
    while (begin > 0 && !ends.contains(paragraph[begin - 1]))
        --begin;
    while (end < paragraph.size() && !ends.contains(paragraph[end]))
        ++end;
    return paragraph.mid(begin, end - begin + (end < paragraph.size() ? 1 : 0));
}

struct Hit
{
    QRegularExpressionMatch match;
    QString source;
    bool found() const { return match.hasMatch(); }
};

Hit find(const QStringList& paragraphs, const Re& re, int from = 0, int to = -1)
{
    if (to < 0)
        to = int(paragraphs.size());
    for (int i = from; i < to; ++i) {
        const QRegularExpressionMatch m = re.match(paragraphs[i]);
        if (m.hasMatch())
            return {m, sentenceAt(paragraphs[i], m.capturedStart())};
    }
    return {};
}

QString isoDate(int year, int month, int day)
{
    const QDate d(year, month, day);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void readTitle(const QStringList& ps, NoticeFields& f)
{
    // A title line, possibly after its issuer; not a metadata label (标题：…) or a quoted mention.
    static const Re title(QStringLiteral("^([^：《]*?)(关于开展(\\d{4})年.{0,30}?质量月.{0,12}?的通知)$"));
    static const Re metadata(QStringLiteral("^[^《]*?(关于开展(\\d{4})年.{0,30}?质量月.{0,12}?的通知)"));
    Hit h = find(ps, title);
    const bool direct = h.found();
    if (!direct)
        h = find(ps, metadata);
    if (!h.found())
        return;
    const int group = direct ? 2 : 1;
    f.title = {h.match.captured(group).remove(QLatin1Char(' ')), h.match.captured(0)};
    f.year = {h.match.captured(group + 1), h.match.captured(0)};
    if (direct && !h.match.captured(1).trimmed().isEmpty())
        f.issuingBody = {h.match.captured(1).remove(QLatin1Char(' ')), h.match.captured(0)};
}

void readDocumentNumber(const QStringList& ps, NoticeFields& f)
{
    static const Re number(
        QStringLiteral("([\\p{Han}]{1,12})\\s*[〔【\\[（(]\\s*(\\d{4})\\s*[〕】\\]）)]\\s*(\\d{1,4})\\s*号"));
    QString best, source;
    for (const QString& p : ps) {
        for (auto it = number.globalMatch(p); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString prefix = m.captured(1);
            if (m.captured(2) != f.year.value && f.year.found())
                continue;
            const QString value = QStringLiteral("%1〔%2〕%3号").arg(prefix, m.captured(2), m.captured(3));
            if (best.isEmpty() ||
                (prefix.contains(QStringLiteral("质")) && !best.contains(QStringLiteral("质")))) {
                best = value;
                source = sentenceAt(p, m.capturedStart());
            }
        }
    }
    f.documentNumber = {best, source};
}

void readIssuer(const QStringList& ps, int bodyEnd, NoticeFields& f)
{
    static const Re plan(
        QStringLiteral("([^，。；：]{2,60}?)(?:共同|决定|联合)?定于\\s*(\\d{4})年(\\d{1,2})月"));
    const Hit h = find(ps, plan, 0, bodyEnd);
    if (h.found()) {
        f.month = {QStringLiteral("%1-%2")
                       .arg(h.match.captured(2))
                       .arg(h.match.captured(3).toInt(), 2, 10, QLatin1Char('0')),
                   h.source};
        if (!f.year.found())
            f.year = {h.match.captured(2), h.source};
        QString subject = h.match.captured(1).trimmed();
        if (!f.issuingBody.found() || subject.contains(QStringLiteral("等")))
            f.issuingBody = {subject, h.source};
    }
    static const Re count(QStringLiteral("等(\\d{1,3})个(?:部门|单位)"));
    const QRegularExpressionMatch m = count.match(f.issuingBody.value);
    if (m.hasMatch())
        f.bodyCount = {m.captured(1), f.issuingBody.source};
}

void readTheme(const NoticeLayout& layout, NoticeFields& f)
{
    const QStringList& ps = layout.paragraphs();
    if (const NoticeLayout::Section* s =
            layout.section({QStringLiteral("活动主题"), QStringLiteral("主题")})) {
        const qsizetype colon = s->heading.indexOf(QStringLiteral("："));
        QString theme = colon >= 0 ? s->heading.mid(colon + 1).trimmed() : QString();
        QString source = ps[s->index];
        for (int i = s->index + 1; theme.isEmpty() && i < s->end; ++i) {
            theme = ps[i];
            source = ps[i];
        }
        static const Re quotes(QStringLiteral("^[“「]|[”」。]$"));
        theme.remove(quotes);
        if (!theme.isEmpty()) {
            f.theme = {theme.trimmed(), source};
            return;
        }
    }
    static const Re quoted(QStringLiteral("以“([^”]{4,40})”为(?:活动)?主题|主题(?:为|是)“([^”]{4,40})”"));
    const Hit h = find(ps, quoted);
    if (h.found())
        f.theme = {h.match.captured(1) + h.match.captured(2), h.source};
}

void readIssuedOn(const QStringList& ps, int bodyEnd, NoticeFields& f)
{
    static const Re signature(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"));
    static const Re written(QStringLiteral("成文日期：\\s*(\\d{4})[年-](\\d{1,2})[月-](\\d{1,2})"));
    Hit h = find(ps, signature, 0, bodyEnd);
    if (!h.found())
        h = find(ps, written, 0, bodyEnd);
    if (h.found())
        f.issuedOn = {
            isoDate(h.match.captured(1).toInt(), h.match.captured(2).toInt(), h.match.captured(3).toInt()),
            h.source};
}

// The signature block above the date: lines of body names separated by spaces.
void readBodies(const NoticeLayout& layout, NoticeFields& f)
{
    const QStringList& ps = layout.paragraphs();
    static const Re dateLine(QStringLiteral("^\\d{4}年\\d{1,2}月\\d{1,2}日$"));
    static const Re names(QStringLiteral("^[\\p{Han}（）]{2,20}( [\\p{Han}（）]{2,20})*$"));
    static const Re bodyName(QStringLiteral("(部|委|局|署|社|行|院|办|会|厅|室|总局|总署|总社|组)$"));
    for (int i = 0; i < layout.bodyEnd(); ++i) {
        if (!dateLine.match(ps[i]).hasMatch())
            continue;
        QStringList block;
        int first = i;
        while (first > 0 && names.match(ps[first - 1]).hasMatch()) {
            const QStringList line = ps[first - 1].split(QLatin1Char(' '));
            if (!std::all_of(line.cbegin(), line.cend(),
                             [](const QString& n) { return bodyName.match(n).hasMatch(); }))
                break;
            block = line + block;
            --first;
        }
        if (!block.isEmpty()) {
            f.bodies = block;
            f.bodiesSource = ps.mid(first, i - first).join(QLatin1Char('\n'));
            return;
        }
    }
    if (const NoticeLayout::Attachment* a =
            layout.attachment({QStringLiteral("名单"), QStringLiteral("主办单位名")})) {
        static const Re number(QStringLiteral("^\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\\s*"));
        for (int i = a->first; i < a->end; ++i)
            for (QString n : ps[i].split(Re(QStringLiteral("[、 ，]")), Qt::SkipEmptyParts))
                f.bodies << n.remove(number);
        f.bodiesSource = ps.mid(a->first, a->end - a->first).join(QLatin1Char('\n'));
    }
}

void readOrganizers(const NoticeLayout& layout, NoticeFields& f)
{
    for (const QString& body : f.bodies)
        f.organizers << NoticeItem{body, {}, {}, {}};
    const NoticeLayout::Attachment* a = layout.attachment({QStringLiteral("主要活动")});
    if (!a)
        return;
    static const Re item(QStringLiteral("^[一二三四五六七八九十]{1,3}、\\s*(.+)$"));
    static const Re actor(
        QStringLiteral("^(.{2,20}?)(?=举办|开展|组织|召开|发布|联合|会同|举行|推出|启动|指导|围绕|在|将)"));
    for (int i = a->first; i < a->end; ++i) {
        const QRegularExpressionMatch m = item.match(layout.paragraphs()[i]);
        if (!m.hasMatch())
            continue;
        const QString text = m.captured(1);
        QString name;
        for (const QString& body : f.bodies)
            if (text.startsWith(body) && body.size() > name.size())
                name = body;
        if (name.isEmpty())
            name = actor.match(text).captured(1);
        if (name.isEmpty())
            continue;
        auto it = std::find_if(f.organizers.begin(), f.organizers.end(),
                               [&](const NoticeItem& o) { return o.title == name; });
        if (it == f.organizers.end())
            it = f.organizers.insert(f.organizers.end(), NoticeItem{name, {}, {}, {}});
        it->text = text.mid(name.size()).trimmed();
        it->source = layout.paragraphs()[i];
    }
}

void readSlogans(const NoticeLayout& layout, NoticeFields& f)
{
    const NoticeLayout::Attachment* a = layout.attachment({QStringLiteral("口号"), QStringLiteral("标语")});
    if (!a)
        return;
    static const Re number(
        QStringLiteral("^\\s*(?:\\d{1,2}[.、．]|（\\d{1,2}）|[一二三四五六七八九十]{1,3}、)\\s*"));
    QStringList source;
    for (int i = a->first; i < a->end; ++i) {
        QString s = layout.paragraphs()[i];
        s.remove(number);
        s.remove(Re(QStringLiteral("^[“]|[”。；]$")));
        if (!s.trimmed().isEmpty()) {
            f.slogans << s.trimmed();
            source << layout.paragraphs()[i];
        }
    }
    f.slogansSource = source.join(QLatin1Char('\n'));
}

void readSummary(const QStringList& ps, int bodyEnd, NoticeFields& f)
{
    static const Re sent(QStringLiteral("(?:总结|情况|材料)[^。]*?报送(?:至|到|给)?\\s*([^，。；,]+)"));
    static const Re deadline(QStringLiteral("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:前|之前)"));
    for (int i = 0; i < bodyEnd; ++i) {
        for (auto it = sent.globalMatch(ps[i]); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString sentence = sentenceAt(ps[i], m.capturedStart());
            f.recipient = {m.captured(1).trimmed(), sentence};
            const QRegularExpressionMatch d = deadline.match(sentence);
            if (d.hasMatch()) {
                const int year = d.captured(1).isEmpty() ? f.year.value.toInt() : d.captured(1).toInt();
                f.summaryDeadline = {isoDate(year, d.captured(2).toInt(), d.captured(3).toInt()), sentence};
            }
            return;
        }
    }
}

void readLevel(NoticeFields& f)
{
    struct Rule
    {
        const char16_t* pattern;
        NoticeLevel level;
    };
    // First the scope the title names, then the issuing body, then the localised theme.
    static const Rule titleRules[] = {{u"年全国", NoticeLevel::National},
                                      {u"年全省", NoticeLevel::Provincial},
                                      {u"年全(自治)?区“", NoticeLevel::Provincial},
                                      {u"年全市", NoticeLevel::Prefectural},
                                      {u"年全(县|旗)", NoticeLevel::County}};
    static const Rule bodyRules[] = {
        {u"^(国家|市场监管总局|国务院)", NoticeLevel::National},
        {u"^(北京市|天津市|上海市|重庆市)", NoticeLevel::Provincial},
        {u"^[\\p{Han}]{0,8}(省|自治区)", NoticeLevel::Provincial},
        {u"^[\\p{Han}]{1,10}(县|旗|区)[\\p{Han}]*(局|办公室)", NoticeLevel::County},
        {u"^[\\p{Han}]{0,10}市[\\p{Han}]*(局|办公室)", NoticeLevel::Prefectural}};
    static const Rule themeRules[] = {{u"强省", NoticeLevel::Provincial},
                                      {u"强市", NoticeLevel::Prefectural},
                                      {u"强(县|区)", NoticeLevel::County}};
    const auto apply = [&f](const auto& rules, const NoticeValue& v) {
        for (const Rule& r : rules) {
            if (Re(QString::fromUtf16(r.pattern)).match(v.value).hasMatch()) {
                f.level = r.level;
                f.levelSource = v.source;
                return true;
            }
        }
        return false;
    };
    if (!apply(titleRules, f.title) && !apply(bodyRules, f.issuingBody))
        apply(themeRules, f.theme);
}

} // namespace

QString shortName(const QString& pillarTitle)
{
    // Keyword → short name, tried on the title's first clause, then on the whole title.
    static const std::pair<const char16_t*, const char16_t*> table[] = {
        {u"宣传", u"质量宣传"},     {u"论述", u"学习论述"},     {u"纲要", u"纲要落实"},
        {u"质量提升", u"质量提升"}, {u"提升行动", u"质量提升"}, {u"文化", u"质量文化"},
        {u"基础", u"质量基础"},     {u"安全", u"质量安全"},     {u"品牌", u"品牌建设"},
        {u"素养", u"质量素养"},     {u"决策部署", u"决策部署"}, {u"竞争力", u"质量竞争力"},
        {u"消费", u"消费环境"},     {u"标准", u"标准引领"},     {u"计量", u"计量服务"},
        {u"认证", u"认证认可"},     {u"共治", u"质量共治"},     {u"监管", u"质量监管"},
        {u"创新", u"质量创新"},     {u"管理", u"质量管理"},
    };
    const QString firstClause = pillarTitle.section(QStringLiteral("，"), 0, 0);
    for (const QString& part : {firstClause, pillarTitle})
        for (const auto& [keyword, name] : table)
            if (part.contains(QString::fromUtf16(keyword)))
                return QString::fromUtf16(name);
    QString fallback = firstClause;
    fallback.remove(Re(QStringLiteral(
        "^(深入|扎实|大力|全面|持续|着力)?(开展|推进|推动|实施|提高|提升|增强|强化|加强|夯实|贯彻)")));
    return fallback.left(4);
}

NoticeFields read(const QString& text)
{
    NoticeFields f;
    const NoticeLayout layout(NoticeText::paragraphs(text));
    const QStringList& ps = layout.paragraphs();
    readTitle(ps, f);
    readIssuer(ps, layout.bodyEnd(), f);
    readDocumentNumber(ps, f);
    readTheme(layout, f);
    readIssuedOn(ps, layout.bodyEnd(), f);
    readBodies(layout, f);
    if (!f.bodyCount.found() && !f.bodies.isEmpty())
        f.bodyCount = {QString::number(f.bodies.size()), f.bodiesSource};
    static const QStringList contentNames = {QStringLiteral("活动内容"), QStringLiteral("活动重点"),
                                             QStringLiteral("主要活动"), QStringLiteral("重点活动"),
                                             QStringLiteral("活动安排")};
    if (const NoticeLayout::Section* s = layout.section(contentNames)) {
        f.pillars = layout.items(*s);
        for (NoticeItem& p : f.pillars)
            p.shortName = shortName(p.title);
    }
    static const QStringList requirementNames = {QStringLiteral("活动要求"), QStringLiteral("工作要求"),
                                                 QStringLiteral("有关要求"), QStringLiteral("组织保障")};
    if (const NoticeLayout::Section* s = layout.section(requirementNames))
        f.requirements = layout.items(*s);
    readOrganizers(layout, f);
    readSlogans(layout, f);
    readSummary(ps, layout.bodyEnd(), f);
    readLevel(f);
    return f;
}

} // namespace NoticeReader
