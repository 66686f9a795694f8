#pragma once

#include "Activity.h"
#include "ActivityFilter.h"

#include <QDate>
#include <QList>

// The six-week grid of one month (weeks start on Monday) with, for each day, the activities that run
// on it and those whose deadline falls on it. Holds indices into the activity list it was built from;
// built in one pass, so 100 000 activities cost one scan per month shown.
class CalendarMonth
{
public:
    static constexpr int dayCount = 42;

    struct Day
    {
        QDate date;
        QList<int> running;   // activities whose [start, end] contains the date
        QList<int> deadlines; // activities whose deadline is the date
        bool summaryDeadline = false;
    };

    void build(const QList<Activity>& activities, const ActivityFilter& filter, QDate today, QDate month,
               QDate summaryDeadline);

    QDate month() const { return m_month; } // the 1st of the month shown
    QDate firstDay() const { return m_days.isEmpty() ? QDate() : m_days.first().date; }
    const QList<Day>& days() const { return m_days; }
    // nullptr when the date is outside the grid.
    const Day* day(QDate date) const;

private:
    QDate m_month;
    QList<Day> m_days;
};
