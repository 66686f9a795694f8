#include "PackageImport.h"

#include "AttachmentRepository.h"
#include "Database.h"
#include "MediaStore.h"
#include "PackageReader.h"
#include "SubordinateRepository.h"

#include <QCoreApplication>
#include <QDir>

namespace PackageImport {

QHash<QUuid, QDateTime> importedPackages(const Database& db, QString* error)
{
    QHash<QUuid, QDateTime> out;
    for (const SubordinateUnit& u : SubordinateRepository(db).units(error))
        out.insert(u.uuid, u.packageCreated);
    return out;
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

void discard(Staged& staged, const Database& db)
{
    MediaStore store(staged.campaignFile);
    AttachmentRepository rows(db);
    for (const QString& sha : std::as_const(staged.created)) {
        QString error;
        // The same bytes attached meanwhile arrived as "already stored": keep what a row names.
        if (rows.references(sha, &error) == 0 && error.isEmpty())
            store.remove(sha);
    }
    staged.created.clear();
}

bool merge(const Database& db, Staged& staged, Result* result, QString* error)
{
    PackageManifest& manifest = staged.manifest;
    SubordinateRepository units(db);
    QString sqlError;
    const QDateTime previous = units.packageTime(manifest.unit.uuid, &sqlError);
    manifest.unit.imported = QDateTime::currentDateTimeUtc();
    // merge() checks again, in its transaction, that no newer package arrived meanwhile.
    if (!sqlError.isEmpty() || !units.merge(manifest.unit, manifest.activities, error)) {
        if (!sqlError.isEmpty())
            *error = sqlError;
        discard(staged, db);
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
    QString sqlError;
    const QHash<QUuid, QDateTime> imported = importedPackages(db, &sqlError);
    if (!sqlError.isEmpty()) {
        *error = sqlError;
        return false;
    }
    Staged staged;
    if (!readAndStore(db.path(), imported, packagePath, &staged, error, progress, limits)) {
        discard(staged, db);
        return false;
    }
    return merge(db, staged, result, error);
}

} // namespace PackageImport
