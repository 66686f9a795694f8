#include "SummaryPhotos.h"

#include "ReportPhotos.h"
#include "Workspace.h"

namespace SummaryPhotos {

bool grids(const Workspace& workspace, const CampaignSnapshot& snapshot, QList<ReportChart>* out,
           QString* error)
{
    return ReportPhotos::pickedGrids(workspace.database(), snapshot, out, error);
}

} // namespace SummaryPhotos
