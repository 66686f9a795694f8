#include "PackageImport.h"

#include "AttachmentRepository.h"
#include "Database.h"
#include "MediaStore.h"
#include "PackageReader.h"
#include "SubordinateRepository.h"

#include <QCoreApplication>
#include <QDir>

namespace PackageImport {

bool importedPackages(const Database& db, QHash<QUuid, QDateTime>* out, QString* error)
{
    QList<SubordinateUnit> units;
    if (!SubordinateRepository(db).units(&units, error))
        return false;
    out->clear();
    for (const SubordinateUnit& u : std::as_const(units))
        out->insert(u.uuid, u.packageCreated);
    return true;
}

bool readAndStore(const QString& campaignFile, const QHash<QUuid, QDateTime>& imported,
                  const QString& packagePath, Staged* out, QString* error, ExportProgress* progress,
                  const PackageLimits& limits)
{
    out->packagePath = packagePath;
    out->campaignFile = campaignFile;
    out->created.clear();
    PackageReader reader(packagePath, limits);
    if (!reader.open(error))
        return false;
    out->manifest = reader.manifest();
    const QDateTime previous = imported.value(out->manifest.unit.uuid);
    if (previous.isValid() && previous > out->manifest.created) {
        *error = QCoreApplication::translate(
                     "PackageImport", "%1 cannot be imported: a newer package from %2 was already imported.")
                     .arg(QDir::toNativeSeparators(packagePath), out->manifest.unit.name);
        return false;
    }
    MediaStore store(campaignFile);
    // On failure `created` still names what was stored: the caller discards it on the connection's
    // thread, where it can see whether a row took the same content meanwhile.
    return reader.verify(&store, &out->created, error, progress);
}

bool discard(Staged& staged, const Database& db, QString* error)
{
    MediaStore store(staged.campaignFile);
    AttachmentRepository rows(db);
    bool ok = true;
    for (const QString& sha : std::as_const(staged.created)) {
        // The same bytes attached meanwhile arrived as "already stored": keep what a row names.
        int references = 0;
        if (!rows.references(sha, &references, error) || (references == 0 && !store.remove(sha, error)))
            ok = false; // left for the clean-up when the file closes
    }
    staged.created.clear();
    return ok;
}

bool merge(const Database& db, Staged& staged, Result* result, QString* error)
{
    PackageManifest& manifest = staged.manifest;
    SubordinateRepository units(db);
    QDateTime previous;
    manifest.unit.imported = QDateTime::currentDateTimeUtc();
    // merge() checks again, in its transaction, that no newer package arrived meanwhile.
    if (!units.packageTime(manifest.unit.uuid, &previous, error) ||
        !units.merge(manifest.unit, manifest.activities, error)) {
        QString ignored; // why the import failed is the reason to report
        (void)discard(staged, db, &ignored);
        return false;
    }
    staged.created.clear(); // the evidence now belongs to the merged rows
    result->unit = manifest.unit;
    result->activities = int(manifest.activities.size());
    result->evidence = 0;
    for (const SubordinateActivity& a : std::as_const(manifest.activities))
        result->evidence += int(a.evidence.size());
    result->replacedEarlier = previous.isValid();
    return true;
}

bool run(const Database& db, const QString& packagePath, Result* result, QString* error,
         ExportProgress* progress, const PackageLimits& limits)
{
    QHash<QUuid, QDateTime> imported;
    if (!importedPackages(db, &imported, error))
        return false;
    Staged staged;
    if (!readAndStore(db.path(), imported, packagePath, &staged, error, progress, limits)) {
        QString ignored; // why the import failed is the reason to report
        (void)discard(staged, db, &ignored);
        return false;
    }
    return merge(db, staged, result, error);
}

} // namespace PackageImport
