#pragma once

#include <QString>

class CampaignRepository;

// "New campaign from…": checks the year, then lets the repository copy the source campaign's
// pillars, organizers, slogans, requirements and metrics (and optionally its unfinished
// activities, dates shifted by whole years) in one transaction.
namespace CampaignCopy {
// The new campaign's id, or 0 and a translated reason.
qint64 run(CampaignRepository& repository, qint64 sourceId, int year, bool withUnfinished, QString* error);
} // namespace CampaignCopy
