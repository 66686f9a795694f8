#pragma once

#include "PackageWriter.h"

class Database;

// Gathers a package's input from an open campaign file: the campaign snapshot, this file's unit
// identity, the chosen evidence, the media folder and the summary's narrative sections. Charts are
// the caller's to add (they need the widgets layer).
namespace PackageSource {
[[nodiscard]] bool load(const Database& db, qint64 campaignId, QDate today, PackageInput* out,
                        QString* error);
// The same around a snapshot the caller already has (the open file's, or the command line's): the
// activities are shared, not read again.
[[nodiscard]] bool loadFor(const Database& db, CampaignSnapshot snapshot, QDate today, PackageInput* out,
                           QString* error);
[[nodiscard]] bool loadYear(const Database& db, int campaignYear, QDate today, PackageInput* out,
                            QString* error);
} // namespace PackageSource
