#pragma once

#include "PackageLimits.h"
#include "SubordinateUnit.h"

#include <QString>

class Database;
class ExportProgress;

// Importing a subordinate unit's report package into an open campaign file: read and check it
// entirely (PackageReader), store its evidence in the media store, then merge its activities in one
// transaction. Any failure leaves the campaign file as it was and removes what was newly stored.
namespace PackageImport {
struct Result
{
    SubordinateUnit unit;
    int activities = 0;
    int evidence = 0;
    bool replacedEarlier = false; // an earlier package of the same unit was updated
};
bool run(const Database& db, const QString& packagePath, Result* result, QString* error,
         ExportProgress* progress = nullptr, const PackageLimits& limits = {});
} // namespace PackageImport
