#pragma once

#include "CampaignSnapshot.h"
#include "ReportOptions.h"

#include <QList>
#include <QString>

class Workspace;

// The photos the user picked for the summary (in the activity gallery), as picture grids for the
// report writers, read from the workspace's file for the reports page.
namespace SummaryPhotos {
[[nodiscard]] bool grids(const Workspace& workspace, const CampaignSnapshot& snapshot,
                         QList<ReportChart>* out, QString* error);
} // namespace SummaryPhotos
