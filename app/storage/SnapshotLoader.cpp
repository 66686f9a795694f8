#include "SnapshotLoader.h"

#include "ActivityRepository.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "DepartmentRepository.h"
#include "ProfileRepository.h"

#include <QCoreApplication>

namespace SnapshotLoader {

bool loadById(const Database& db, qint64 campaignId, CampaignSnapshot* out, QString* error)
{
    CampaignSnapshot s;
    if (!CampaignRepository(db).load(campaignId, &s.campaign, error))
        return false;
    if (!ActivityRepository(db).loadAll(campaignId, &s.activities, error) ||
        !DepartmentRepository(db).list(&s.departments, error) || !ProfileRepository(db).load(&s.unit, error))
        return false;
    *out = std::move(s);
    return true;
}

bool load(const Database& db, int campaignYear, CampaignSnapshot* out, QString* error)
{
    QList<Campaign> campaigns;
    if (!CampaignRepository(db).list(&campaigns, error))
        return false;
    for (const Campaign& c : std::as_const(campaigns)) { // newest first
        if (campaignYear == 0 || c.year == campaignYear)
            return loadById(db, c.id, out, error);
    }
    *error = campaignYear == 0
                 ? QCoreApplication::translate("SnapshotLoader", "The file holds no campaign.")
                 : QCoreApplication::translate("SnapshotLoader", "The file has no campaign for %1.")
                       .arg(campaignYear);
    return false;
}

} // namespace SnapshotLoader
