#include "PackageSource.h"

#include "AttachmentRepository.h"
#include "Database.h"
#include "MediaStore.h"
#include "ReportPhotos.h"
#include "ReportSectionRepository.h"
#include "SnapshotLoader.h"
#include "SubordinateRepository.h"

namespace PackageSource {

namespace {
bool fill(const Database& db, QDate today, PackageInput* out, QString* error)
{
    const qint64 campaignId = out->snapshot.campaign.campaign.id;
    QList<Attachment> all;
    if (!SubordinateRepository::ownUnitUuid(db, &out->unitUuid, error) ||
        !AttachmentRepository(db).forCampaign(campaignId, &all, error) ||
        !ReportSectionRepository(db).list(campaignId, &out->summary.sections, error) ||
        !ReportPhotos::picked(db, campaignId, &out->reportPhotos, error))
        return false;
    out->evidence.clear();
    out->summary.facts = {true, {}}; // the summary's draft asks which activities have evidence
    for (const Attachment& a : all) {
        out->summary.facts.withEvidence.insert(a.activityId);
        if (a.chosen)
            out->evidence.append(a);
    }
    out->mediaRoot = MediaStore(db.path()).root();
    out->today = today;
    return true;
}
} // namespace

bool load(const Database& db, qint64 campaignId, QDate today, PackageInput* out, QString* error)
{
    return SnapshotLoader::loadById(db, campaignId, &out->snapshot, error) && fill(db, today, out, error);
}

bool loadFor(const Database& db, CampaignSnapshot snapshot, QDate today, PackageInput* out, QString* error)
{
    out->snapshot = std::move(snapshot);
    return fill(db, today, out, error);
}

bool loadYear(const Database& db, int campaignYear, QDate today, PackageInput* out, QString* error)
{
    return SnapshotLoader::load(db, campaignYear, &out->snapshot, error) && fill(db, today, out, error);
}

} // namespace PackageSource
