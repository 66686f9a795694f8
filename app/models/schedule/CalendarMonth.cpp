#include "CalendarMonth.h"

#include <algorithm>

void CalendarMonth::build(const QList<Activity>& activities, const ActivityFilter& filter, QDate today,
                          QDate month, QDate summaryDeadline)
{
    m_days.clear();
    if (!month.isValid())
        return;
    m_month = QDate(month.year(), month.month(), 1);
    const QDate first = m_month.addDays(1 - m_month.dayOfWeek());
    const QDate last = first.addDays(dayCount - 1);
    m_days.resize(dayCount);
    for (int i = 0; i < dayCount; ++i) {
        m_days[i].date = first.addDays(i);
        m_days[i].summaryDeadline = m_days[i].date == summaryDeadline;
    }
    for (int i = 0; i < activities.size(); ++i) {
        const Activity& a = activities.at(i);
        const QDate s = a.start.isValid() ? a.start : a.end;
        const QDate e = a.end.isValid() ? std::max(a.end, s) : s;
        const bool runs = s.isValid() && e >= first && s <= last;
        const bool due = a.deadline.isValid() && a.deadline >= first && a.deadline <= last;
        if ((!runs && !due) || !filter.matches(a, today))
            continue;
        if (runs) {
            const qint64 from = first.daysTo(std::max(s, first)), to = first.daysTo(std::min(e, last));
            for (qint64 d = from; d <= to; ++d)
                m_days[d].running.append(i);
        }
        if (due)
            m_days[first.daysTo(a.deadline)].deadlines.append(i);
    }
}

const CalendarMonth::Day* CalendarMonth::day(QDate date) const
{
    if (m_days.isEmpty() || !date.isValid())
        return nullptr;
    const qint64 i = firstDay().daysTo(date);
    return i >= 0 && i < m_days.size() ? &m_days.at(i) : nullptr;
}
