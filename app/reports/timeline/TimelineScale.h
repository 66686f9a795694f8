#pragma once

#include <QDate>

// How many pixels one day gets on the timeline; the user picks by day, week or month.
enum class TimelineZoom { Day, Week, Month };

// Maps dates to horizontal positions over a fixed date range [first, last]. Day d occupies
// [x(d), x(d) + dayWidth); positions are in the timeline's own content coordinates.
class TimelineScale
{
public:
    TimelineScale() = default;
    TimelineScale(QDate first, QDate last, double dayWidth);

    static double dayWidthFor(TimelineZoom zoom);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool isValid() const { return m_first.isValid() && m_last.isValid(); }
    int dayCount() const;
    double dayWidth() const { return m_dayWidth; }
    double width() const { return dayCount() * m_dayWidth; }

    double x(QDate day) const;
    // The day under content position x, clamped to the range.
    QDate dateAt(double x) const;
    // Whole days between two content positions, rounded to the nearest day (for dragging).
    int daysBetween(double fromX, double toX) const;

private:
    QDate m_first;
    QDate m_last;
    double m_dayWidth = 24;
};
