#include "PlanDateFormat.h"

#include "Activity.h"

namespace PlanDateFormat {

static bool isWholeMonth(QDate s, QDate e)
{
    return s.day() == 1 && e.day() == e.daysInMonth() && s.year() == e.year();
}

static QString dayText(QDate d)
{
    return QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
}

QString range(QDate start, QDate end)
{
    if (!start.isValid() && !end.isValid())
        return {};
    if (!start.isValid())
        return dayText(end);
    if (!end.isValid() || start == end)
        return dayText(start);
    if (isWholeMonth(start, end)) {
        if (start.month() == end.month())
            return QStringLiteral("%1月").arg(start.month());
        return QStringLiteral("%1-%2月").arg(start.month()).arg(end.month());
    }
    if (start.year() != end.year())
        return QStringLiteral("%1年%2-%3年%4")
            .arg(start.year())
            .arg(dayText(start))
            .arg(end.year())
            .arg(dayText(end));
    if (start.month() == end.month())
        return QStringLiteral("%1-%2日").arg(dayText(start)).arg(end.day());
    return QStringLiteral("%1-%2").arg(dayText(start), dayText(end));
}

QString of(const Activity& activity)
{
    return activity.dateText.isEmpty() ? range(activity.start, activity.end) : activity.dateText;
}

} // namespace PlanDateFormat
