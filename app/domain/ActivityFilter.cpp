#include "ActivityFilter.h"

#include "DeadlineRules.h"

bool ActivityFilter::isEmpty() const
{
    return campaignId == 0 && pillarId == 0 && departmentId == 0 && status < 0 && !from.isValid() &&
           !to.isValid() && !overdueOnly && text.isEmpty();
}

bool ActivityFilter::matches(const Activity& a, QDate today) const
{
    if (campaignId != 0 && a.campaignId != campaignId)
        return false;
    if (pillarId != 0 && a.pillarId != pillarId)
        return false;
    if (departmentId != 0 && a.leadDepartmentId != departmentId &&
        !a.assistingDepartmentIds.contains(departmentId))
        return false;
    if (status >= 0 && static_cast<int>(a.status) != status)
        return false;
    // An activity without dates cannot be placed in a range, so a date filter excludes it.
    if (from.isValid() || to.isValid()) {
        const QDate s = a.start.isValid() ? a.start : a.end;
        const QDate e = a.end.isValid() ? a.end : a.start;
        if (!s.isValid())
            return false;
        if (from.isValid() && e < from)
            return false;
        if (to.isValid() && s > to)
            return false;
    }
    if (overdueOnly && !DeadlineRules::isOverdue(a, today))
        return false;
    if (!text.isEmpty()) {
        const QString needle = text.trimmed();
        if (!needle.isEmpty() && !a.title.contains(needle, Qt::CaseInsensitive) &&
            !a.description.contains(needle, Qt::CaseInsensitive) &&
            !a.location.contains(needle, Qt::CaseInsensitive) &&
            !a.owner.contains(needle, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
