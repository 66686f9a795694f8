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
    QString e;
    s.activities = ActivityRepository(db).loadAll(campaignId, &e);
    if (e.isEmpty())
        s.departments = DepartmentRepository(db).list(&e);
    if (e.isEmpty())
        ProfileRepository(db).load(&s.unit, &e);
    if (!e.isEmpty()) {
        *error = e;
        return false;
    }
    *out = std::move(s);
    return true;
}

bool load(const Database& db, int campaignYear, CampaignSnapshot* out, QString* error)
{
    QString e;
    const QList<Campaign> campaigns = CampaignRepository(db).list(&e);
    if (!e.isEmpty()) {
        *error = e;
        return false;
    }
    for (const Campaign& c : campaigns) { // newest first
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
