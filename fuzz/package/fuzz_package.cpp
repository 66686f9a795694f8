// libFuzzer target for the report package reader (the upper level imports packages from units it
// does not control): any bytes, as a .zip on disk, are refused with a reason or read and verified
// into a media store, never crash, hang or write outside the store.
// Zips as they come; anything else is taken as manifest.json and the entries it names, split at the
// byte 0x1E, and wrapped in a stored zip (FuzzZip.h), so the manifest checks are reached too.
#include "../formats/FuzzZip.h"

#include "package/PackageReader.h"
#include "storage/evidence/MediaStore.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 512 * 1024)
        return 0;
    static QTemporaryDir dir;
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!isZip(bytes)) {
        const QList<QByteArray> parts = fuzzParts(bytes);
        QList<QPair<QByteArray, QByteArray>> entries{{"manifest.json", parts.value(0)}};
        for (int i = 1; i < parts.size(); ++i)
            entries.append({QByteArray("佐证材料/") + QByteArray::number(i), parts.at(i)});
        bytes = storedZip(entries);
    }
    const QString package = dir.filePath(QStringLiteral("包.zip"));
    QFile file(package);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    file.close();

    PackageLimits limits; // small, so a claimed size is checked against real bytes quickly
    limits.maxTotalBytes = 4 << 20;
    limits.maxEntryBytes = 2 << 20;
    limits.maxManifestBytes = 1 << 20;
    limits.maxEntries = 500;
    limits.ratioFloor = 64 << 10;
    PackageReader reader(package, limits);
    QString error;
    const QString campaign = dir.filePath(QStringLiteral("上级.campaign"));
    if (reader.open(&error)) {
        MediaStore store(campaign);
        QStringList created;
        if (!reader.verify(&store, &created, &error) && error.isEmpty())
            std::abort(); // a refusal always says why
        // Whatever was stored is what its name says.
        for (const QString& sha : std::as_const(created)) {
            QFile stored(store.pathFor(sha));
            if (!stored.open(QIODevice::ReadOnly) ||
                QCryptographicHash::hash(stored.readAll(), QCryptographicHash::Sha256).toHex() !=
                    sha.toLatin1())
                std::abort();
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    QDir(MediaStore::rootFor(campaign)).removeRecursively();
    return 0;
}
