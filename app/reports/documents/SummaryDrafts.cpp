#include "SummaryDrafts.h"

#include "DeadlineRules.h"
#include "DraftWording.h"
#include "PlanReport.h"
#include "ReportText.h"
#include "ThemeVariants.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <tuple>

namespace SummaryDrafts {

using DraftWording::Figure;
using DraftWording::quoted;
using DraftWording::sentence;

namespace {

constexpr int kExamplesPerPillar = 3;
constexpr int kExamplesWithoutPillars = 5; // paragraphs when the campaign has no pillars to group by
constexpr int kNamed = 3;                  // activities named in a problem before "等"
constexpr int kExampleFigures = 3;         // figures told for one activity
constexpr int kPillarFigures = 4;          // figures told for a pillar's total

// "截至10月8日" while the summary is written in the campaign's year; empty for a later look back.
QString asOf(const CampaignSummary& s)
{
    if (s.today.isValid() && s.today.year() == s.campaign.year)
        return QStringLiteral("截至%1月%2日").arg(s.today.month()).arg(s.today.day());
    return {};
}

// Each figure's share of its metric's campaign total: what makes it stand out.
QList<double> shares(const QList<Figure>& figures, const CampaignSummary& s)
{
    QList<double> out;
    for (const Figure& f : figures) {
        double total = 0;
        for (const MetricSummary& m : s.metrics)
            if (m.name == f.name && m.unit == f.unit && m.actual.isSet)
                total = m.actual.value;
        out << (total > 0 && f.amount.isSet ? f.amount.value / total : 0);
    }
    return out;
}

// "一是A；二是B。" for several points, the point alone for one.
QString points(const QStringList& items)
{
    if (items.size() == 1)
        return sentence(items.first());
    QStringList out;
    for (int i = 0; i < items.size(); ++i)
        out << ReportText::chineseNumber(i + 1) + QStringLiteral("是") + items[i];
    return sentence(out.join(QStringLiteral("；")));
}

QList<const Activity*> ofCampaign(const CampaignSnapshot& snapshot, const CampaignSummary& s)
{
    QList<const Activity*> out;
    for (const Activity& a : snapshot.activities)
        if (a.campaignId == s.campaign.id)
            out << &a;
    return out;
}

// “A”“B”“C”等 — the first few titles of a list, for naming what a problem is about.
QString named(const QList<const Activity*>& list)
{
    QString out;
    for (int i = 0; i < list.size() && i < kNamed; ++i)
        out += quoted(list[i]->title);
    return list.size() > kNamed ? out + QStringLiteral("等") : out;
}

// How much of the campaign's figures an activity accounts for: its share of each metric's total,
// added up, so that metrics of different units weigh alike.
double weight(const Activity& a, const CampaignSummary& s)
{
    double w = 0;
    for (const MetricSummary& m : s.metrics) {
        const MetricValue* v = a.figure(m.metricId);
        if (v && v->actual.isSet && m.actual.isSet && m.actual.value > 0)
            w += v->actual.value / m.actual.value;
    }
    return w;
}

QDate firstDay(const Activity& a)
{
    return a.start.isValid() ? a.start : a.end;
}

bool byDate(const Activity* x, const Activity* y)
{
    const auto key = [](const Activity* a) {
        const QDate d = firstDay(*a);
        return std::tuple(d.isValid() ? d.toJulianDay() : LLONG_MAX, a->id);
    };
    return key(x) < key(y);
}

// The pillar's weightiest completed activities, told in date order.
QList<const Activity*> highlights(const QList<const Activity*>& done, const CampaignSummary& s, int count)
{
    QList<std::pair<double, const Activity*>> ranked;
    for (const Activity* a : done)
        ranked.append({weight(*a, s), a});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : byDate(x.second, y.second);
    });
    QList<const Activity*> out;
    for (int i = 0; i < ranked.size() && i < count; ++i)
        out << ranked[i].second;
    std::sort(out.begin(), out.end(), byDate);
    return out;
}

// "9月16日，在城关镇社区开展…活动，发放宣传资料1500余份，接受群众咨询200余人次"
QString example(const CampaignSnapshot& snapshot, const CampaignSummary& s, const Activity& a)
{
    QString text = DraftWording::when(a);
    if (!text.isEmpty())
        text += QStringLiteral("，");
    if (!a.location.trimmed().isEmpty())
        text += QStringLiteral("在") + a.location.trimmed();
    text += DraftWording::doing(DraftWording::withoutPlace(a.title, a.location));
    const QList<Figure> all = DraftWording::actualFigures(snapshot, a);
    const QString figures =
        DraftWording::figureList(DraftWording::weightiest(all, shares(all, s), kExampleFigures));
    if (!figures.isEmpty())
        text += QStringLiteral("，") + figures;
    return text;
}

QList<Figure> pillarFigures(const PillarSummary& p, const CampaignSummary& s)
{
    QList<Figure> out;
    for (int i = 0; i < s.metrics.size() && i < p.actuals.size(); ++i)
        out.append({s.metrics[i].name, s.metrics[i].unit, p.actuals[i]});
    return out;
}

QString pillarHeading(const CampaignSnapshot& snapshot, const PillarSummary& p)
{
    const Pillar* pillar = snapshot.pillar(p.pillarId);
    const QString title = pillar ? ReportText::withoutNumber(pillar->title) : QString();
    return title.isEmpty() ? p.name : title;
}

// Pillars that have activities but none completed, and pillars with none at all.
struct Gaps
{
    QStringList unfinished; // “质量文化”方面安排的3项活动均未完成
    QStringList empty;      // names of pillars with no activity
};

Gaps gaps(const CampaignSummary& s)
{
    Gaps g;
    for (const PillarSummary& p : s.pillars) {
        if (p.pillarId == 0)
            continue;
        const int planned = p.statuses.total() - p.statuses[ActivityStatus::Cancelled];
        if (p.statuses.total() == 0)
            g.empty << quoted(p.name);
        else if (planned > 0 && p.statuses[ActivityStatus::Done] == 0)
            g.unfinished << QStringLiteral("%1方面安排的%2项活动均未完成").arg(quoted(p.name)).arg(planned);
    }
    return g;
}

QList<const Activity*> withoutEvidence(const CampaignSnapshot& snapshot, const CampaignSummary& s,
                                       const DraftFacts& facts)
{
    QList<const Activity*> out;
    if (!facts.evidenceKnown)
        return out;
    for (const Activity* a : ofCampaign(snapshot, s))
        if (a->status == ActivityStatus::Done && !facts.withEvidence.contains(a->id))
            out << a;
    return out;
}

} // namespace

QString prompt(const QString& what)
{
    return QStringLiteral("【请填写：%1】").arg(what);
}

QString overview(const CampaignSnapshot& snapshot, const CampaignSummary& s)
{
    QStringList paragraphs;
    const Campaign& c = s.campaign;
    QString first = DraftWording::ordinalSentence(c, s.today);
    if (!c.theme.trimmed().isEmpty())
        first += (first.isEmpty() ? QStringLiteral("活动主题为") : QStringLiteral("，活动主题为")) +
                 quoted(c.theme);
    if (!first.isEmpty())
        paragraphs << sentence(first);

    QList<qint64> involved;
    int areas = 0;
    for (const Activity* a : ofCampaign(snapshot, s)) {
        if (a->status == ActivityStatus::Cancelled)
            continue;
        involved << a->leadDepartmentId;
        involved += a->assistingDepartmentIds;
    }
    for (const PillarSummary& p : s.pillars)
        areas += p.pillarId != 0 && p.statuses.total() > 0 ? 1 : 0;
    QString how =
        DraftWording::unitName(snapshot) + QStringLiteral("高度重视，制定印发《%1》")
                                               .arg(PlanReport::title(snapshot, QStringLiteral("实施方案")));
    const QString partners =
        DraftWording::partnerList(DraftWording::partners(snapshot, involved), QStringLiteral("部门"));
    if (!partners.isEmpty())
        how += QStringLiteral("，联合") + partners;
    const int done = s.statuses[ActivityStatus::Done];
    const int cancelled = s.statuses[ActivityStatus::Cancelled];
    if (s.total() == 0) {
        how += QStringLiteral("。") + prompt(QStringLiteral("活动组织开展情况"));
    } else {
        how += areas > 1 ? QStringLiteral("，围绕%1个方面谋划开展各类活动%2项").arg(areas).arg(s.total())
                         : QStringLiteral("，谋划开展各类活动%1项").arg(s.total());
        if (!asOf(s).isEmpty())
            how += QStringLiteral("。") + asOf(s);
        if (done == 0)
            how += QStringLiteral("，尚无已完成的活动");
        else
            how += QStringLiteral("，已完成%1项").arg(done);
        if (const auto rate = s.completionRate(); rate && done > 0)
            how += QStringLiteral("，完成率%1").arg(ReportText::percent(*rate));
        if (cancelled > 0)
            how += QStringLiteral("，因故取消%1项").arg(cancelled);
        how = sentence(how);
    }
    paragraphs << how;

    QList<Figure> totals;
    for (const MetricSummary& m : s.metrics)
        totals.append({m.name, m.unit, m.actual});
    const QString figures = DraftWording::figureList(totals);
    if (!figures.isEmpty())
        paragraphs << sentence(QStringLiteral("活动期间，共") + figures);
    return paragraphs.join(QLatin1Char('\n'));
}

QString measures(const CampaignSnapshot& snapshot, const CampaignSummary& s)
{
    QHash<qint64, QList<const Activity*>> done;
    for (const Activity* a : ofCampaign(snapshot, s))
        if (a->status == ActivityStatus::Done)
            done[snapshot.pillar(a->pillarId) ? a->pillarId : 0] << a;
    QStringList paragraphs;
    if (done.size() == 1 && done.contains(0)) {
        // Nothing to group by (a year whose notice is not in the file): one paragraph per weighty
        // activity, the other form real summaries take.
        const QList<const Activity*> list = done.value(0);
        const QList<const Activity*> told = highlights(list, s, kExamplesWithoutPillars);
        for (const Activity* a : told)
            paragraphs << ReportText::chineseNumber(int(paragraphs.size()) + 1) + QStringLiteral("是") +
                              sentence(example(snapshot, s, *a));
        if (list.size() > told.size()) {
            QList<const Activity*> rest;
            for (const Activity* a : list)
                if (!told.contains(a))
                    rest << a;
            std::sort(rest.begin(), rest.end(), byDate);
            paragraphs << QStringLiteral("此外，还完成了%1%2项活动。").arg(named(rest)).arg(rest.size());
        }
        return paragraphs.join(QLatin1Char('\n'));
    }
    for (const PillarSummary& p : s.pillars) {
        const QList<const Activity*> list = done.value(p.pillarId);
        if (list.isEmpty())
            continue;
        QString text = ReportText::chineseNumber(int(paragraphs.size()) + 1) + QStringLiteral("是") +
                       sentence(p.pillarId == 0 ? QStringLiteral("其他工作") : pillarHeading(snapshot, p));
        text += QStringLiteral("共安排活动%1项，已完成%2项。")
                    .arg(p.statuses.total() - p.statuses[ActivityStatus::Cancelled])
                    .arg(p.statuses[ActivityStatus::Done]);
        QStringList examples;
        int withFigures = 0;
        for (const Activity* a : list)
            withFigures += weight(*a, s) > 0 ? 1 : 0;
        for (const Activity* a : highlights(list, s, kExamplesPerPillar))
            examples << example(snapshot, s, *a);
        text += sentence(examples.join(QStringLiteral("；")));
        const QList<Figure> sums = pillarFigures(p, s);
        const QString figures =
            DraftWording::figureList(DraftWording::weightiest(sums, shares(sums, s), kPillarFigures));
        if (!figures.isEmpty() && withFigures > 1)
            text += sentence(QStringLiteral("该方面累计") + figures);
        paragraphs << text;
    }
    if (paragraphs.isEmpty())
        return prompt(s.total() == 0 ? QStringLiteral("主要做法和成效")
                                     : QStringLiteral("主要做法和成效（尚无已完成的活动）"));
    return paragraphs.join(QLatin1Char('\n'));
}

QString problems(const CampaignSnapshot& snapshot, const CampaignSummary& s, const DraftFacts& facts)
{
    QStringList items;
    const QList<const Activity*> all = ofCampaign(snapshot, s);
    if (s.overdue > 0) {
        const QDate day = CampaignStates::deadlineDay(s.campaign.state, s.today);
        QList<const Activity*> late;
        for (const Activity* a : all)
            if (DeadlineRules::isOverdue(*a, day))
                late << a;
        std::sort(late.begin(), late.end(), byDate);
        items << QStringLiteral("%1仍有%2项活动超过截止时间未完成，如%3")
                     .arg(asOf(s).isEmpty() ? QString() : asOf(s) + QStringLiteral("，"))
                     .arg(s.overdue)
                     .arg(named(late));
    }
    const int notStarted = s.statuses[ActivityStatus::NotStarted];
    if (notStarted > 0)
        items << QStringLiteral("有%1项活动尚未启动").arg(notStarted);
    const int cancelled = s.statuses[ActivityStatus::Cancelled];
    if (cancelled > 0) {
        QList<const Activity*> dropped;
        for (const Activity* a : all)
            if (a->status == ActivityStatus::Cancelled)
                dropped << a;
        std::sort(dropped.begin(), dropped.end(), byDate);
        items << QStringLiteral("因故取消活动%1项（%2）").arg(cancelled).arg(named(dropped));
    }
    const Gaps g = gaps(s);
    if (!g.unfinished.isEmpty())
        items << g.unfinished.join(QStringLiteral("，"));
    if (!g.empty.isEmpty())
        items << QStringLiteral("%1方面未安排活动").arg(g.empty.join(QStringLiteral("、")));
    const QList<const Activity*> bare = withoutEvidence(snapshot, s, facts);
    const int done = s.statuses[ActivityStatus::Done];
    if (!bare.isEmpty() && bare.size() == done)
        items << QStringLiteral("已完成的%1项活动均未留存照片等佐证材料").arg(done);
    else if (!bare.isEmpty())
        items << QStringLiteral("已完成的%1项活动中，有%2项尚未留存照片等佐证材料，如%3")
                     .arg(done)
                     .arg(bare.size())
                     .arg(named(bare));
    if (items.isEmpty())
        return prompt(QStringLiteral("存在的问题和不足，如宣传覆盖面、部门协作、群众参与等方面"));
    return points(items);
}

QString nextSteps(const CampaignSnapshot& snapshot, const CampaignSummary& s, const DraftFacts& facts)
{
    QStringList items;
    const int open = s.statuses[ActivityStatus::NotStarted] + s.statuses[ActivityStatus::InProgress];
    if (open > 0)
        items
            << QStringLiteral("对尚未完成的%1项活动逐项跟踪，明确责任部门和完成时限，确保落实到位").arg(open);
    QStringList weak;
    for (const PillarSummary& p : s.pillars)
        if (p.pillarId != 0 && p.statuses[ActivityStatus::Done] == 0)
            weak << quoted(p.name);
    if (!weak.isEmpty())
        items << QStringLiteral("加大%1方面工作力度，补齐活动短板").arg(weak.join(QStringLiteral("、")));
    const QList<const Activity*> bare = withoutEvidence(snapshot, s, facts);
    if (!bare.isEmpty())
        items << QStringLiteral("及时补齐%1项活动的照片等佐证材料，按时报送活动总结").arg(bare.size());
    if (items.isEmpty())
        return prompt(QStringLiteral("下一步工作打算"));
    return sentence(QStringLiteral("下一步，%1将以“质量月”活动为契机，%2，持续巩固活动成果，推动%3建设")
                        .arg(DraftWording::unitName(snapshot), items.join(QStringLiteral("；")),
                             ThemeVariants::localWord(snapshot.unit.level)));
}

QString forSection(const QString& heading, const CampaignSnapshot& snapshot, const CampaignSummary& summary,
                   const DraftFacts& facts)
{
    const QString h = heading;
    if (h.contains(QStringLiteral("基本情况")) || h.contains(QStringLiteral("总体")))
        return overview(snapshot, summary);
    if (h.contains(QStringLiteral("做法")) || h.contains(QStringLiteral("成效")) ||
        h.contains(QStringLiteral("措施")))
        return measures(snapshot, summary);
    if (h.contains(QStringLiteral("问题")) || h.contains(QStringLiteral("不足")))
        return problems(snapshot, summary, facts);
    if (h.contains(QStringLiteral("下一步")) || h.contains(QStringLiteral("打算")) ||
        h.contains(QStringLiteral("计划")))
        return nextSteps(snapshot, summary, facts);
    return prompt(ReportText::withoutNumber(heading));
}

QList<ReportSection> draft(QList<ReportSection> sections, const CampaignSnapshot& snapshot,
                           const CampaignSummary& summary, const DraftFacts& facts)
{
    for (ReportSection& s : sections)
        s.body = forSection(s.title, snapshot, summary, facts);
    return sections;
}

bool hasText(const QList<ReportSection>& sections)
{
    return std::any_of(sections.begin(), sections.end(),
                       [](const ReportSection& s) { return !s.body.trimmed().isEmpty(); });
}

QList<ReportSection> orDraft(const QList<ReportSection>& sections, const CampaignSnapshot& snapshot,
                             const CampaignSummary& summary, const DraftFacts& facts)
{
    return hasText(sections) ? sections : draft(sections, snapshot, summary, facts);
}

} // namespace SummaryDrafts
