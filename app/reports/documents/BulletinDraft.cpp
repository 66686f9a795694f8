#include "BulletinDraft.h"

#include "DraftWording.h"
#include "ThemeVariants.h"

#include <QRegularExpression>

namespace BulletinDraft {

using DraftWording::sentence;

namespace {

constexpr int kFewestFigures = 3; // figures kept when the body must shrink

// The description as sentences, each ending in its own punctuation; "活动" is put before one that
// starts with a preposition ("通过悬挂横幅…" → "活动通过悬挂横幅…").
QStringList howSentences(const QString& description)
{
    QString text = description.simplified();
    QStringList out;
    QString current;
    for (QChar c : std::as_const(text)) {
        current += c;
        if (QStringLiteral("。！？；!?;").contains(c)) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << sentence(current);
    if (!out.isEmpty()) {
        static const QStringList prepositions = {
            QStringLiteral("围绕"), QStringLiteral("通过"), QStringLiteral("采取"), QStringLiteral("采用"),
            QStringLiteral("以"),   QStringLiteral("结合"), QStringLiteral("面向"), QStringLiteral("利用"),
            QStringLiteral("借助"), QStringLiteral("针对"), QStringLiteral("聚焦")};
        for (const QString& p : prepositions)
            if (out.first().startsWith(p)) {
                out.first().prepend(QStringLiteral("活动"));
                break;
            }
        // A description that ends on "；" closes the paragraph with "。".
        out.last() = sentence(out.last());
    }
    return out;
}

// "9月16日，城关县市场监督管理局联合县教育局等3个单位，在城关镇社区开展以“…”为主题的…活动。"
QString leadSentence(const CampaignSnapshot& snapshot, const Activity& a)
{
    QString s = DraftWording::when(a);
    if (!s.isEmpty())
        s += QStringLiteral("，");
    s += DraftWording::unitName(snapshot);
    QList<qint64> units{a.leadDepartmentId};
    units += a.assistingDepartmentIds;
    const QString partners =
        DraftWording::partnerList(DraftWording::partners(snapshot, units), QStringLiteral("单位"));
    if (!partners.isEmpty())
        s += QStringLiteral("联合%1，").arg(partners);
    if (!a.location.trimmed().isEmpty())
        s += QStringLiteral("在") + a.location.trimmed();
    const QString theme = snapshot.campaign.campaign.theme.trimmed();
    const QString title = DraftWording::withoutPlace(a.title, a.location);
    if (theme.isEmpty())
        s += DraftWording::doing(title);
    else if (DraftWording::startsWithVerb(title))
        s += QStringLiteral("以%1为主题，%2").arg(DraftWording::quoted(theme), title);
    else // doing() starts with 开展
        s += QStringLiteral("开展以%1为主题的%2")
                 .arg(DraftWording::quoted(theme), DraftWording::doing(title).mid(2));
    return sentence(s);
}

struct Pieces
{
    QString opener, purpose, lead, effect, next;
    QStringList how;
    QString figures;

    QString compose() const
    {
        const QString first = opener + purpose + lead + how.join(QString()) + figures;
        return first + QLatin1Char('\n') + effect + next;
    }
};

} // namespace

int length(const QString& text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isSpace() ? 0 : 1;
    return n;
}

QString headline(const CampaignSnapshot& snapshot, const Activity& activity)
{
    return DraftWording::unitName(snapshot) + DraftWording::doing(activity.title);
}

QString body(const CampaignSnapshot& snapshot, const Activity& a, QDate today)
{
    const QString unit = DraftWording::unitName(snapshot);
    const QString local = ThemeVariants::localWord(snapshot.unit.level);
    const QList<DraftWording::Figure> all = DraftWording::actualFigures(snapshot, a);
    QList<DraftWording::Figure> shown;
    for (const DraftWording::Figure& f : all)
        if (f.amount.isSet && f.amount.value > 0)
            shown << f;
    const auto figureSentence = [](const QList<DraftWording::Figure>& f) {
        const QString list = DraftWording::figureList(f);
        return list.isEmpty() ? QString() : sentence(QStringLiteral("共") + list);
    };

    Pieces p;
    p.lead = leadSentence(snapshot, a);
    p.figures = figureSentence(shown);
    p.next = QStringLiteral("下一步，%1将以“质量月”活动为契机，持续深入开展质量宣传和质量提升工作，"
                            "不断增强全社会质量意识，推动%2建设。")
                 .arg(unit, local);
    // What must be there comes first; if even that is too long, it says less.
    if (length(p.compose()) > maxLength)
        p.next = QStringLiteral("下一步，%1将以“质量月”活动为契机，持续推动%2建设。").arg(unit, local);
    while (length(p.compose()) > maxLength && shown.size() > kFewestFigures) {
        shown.removeLast();
        p.figures = figureSentence(shown);
    }
    // Then how it was done, as much of the description as fits, the ordinal and the effect.
    for (const QString& s : howSentences(a.description)) {
        p.how << s;
        if (length(p.compose()) > maxLength) {
            p.how.removeLast();
            break;
        }
    }
    const QString ordinal = DraftWording::ordinalSentence(snapshot.campaign.campaign, today);
    if (!ordinal.isEmpty() && length(p.compose()) + length(ordinal) + 1 <= maxLength)
        p.opener = sentence(ordinal);
    const QString effect =
        QStringLiteral("此次活动进一步增强了群众的质量意识，营造了人人关注质量、人人重视质量的良好氛围。");
    if (length(p.compose()) + length(effect) <= maxLength)
        p.effect = effect;
    const QString purpose = QStringLiteral("为进一步增强全社会质量意识，营造关注质量、重视质量的良好氛围，");
    if (length(p.compose()) < minLength)
        p.purpose = purpose;
    return p.compose();
}

QString text(const CampaignSnapshot& snapshot, const Activity& activity, QDate today)
{
    return headline(snapshot, activity) + QLatin1Char('\n') + body(snapshot, activity, today);
}

Parts split(const QString& text)
{
    Parts parts;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (parts.headline.isEmpty())
            parts.headline = t;
        else
            parts.paragraphs << t;
    }
    return parts;
}

} // namespace BulletinDraft
