#pragma once

#include "Activity.h"

#include <QDate>

// Whether an activity needs attention today. "Due soon" is the next dueSoonDays days, today included.
namespace DeadlineRules {
constexpr int defaultDueSoonDays = 7;

enum class Urgency { None, DueSoon, Overdue };

// The date that counts: the deadline, or the end date when no deadline was set.
QDate effectiveDeadline(const Activity& a);
Urgency urgency(const Activity& a, QDate today, int dueSoonDays = defaultDueSoonDays);
inline bool isOverdue(const Activity& a, QDate today)
{
    return urgency(a, today) == Urgency::Overdue;
}
} // namespace DeadlineRules
