#pragma once

#include "Activity.h"
#include "Campaign.h"

#include <QDate>
#include <QList>
#include <QString>

// What needs attention soon: open activities past their deadline or due within 3 or 7 days
// (today counts as day one, as in DeadlineRules), and the campaign's summary deadline.
struct UpcomingItem
{
    enum class Band { Overdue, Within3Days, Within7Days };
    Band band = Band::Overdue;
    QDate due;
    qint64 activityId = 0; // 0 for the campaign's summary deadline
    QString title;
    int daysLeft = 0; // negative when overdue
};

namespace UpcomingList {
constexpr int soonDays = 3;
constexpr int weekDays = 7;

// Sorted by band, then due date, then title. `departmentId` (lead or assisting) limits the activities.
QList<UpcomingItem> compute(const QList<Activity>& activities, const Campaign& campaign, QDate today,
                            qint64 departmentId = 0);
QString bandName(UpcomingItem::Band band);
// "3 days overdue", "due today", "due in 2 days".
QString dueText(const UpcomingItem& item);
} // namespace UpcomingList
