#pragma once

#include "CampaignSnapshot.h"
#include "ReportDocument.h"
#include "ReportOptions.h"

#include <functional>

// The implementation plan (实施方案) as local bureaus write it: title, 活动主题, 活动时间 and the
// 活动安排 table 序号 | 活动内容 | 活动时间 | 牵头部门 | 协助部门 (活动地点 optional), grouped by pillar
// when asked, then the notice's 活动要求. Cancelled activities are not part of a plan.
namespace PlanReport {
ReportDocument build(const CampaignSnapshot& snapshot, const ReportOptions& options);
// The 活动安排 table alone (also the plan's CSV and spreadsheet form).
ReportTable table(const CampaignSnapshot& snapshot, const ReportOptions& options);
// The activities that `keep` accepts, ordered as plans list them: pillar order (when grouping), start
// date, title. Grouping puts activities without a known pillar last.
QList<const Activity*> ordered(const CampaignSnapshot& snapshot, bool byPillar,
                               const std::function<bool(const Activity&)>& keep);
// "质量安全监督管理股、办公室"; "—" when nobody assists.
QString assisting(const CampaignSnapshot& snapshot, const Activity& activity);
// "2021年9月份" or "2021年9月1日至10月5日"
QString period(QDate start, QDate end);
// The first paragraph: the national notice, and the local ones next to it, whose spirit the plan follows
// ("按照市场监管总局等21个部门《…》和省市场监督管理局《…》精神，…"); empty when nothing is known to cite.
QString openingSentence(const CampaignSnapshot& snapshot);
// Plan title: "<unit>2021年全国“质量月”活动实施方案"
QString title(const CampaignSnapshot& snapshot, const QString& suffix);
} // namespace PlanReport
