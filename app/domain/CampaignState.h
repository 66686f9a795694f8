#pragma once

#include <QDate>
#include <QString>

// Where a campaign is in its year: 筹备 → 进行中 → 总结 → 已报送 (the summary was sent). Only an
// unfinished campaign has deadlines; a reported one is history and nothing in it is overdue.
enum class CampaignState : int { Planning = 0, Running = 1, Summarizing = 2, Reported = 3 };

namespace CampaignStates {
constexpr int count = 4;
// Translated, user-visible name (筹备/进行中/总结/已报送 in zh_CN).
QString displayName(CampaignState state);
bool fromInt(int value, CampaignState* state);
inline bool isFinished(CampaignState s)
{
    return s == CampaignState::Reported;
}
// "Today" as deadline rules should see it: invalid for a finished campaign, so nothing is due or
// overdue (DeadlineRules treat an invalid day as "no urgency").
inline QDate deadlineDay(CampaignState s, QDate today)
{
    return isFinished(s) ? QDate() : today;
}
} // namespace CampaignStates
