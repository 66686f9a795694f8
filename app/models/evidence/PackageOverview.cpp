#include "PackageOverview.h"

#include "ActivityStatus.h"
#include "ActivityTableModel.h"
#include "AttachmentRepository.h"
#include "CampaignSummary.h"
#include "ConsolidatedModel.h"
#include "SubordinateRepository.h"
#include "Workspace.h"

namespace PackageOverview {

bool outgoing(const Workspace& ws, Outgoing* out, QString* error)
{
    std::pair<int, qint64> totals;
    if (!AttachmentRepository(ws.database()).chosenTotals(ws.currentCampaignId(), &totals, error))
        return false;
    *out = {totals.first, totals.second};
    return true;
}

bool loadUnits(const Workspace& ws, ConsolidatedModel* model, QString* error)
{
    QString e;
    QList<SubordinateUnit> units;
    const bool read = SubordinateRepository(ws.database()).units(&units, &e);
    const CampaignSummary own = Summary::summarize(ws.campaign(), ws.activityModel()->activities(),
                                                   ws.departments(), ws.clock().today());
    model->setUnits(ws.unit().name,
                    {own.total(), own.statuses[ActivityStatus::NotStarted],
                     own.statuses[ActivityStatus::InProgress], own.statuses[ActivityStatus::Done],
                     own.statuses[ActivityStatus::Cancelled], own.overdue},
                    units);
    if (!read)
        *error = e;
    return read;
}

bool activities(const Workspace& ws, qint64 unitId, QList<SubordinateActivity>* out, QString* error)
{
    out->clear();
    return unitId == 0 || SubordinateRepository(ws.database()).activities(unitId, out, error);
}

} // namespace PackageOverview
