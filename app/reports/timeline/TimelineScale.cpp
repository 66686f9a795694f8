#include "TimelineScale.h"

#include <QtGlobal>

#include <cmath>

TimelineScale::TimelineScale(QDate first, QDate last, double dayWidth)
    : m_first(first), m_last(last < first ? first : last), m_dayWidth(dayWidth > 0 ? dayWidth : 1)
{}

double TimelineScale::dayWidthFor(TimelineZoom zoom)
{
    switch (zoom) {
    case TimelineZoom::Day:
        return 32;
    case TimelineZoom::Week:
        return 12;
    case TimelineZoom::Month:
        return 4;
    }
    return 12;
}

int TimelineScale::dayCount() const
{
    return isValid() ? int(m_first.daysTo(m_last)) + 1 : 0;
}

double TimelineScale::x(QDate day) const
{
    return isValid() && day.isValid() ? double(m_first.daysTo(day)) * m_dayWidth : 0.0;
}

QDate TimelineScale::dateAt(double x) const
{
    if (!isValid())
        return {};
    const qint64 offset = qBound(qint64(0), qint64(std::floor(x / m_dayWidth)), qint64(dayCount() - 1));
    return m_first.addDays(offset);
}

int TimelineScale::daysBetween(double fromX, double toX) const
{
    return int(std::lround((toX - fromX) / m_dayWidth));
}
