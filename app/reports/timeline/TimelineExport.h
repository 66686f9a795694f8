#pragma once

#include "CampaignSnapshot.h"
#include "TimelineLayout.h"
#include "TimelineScale.h"

#include <QDate>
#include <QString>

// The timeline of a whole snapshot as a PDF or PNG file, the way the CLI and "Export" ask for it:
// grouped by pillar, one department (lead or assisting) or all, week zoom.
namespace TimelineExport {
struct Options
{
    qint64 departmentId = 0;
    TimelineGrouping grouping = TimelineGrouping::Pillar;
    TimelineZoom zoom = TimelineZoom::Week;
};

bool writeFile(const CampaignSnapshot& snapshot, const Options& options, QDate today, const QString& format,
               const QString& path, QString* error);
} // namespace TimelineExport
