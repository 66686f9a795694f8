#pragma once

#include "CampaignSnapshot.h"
#include "ConsolidatedInput.h"

#include <QDate>
#include <QString>

class Database;

// Gathers the consolidated report's input from an open campaign file: the own unit's figures from
// Summary::summarize over the campaign (as the consolidated page computes them), its activities with
// their chosen evidence, and the imported subordinate units of the campaign's year with theirs.
// The only place of this feature that reads storage.
namespace ConsolidatedSource {
bool load(const Database& db, qint64 campaignId, QDate today, ConsolidatedInput* out, QString* error);
// The same over a snapshot the caller has already loaded from `db` (the command line has one).
bool load(const Database& db, const CampaignSnapshot& snapshot, QDate today, ConsolidatedInput* out,
          QString* error);
} // namespace ConsolidatedSource
