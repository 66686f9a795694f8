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
    QString e;
    const auto [count, bytes] = AttachmentRepository(ws.database()).chosenTotals(ws.currentCampaignId(), &e);
    if (!e.isEmpty()) {
        *error = e;
        return false;
    }
    *out = {count, bytes};
    return true;
}

bool loadUnits(const Workspace& ws, ConsolidatedModel* model, QString* error)
{
    QString e;
    const QList<SubordinateUnit> units = SubordinateRepository(ws.database()).units(&e);
    const CampaignSummary own = Summary::summarize(ws.campaign(), ws.activityModel()->activities(),
                                                   ws.departments(), ws.clock().today());
    model->setUnits(ws.unit().name,
                    {own.total(), own.statuses[ActivityStatus::NotStarted],
                     own.statuses[ActivityStatus::InProgress], own.statuses[ActivityStatus::Done],
                     own.statuses[ActivityStatus::Cancelled], own.overdue},
                    units);
    if (!e.isEmpty())
        *error = e;
    return e.isEmpty();
}

QList<SubordinateActivity> activities(const Workspace& ws, qint64 unitId, QString* error)
{
    return unitId ? SubordinateRepository(ws.database()).activities(unitId, error)
                  : QList<SubordinateActivity>();
}

} // namespace PackageOverview
