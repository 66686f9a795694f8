#pragma once

#include "PackageLimits.h"
#include "PackageManifest.h"

#include <QHash>
#include <QString>
#include <QStringList>

class ExportProgress;
class MediaStore;

// Reads a report package without trusting it. open() refuses what is not a zip, a truncated zip,
// hostile entry names, sizes or ratios beyond the limits, a missing or unknown manifest, and any
// file the manifest does not account for. verify() then inflates every entry once, checking its
// SHA-256 and real size, and streams evidence into the media store (only there, by content hash).
class PackageReader
{
public:
    explicit PackageReader(QString path, PackageLimits limits = {});

    [[nodiscard]] bool open(QString* error);
    const PackageManifest& manifest() const { return m_manifest; }

    // `store` may be null to check only. `created` receives the hashes newly stored, so a caller
    // whose import fails later can remove them again.
    [[nodiscard]] bool verify(MediaStore* store, QStringList* created, QString* error,
                              ExportProgress* progress = nullptr);

private:
    QString fail(const QString& reason) const;

    QString m_path;
    PackageLimits m_limits;
    PackageManifest m_manifest;
    QHash<QString, qint64> m_sizes; // entry name → declared uncompressed size
    qint64 m_total = 0;
};
