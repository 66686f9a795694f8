#pragma once

#include "Attachment.h"
#include "BulletinDocument.h"
#include "CampaignSnapshot.h"
#include "DraftFacts.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// What the drafts need from the open file besides the snapshot: which activities have evidence (for
// the summary draft), and each bulletin's kept text and photos. Used alike by the GUI and the CLI.
namespace DraftSource {
// False with the driver's reason when the file cannot be read.
bool facts(const Database& db, qint64 campaignId, DraftFacts* out, QString* error);
// The completed activities of the snapshot, in date order: the bulletins an export writes by default.
QList<qint64> completed(const CampaignSnapshot& snapshot);
// A bulletin's photos: those picked for the report, else all of the activity's photos; at most four.
QList<Attachment> bulletinPhotos(const QList<Attachment>& attachments);
// The bulletins of these activities in date order: the kept text, else the draft; the photos as one
// picture. An activity that is neither completed nor has a kept bulletin is refused (it has none yet).
bool bulletins(const Database& db, const CampaignSnapshot& snapshot, const QList<qint64>& activityIds,
               QDate today, QList<BulletinPage>* out, QString* error);
} // namespace DraftSource
