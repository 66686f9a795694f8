#pragma once

#include "CampaignSnapshot.h"

#include <QDateTime>
#include <QString>

#include <functional>

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
        // Called now and then with the activities gone through; returning false cancels the write.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    // Writes the calendar to `out` in 64 KiB pieces as the events are made.
    static bool write(const CampaignSnapshot& snapshot, const Options& options, QIODevice* out,
                      QString* error);
    // The calendar text itself (CRLF lines), for write() and tests.
    static QByteArray render(const CampaignSnapshot& snapshot, const Options& options);

    // Stable UID of an activity's span event and of its deadline event.
    static QString activityUid(const Activity& a);
    static QString deadlineUid(const Activity& a);

private:
    // Hands the calendar text to `flush` in pieces (the last one with `last`); false when flush or
    // the progress callback said stop.
    static bool produce(const CampaignSnapshot& snapshot, const Options& options,
                        const std::function<bool(QByteArray& chunk, bool last)>& flush);
};
