#pragma once

#include <QString>

// One narrative part of a campaign's activity summary (基本情况, 主要做法和成效 …): a heading the
// user may rename and the text they wrote under it. Stored per campaign, in the user's order.
struct ReportSection
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0;
    QString title;
    QString body;

    friend bool operator==(const ReportSection&, const ReportSection&) = default;
};
