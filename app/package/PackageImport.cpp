#include "PackageImport.h"

#include "Database.h"
#include "MediaStore.h"
#include "PackageReader.h"
#include "SubordinateRepository.h"

#include <QCoreApplication>
#include <QDir>

namespace PackageImport {

bool run(const Database& db, const QString& packagePath, Result* result, QString* error,
         ExportProgress* progress, const PackageLimits& limits)
{
    PackageReader reader(packagePath, limits);
    if (!reader.open(error))
        return false;
    PackageManifest manifest = reader.manifest();
    SubordinateRepository units(db);
    QString sqlError;
    const QDateTime previous = units.packageTime(manifest.unit.uuid, &sqlError);
    if (!sqlError.isEmpty()) {
        *error = sqlError;
        return false;
    }
    if (previous.isValid() && previous > manifest.created) {
        *error = QCoreApplication::translate(
                     "PackageImport", "%1 cannot be imported: a newer package from %2 was already imported.")
                     .arg(QDir::toNativeSeparators(packagePath), manifest.unit.name);
        return false;
    }
    MediaStore store(db.path());
    QStringList created;
    auto undo = [&] {
        for (const QString& sha : std::as_const(created))
            store.remove(sha);
    };
    if (!reader.verify(&store, &created, error, progress)) {
        undo();
        return false;
    }
    manifest.unit.imported = QDateTime::currentDateTimeUtc();
    if (!units.merge(manifest.unit, manifest.activities, error)) {
        undo();
        return false;
    }
    result->unit = manifest.unit;
    result->activities = int(manifest.activities.size());
    result->evidence = 0;
    for (const SubordinateActivity& a : std::as_const(manifest.activities))
        result->evidence += int(a.evidence.size());
    result->replacedEarlier = previous.isValid();
    return true;
}

} // namespace PackageImport
