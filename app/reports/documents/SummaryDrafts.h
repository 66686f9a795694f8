#pragma once

#include "CampaignSummary.h"

#include <QStringList>

// Draft sentences of fact for a summary section, from the same figures as the statistics table:
// the user inserts the ones they want and edits them. Sections are recognised by their heading
// (基本情况, 做法/成效, 问题, 下一步/打算); any other heading is offered every draft.
namespace SummaryDrafts {
QStringList forSection(const QString& heading, const CampaignSummary& summary);
QStringList overview(const CampaignSummary& summary);  // 基本情况
QStringList measures(const CampaignSummary& summary);  // 主要做法和成效
QStringList problems(const CampaignSummary& summary);  // 存在的问题
QStringList nextSteps(const CampaignSummary& summary); // 下一步工作打算
} // namespace SummaryDrafts
