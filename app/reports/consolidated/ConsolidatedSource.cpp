#include "ConsolidatedSource.h"

#include "AttachmentRepository.h"
#include "CampaignSummary.h"
#include "Database.h"
#include "PackageFigures.h"
#include "SnapshotLoader.h"
#include "SubordinateRepository.h"

#include <QCollator>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace ConsolidatedSource {

namespace {

// The own unit's activities as a package would describe them (PackageWriter: pillar short name, else
// its title), with the attachments chosen to be sent up.
QList<ConsolidatedActivity> ownActivities(const CampaignSnapshot& s, const QList<Attachment>& attachments)
{
    QHash<qint64, int> evidence;
    for (const Attachment& a : attachments)
        if (a.chosen)
            ++evidence[a.activityId];
    QList<ConsolidatedActivity> out;
    out.reserve(s.activities.size());
    for (const Activity& a : s.activities) {
        if (a.campaignId != s.campaign.campaign.id)
            continue;
        const Pillar* p = s.pillar(a.pillarId);
        out.append({a.title, p ? (p->shortName.isEmpty() ? p->title : p->shortName) : QString(),
                    s.departmentName(a.leadDepartmentId), static_cast<int>(a.status), evidence.value(a.id)});
    }
    return out;
}

ConsolidatedUnit subordinate(const SubordinateUnit& u, const QList<SubordinateActivity>& activities)
{
    ConsolidatedUnit out{u.name, u.region, u.packageCreated, QJsonDocument::fromJson(u.figures).object(), {}};
    out.activities.reserve(activities.size());
    for (const SubordinateActivity& a : activities)
        out.activities.append({a.title, a.pillar, a.leadDepartment, a.status, int(a.evidence.size())});
    return out;
}

} // namespace

bool load(const Database& db, const CampaignSnapshot& s, QDate today, ConsolidatedInput* out, QString* error)
{
    ConsolidatedInput in;
    const Campaign& c = s.campaign.campaign;
    in.campaignTitle = c.title;
    in.year = c.year;
    in.today = today;
    in.own.name = s.unit.name;
    in.own.region = s.unit.region;
    in.own.figures =
        PackageFigures::toJson(Summary::summarize(s.campaign, s.activities, s.departments, today));
    QList<Attachment> attachments;
    QList<SubordinateUnit> units;
    const SubordinateRepository repository(db);
    if (!AttachmentRepository(db).forCampaign(c.id, &attachments, error) || !repository.units(&units, error))
        return false;
    in.own.activities = ownActivities(s, attachments);
    for (const SubordinateUnit& u : std::as_const(units)) {
        // A package of another year does not belong in this year's report (year 0: not stated).
        if (u.campaignYear != 0 && c.year != 0 && u.campaignYear != c.year)
            continue;
        QList<SubordinateActivity> activities;
        if (!repository.activities(u.id, &activities, error))
            return false;
        in.subordinates.append(subordinate(u, activities));
    }
    // Pinyin order with numbers as numbers (第2县 before 第10县): the storage's order is code points.
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    collator.setNumericMode(true);
    std::stable_sort(in.subordinates.begin(), in.subordinates.end(),
                     [&](const ConsolidatedUnit& a, const ConsolidatedUnit& b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
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
