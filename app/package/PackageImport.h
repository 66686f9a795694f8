#pragma once

#include "PackageLimits.h"
#include "PackageManifest.h"
#include "SubordinateUnit.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

class Database;
class ExportProgress;

// Importing a subordinate unit's report package into an open campaign file, in two steps so the
// slow one can leave the GUI thread: readAndStore() reads and checks the package entirely
// (PackageReader) and stores its evidence in the media store — file I/O only, any thread; merge()
// then writes the activities in one transaction on the thread that owns the connection. Any failure
// leaves the campaign file as it was and removes what was newly stored.
namespace PackageImport {
struct Result
{
    SubordinateUnit unit;
    int activities = 0;
    int evidence = 0;
    bool replacedEarlier = false; // an earlier package of the same unit was updated
};

// What the first step hands to the second.
struct Staged
{
    QString packagePath;
    QString campaignFile; // whose media store received the evidence
    PackageManifest manifest;
    QStringList created; // evidence newly stored, removed again if the import does not complete
};

// Package times already imported, by unit: read on the connection's thread, so that readAndStore
// refuses an older package before copying its evidence.
[[nodiscard]] bool importedPackages(const Database& db, QHash<QUuid, QDateTime>* out, QString* error);
// On failure `out->created` still names the evidence stored so far: discard() it.
bool readAndStore(const QString& campaignFile, const QHash<QUuid, QDateTime>& imported,
                  const QString& packagePath, Staged* out, QString* error, ExportProgress* progress = nullptr,
                  const PackageLimits& limits = {});
// On failure the staged evidence is removed (discard()).
[[nodiscard]] bool merge(const Database& db, Staged& staged, Result* result, QString* error);
// Removes the evidence a staged import stored, for an import that failed or was abandoned before
// merge(); content a row of `db` names (the same bytes attached meanwhile) stays. On `db`'s thread.
[[nodiscard]] bool discard(Staged& staged, const Database& db, QString* error);

// Both steps on the calling thread (the CLI).
bool run(const Database& db, const QString& packagePath, Result* result, QString* error,
         ExportProgress* progress = nullptr, const PackageLimits& limits = {});
} // namespace PackageImport
