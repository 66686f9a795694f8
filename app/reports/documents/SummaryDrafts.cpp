#include "SummaryDrafts.h"

#include "ReportText.h"

namespace SummaryDrafts {

QStringList overview(const CampaignSummary& s)
{
    QStringList out;
    const int done = s.statuses[ActivityStatus::Done];
    QString first = QStringLiteral("%1期间，共谋划开展各类活动%2项，已完成%3项")
                        .arg(s.campaign.title.isEmpty() ? QStringLiteral("活动") : s.campaign.title)
                        .arg(s.total())
                        .arg(done);
    if (const auto rate = s.completionRate())
        first += QStringLiteral("，完成率%1").arg(ReportText::percent(*rate));
    out << first + QStringLiteral("。");
    QStringList figures;
    for (const MetricSummary& m : s.metrics)
        if (m.actual.isSet && m.actual.value > 0)
            figures << m.name + ReportText::amount(m.actual, m.unit);
    if (!figures.isEmpty())
        out << QStringLiteral("活动期间，累计%1。").arg(figures.join(QStringLiteral("，")));
    return out;
}

QStringList measures(const CampaignSummary& s)
{
    QStringList out;
    for (const PillarSummary& p : s.pillars) {
        if (p.statuses.total() == 0)
            continue;
        out << QStringLiteral("围绕“%1”，组织开展活动%2项，已完成%3项。")
                   .arg(p.name)
                   .arg(p.statuses.total())
                   .arg(p.statuses[ActivityStatus::Done]);
    }
    QStringList leads;
    for (const DepartmentSummary& d : s.departments) {
        if (d.count > 0 && d.departmentId != 0)
            leads << QStringLiteral("%1牵头%2项").arg(d.name).arg(d.count);
        if (leads.size() == 3)
            break;
    }
    if (!leads.isEmpty())
        out << QStringLiteral("各部门分工协作，其中%1。").arg(leads.join(QStringLiteral("，")));
    return out;
}

QStringList problems(const CampaignSummary& s)
{
    QStringList out;
    if (s.overdue > 0)
        out << QStringLiteral("截至%1月%2日，仍有%3项活动超过截止时间未完成。")
                   .arg(s.today.month())
                   .arg(s.today.day())
                   .arg(s.overdue);
    const int notStarted = s.statuses[ActivityStatus::NotStarted];
    if (notStarted > 0)
        out << QStringLiteral("有%1项活动尚未启动。").arg(notStarted);
    const int cancelled = s.statuses[ActivityStatus::Cancelled];
    if (cancelled > 0)
        out << QStringLiteral("因故取消活动%1项。").arg(cancelled);
    return out;
}

QStringList nextSteps(const CampaignSummary& s)
{
    QStringList out;
    const int open = s.statuses[ActivityStatus::NotStarted] + s.statuses[ActivityStatus::InProgress];
    if (open > 0)
        out << QStringLiteral("对尚未完成的%1项活动逐项跟踪，明确责任部门和完成时限，确保落实到位。")
                   .arg(open);
    return out;
}

QStringList forSection(const QString& heading, const CampaignSummary& summary)
{
    const QString h = heading;
    if (h.contains(QStringLiteral("基本情况")) || h.contains(QStringLiteral("总体")))
        return overview(summary);
    if (h.contains(QStringLiteral("做法")) || h.contains(QStringLiteral("成效")) ||
        h.contains(QStringLiteral("措施")))
        return measures(summary);
    if (h.contains(QStringLiteral("问题")) || h.contains(QStringLiteral("不足")))
        return problems(summary);
    if (h.contains(QStringLiteral("下一步")) || h.contains(QStringLiteral("打算")) ||
        h.contains(QStringLiteral("计划")))
        return nextSteps(summary);
    return overview(summary) + measures(summary) + problems(summary) + nextSteps(summary);
}

} // namespace SummaryDrafts
