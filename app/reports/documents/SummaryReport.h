#pragma once

#include "CampaignSnapshot.h"
#include "CampaignSummary.h"
#include "ReportDocument.h"
#include "ReportOptions.h"

// The activity summary (活动总结): the user's narrative sections numbered 一、二、…, the signature,
// then the attachments — the statistics table (统计表) by pillar, by lead department and metric totals,
// the completed activities per pillar, and the dashboard charts the caller rendered.
// Every figure comes from Summary::summarize, the same function the dashboard uses.
namespace SummaryReport {
ReportDocument build(const CampaignSnapshot& snapshot, const CampaignSummary& summary,
                     const ReportOptions& options);
// The narrative sections every output prints: the user's, or the first draft while they have no text
// of their own (SummaryDrafts::orDraft), so no summary goes out as empty headings.
QList<ReportSection> narrative(const CampaignSnapshot& snapshot, const CampaignSummary& summary,
                               const ReportOptions& options);
// The narrative as a two-column table (部分, 内容), one row per paragraph, for the workbook.
ReportTable narrativeTable(const QList<ReportSection>& sections);
// 按活动内容, 按牵头部门 and 主要指标 tables, each with a 合计 row where adding up makes sense.
QList<ReportTable> statistics(const CampaignSummary& summary);
// The completed activities, grouped by pillar.
ReportTable completed(const CampaignSnapshot& snapshot);
// 基本情况, 主要做法和成效, 存在的问题, 下一步工作打算 — empty bodies.
QList<ReportSection> defaultSections();
} // namespace SummaryReport
