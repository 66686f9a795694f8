#include "DeadlineRules.h"

namespace DeadlineRules {

QDate effectiveDeadline(const Activity& a)
{
    return a.deadline.isValid() ? a.deadline : a.end;
}

Urgency urgency(const Activity& a, QDate today, int dueSoonDays)
{
    if (ActivityStatuses::isClosed(a.status))
        return Urgency::None;
    const QDate due = effectiveDeadline(a);
    if (!due.isValid() || !today.isValid())
        return Urgency::None;
    if (due < today)
        return Urgency::Overdue;
    if (today.daysTo(due) < dueSoonDays)
        return Urgency::DueSoon;
    return Urgency::None;
}

} // namespace DeadlineRules
