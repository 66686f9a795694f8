#pragma once

#include "CampaignSnapshot.h"
#include "CampaignSummary.h"
#include "DraftFacts.h"
#include "ReportSection.h"

#include <QList>
#include <QString>

// The activity summary's first draft, written from the same CampaignSummary values as the statistics
// and the charts, in the shape real county summaries have (real-documents.md): 基本情况 with the
// campaign's ordinal, theme, plan, partners and totals; 主要做法和成效 one paragraph per pillar
// (一是…二是…) naming its weightiest completed activities; 存在的问题 and 下一步工作打算 from what the
// data shows, else a marked prompt (【请填写：…】). Paragraphs are separated by "\n". Content is Chinese.
namespace SummaryDrafts {
QString overview(const CampaignSnapshot& snapshot, const CampaignSummary& summary); // 基本情况
QString measures(const CampaignSnapshot& snapshot, const CampaignSummary& summary); // 主要做法和成效
QString problems(const CampaignSnapshot& snapshot, const CampaignSummary& summary,  // 存在的问题
                 const DraftFacts& facts);
QString nextSteps(const CampaignSnapshot& snapshot, const CampaignSummary& summary, // 下一步工作打算
                  const DraftFacts& facts);
// The draft for a section, recognised by its heading (基本情况/总体, 做法/成效/措施, 问题/不足,
// 下一步/打算/计划); a prompt for any other heading.
QString forSection(const QString& heading, const CampaignSnapshot& snapshot, const CampaignSummary& summary,
                   const DraftFacts& facts);
// Every section with its draft as body (headings, order and ids kept).
QList<ReportSection> draft(QList<ReportSection> sections, const CampaignSnapshot& snapshot,
                           const CampaignSummary& summary, const DraftFacts& facts);
// Whether the user has written anything: any body that is not blank.
bool hasText(const QList<ReportSection>& sections);
// The sections as they are when they have text of their own, else their draft: what every export
// prints, so no summary goes out as empty headings.
QList<ReportSection> orDraft(const QList<ReportSection>& sections, const CampaignSnapshot& snapshot,
                             const CampaignSummary& summary, const DraftFacts& facts);
// A prompt the user is to replace, e.g. "【请填写：存在的问题】".
QString prompt(const QString& what);
} // namespace SummaryDrafts
