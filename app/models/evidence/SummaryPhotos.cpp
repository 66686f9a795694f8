#include "SummaryPhotos.h"

#include "ReportPhotos.h"
#include "Workspace.h"

namespace SummaryPhotos {

QList<ReportChart> grids(const Workspace& workspace, const CampaignSnapshot& snapshot, QString* error)
{
    return ReportPhotos::pickedGrids(workspace.database(), snapshot, error);
}

} // namespace SummaryPhotos
