#include "ConsolidatedSource.h"

#include "AttachmentRepository.h"
#include "ConsolidatedUnits.h"
#include "Database.h"
#include "SnapshotLoader.h"
#include "SubordinateRepository.h"

#include <QHash>

namespace ConsolidatedSource {

bool load(const Database& db, const CampaignSnapshot& s, QDate today, ConsolidatedInput* out, QString* error)
{
    ConsolidatedInput in;
    const Campaign& c = s.campaign.campaign;
    in.campaignTitle = c.title;
    in.year = c.year;
    in.today = today;
    QList<Attachment> attachments;
    QList<SubordinateUnit> units;
    const SubordinateRepository repository(db);
    if (!AttachmentRepository(db).forCampaign(c.id, &attachments, error) || !repository.units(&units, error))
        return false;
    QHash<qint64, int> evidence; // the attachments chosen to be sent up, per activity
    for (const Attachment& a : std::as_const(attachments))
        if (a.chosen)
            ++evidence[a.activityId];
    in.own = ConsolidatedUnits::fromCampaign(s, evidence, today);
    for (const SubordinateUnit& u : std::as_const(units)) {
        // A package of another year does not belong in this year's report.
        if (!ConsolidatedUnits::belongsToYear(u.campaignYear, c.year))
            continue;
        QList<SubordinateActivity> activities;
        if (!repository.activities(u.id, &activities, error))
            return false;
        in.subordinates.append(ConsolidatedUnits::fromPackage(u, activities));
    }
    ConsolidatedUnits::sortByName(&in.subordinates);
    *out = std::move(in);
    return true;
}

bool load(const Database& db, qint64 campaignId, QDate today, ConsolidatedInput* out, QString* error)
{
    CampaignSnapshot snapshot;
    return SnapshotLoader::loadById(db, campaignId, &snapshot, error) &&
           load(db, snapshot, today, out, error);
}

} // namespace ConsolidatedSource
