#include "UpcomingList.h"

#include "DeadlineRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("UpcomingList", text, disambiguation, n);
}

bool band(QDate due, QDate today, UpcomingItem::Band* out)
{
    const qint64 left = today.daysTo(due);
    if (left < 0)
        *out = UpcomingItem::Band::Overdue;
    else if (left < UpcomingList::soonDays)
        *out = UpcomingItem::Band::Within3Days;
    else if (left < UpcomingList::weekDays)
        *out = UpcomingItem::Band::Within7Days;
    else
        return false;
    return true;
}

} // namespace

namespace UpcomingList {

QList<UpcomingItem> compute(const QList<Activity>& activities, const Campaign& campaign, QDate today,
                            qint64 departmentId)
{
    QList<UpcomingItem> out;
    today = CampaignStates::deadlineDay(campaign.state, today); // a finished campaign has no deadlines
    if (!today.isValid())
        return out;
    for (const Activity& a : activities) {
        if (ActivityStatuses::isClosed(a.status))
            continue;
        if (departmentId != 0 && a.leadDepartmentId != departmentId &&
            !a.assistingDepartmentIds.contains(departmentId))
            continue;
        const QDate due = DeadlineRules::effectiveDeadline(a);
        UpcomingItem item;
        if (!due.isValid() || !band(due, today, &item.band))
            continue;
        item.due = due;
        item.activityId = a.id;
        item.title = a.title;
        item.daysLeft = int(today.daysTo(due));
        out.append(item);
    }
    // The summary is owed to the superior authority whatever the activities say; it is never "done" here.
    UpcomingItem summary;
    if (campaign.summaryDeadline.isValid() && band(campaign.summaryDeadline, today, &summary.band)) {
        summary.due = campaign.summaryDeadline;
        summary.title = tr("Campaign summary due (%1)").arg(campaign.title);
        summary.daysLeft = int(today.daysTo(summary.due));
        out.append(summary);
    }
    std::sort(out.begin(), out.end(), [](const UpcomingItem& l, const UpcomingItem& r) {
        if (l.band != r.band)
            return l.band < r.band;
        if (l.due != r.due)
            return l.due < r.due;
        if ((l.activityId == 0) != (r.activityId == 0))
            return l.activityId == 0; // the campaign's own deadline first on its day
        return l.title < r.title;
    });
    return out;
}

QString bandName(UpcomingItem::Band band)
{
    switch (band) {
    case UpcomingItem::Band::Overdue:
        return tr("Overdue");
    case UpcomingItem::Band::Within3Days:
        return tr("Due within 3 days");
    case UpcomingItem::Band::Within7Days:
        return tr("Due within 7 days");
    }
    return {};
}

QString dueText(const UpcomingItem& item)
{
    if (item.daysLeft < 0)
        return tr("%n day(s) overdue", nullptr, -item.daysLeft);
    if (item.daysLeft == 0)
        return tr("due today");
    return tr("due in %n day(s)", nullptr, item.daysLeft);
}

} // namespace UpcomingList
