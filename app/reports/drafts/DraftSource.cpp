#include "DraftSource.h"

#include "AttachmentRepository.h"
#include "BulletinDraft.h"
#include "BulletinRepository.h"
#include "Database.h"
#include "MediaStore.h"
#include "ReportPhotos.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <tuple>

namespace DraftSource {

namespace {

constexpr int kPhotos = 4;

QString tr(const char* text)
{
    return QCoreApplication::translate("DraftSource", text);
}

auto dateKey(const Activity& a)
{
    const QDate d = a.start.isValid() ? a.start : a.end;
    return std::tuple(d.isValid() ? d.toJulianDay() : LLONG_MAX, a.id);
}

} // namespace

bool facts(const Database& db, qint64 campaignId, DraftFacts* out, QString* error)
{
    if (!AttachmentRepository(db).activitiesWithEvidence(campaignId, &out->withEvidence, error))
        return false;
    out->evidenceKnown = true;
    return true;
}

QList<qint64> completed(const CampaignSnapshot& snapshot)
{
    QList<const Activity*> done;
    for (const Activity& a : snapshot.activities)
        if (a.status == ActivityStatus::Done && a.campaignId == snapshot.campaign.campaign.id)
            done << &a;
    std::sort(done.begin(), done.end(),
              [](const Activity* x, const Activity* y) { return dateKey(*x) < dateKey(*y); });
    QList<qint64> ids;
    for (const Activity* a : done)
        ids << a->id;
    return ids;
}

QList<Attachment> bulletinPhotos(const QList<Attachment>& attachments)
{
    QList<Attachment> picked, all;
    for (const Attachment& a : attachments) {
        if (a.kind != Attachment::Kind::Photo)
            continue;
        all << a;
        if (a.inReport)
            picked << a;
    }
    QList<Attachment> out = picked.isEmpty() ? all : picked;
    if (out.size() > kPhotos)
        out.resize(kPhotos);
    return out;
}

bool bulletins(const Database& db, const CampaignSnapshot& snapshot, const QList<qint64>& activityIds,
               QDate today, QList<BulletinPage>* out, QString* error)
{
    QList<const Activity*> chosen;
    for (qint64 id : activityIds) {
        const auto it = std::find_if(snapshot.activities.begin(), snapshot.activities.end(),
                                     [id](const Activity& a) { return a.id == id; });
        if (it == snapshot.activities.end()) {
            *error = tr("The activity is not in this campaign any more.");
            return false;
        }
        if (!chosen.contains(&*it))
            chosen << &*it;
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Activity* x, const Activity* y) { return dateKey(*x) < dateKey(*y); });
    QHash<qint64, QString> kept;
    if (!BulletinRepository(db).texts(activityIds, &kept, error))
        return false;
    const AttachmentRepository attachments(db);
    const QString mediaRoot = MediaStore(db.path()).root();
    out->clear();
    for (const Activity* a : std::as_const(chosen)) {
        BulletinPage page;
        if (kept.contains(a->id)) {
            page.text = kept.value(a->id);
        } else if (a->status == ActivityStatus::Done) {
            page.text = BulletinDraft::text(snapshot, *a, today);
        } else {
            *error = tr("“%1” is not completed yet: its bulletin is drafted once it is.").arg(a->title);
            return false;
        }
        QList<Attachment> all;
        if (!attachments.forActivity(a->id, &all, error))
            return false;
        const QList<Attachment> photos = bulletinPhotos(all);
        if (!photos.isEmpty())
            page.photos = ReportPhotos::grids(snapshot, photos, mediaRoot).value(0).image;
        out->append(page);
    }
    return true;
}

} // namespace DraftSource
