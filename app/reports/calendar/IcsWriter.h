#pragma once

#include "CampaignSnapshot.h"

#include <QDateTime>
#include <QString>

class QIODevice;

// Writes a campaign's activities and deadlines as an RFC 5545 calendar for Outlook and phones.
// Activities have dates without times, so every event is all-day (VALUE=DATE, DTEND exclusive);
// UIDs come from the activity uuids, so re-importing an export updates events instead of duplicating.
class IcsWriter
{
public:
    struct Options
    {
        qint64 departmentId = 0; // lead or assisting department; 0 = all
        // DTSTAMP for rows that carry no modification time (normally the export time).
        QDateTime fallbackStamp;
    };

    static bool write(const CampaignSnapshot& snapshot, const Options& options, QIODevice* out,
                      QString* error);
    // The calendar text itself (CRLF lines), for write() and tests.
    static QByteArray render(const CampaignSnapshot& snapshot, const Options& options);

    // Stable UID of an activity's span event and of its deadline event.
    static QString activityUid(const Activity& a);
    static QString deadlineUid(const Activity& a);
};
