#include "PackageReader.h"

#include "EntryNames.h"
#include "ExportProgress.h"
#include "MediaStore.h"
#include "StreamCopy.h"

#include "ZipArchiveReader.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PackageReader", text);
}

bool looksLikeZip(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("PK\x03\x04", 4);
}
} // namespace

PackageReader::PackageReader(QString path, PackageLimits limits) : m_path(std::move(path)), m_limits(limits)
{}

QString PackageReader::fail(const QString& reason) const
{
    return tr("%1 cannot be imported: %2").arg(QDir::toNativeSeparators(m_path), reason);
}

bool PackageReader::open(QString* error)
{
    if (!QFileInfo(m_path).isFile()) {
        *error = fail(tr("the file does not exist"));
        return false;
    }
    QFile input(m_path);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = fail(input.errorString());
        return false;
    }
    ZipArchiveReader zip(&input);
    if (!zip.open()) {
        *error = fail(looksLikeZip(m_path) ? tr("the zip file is incomplete or damaged (truncated?)")
                                           : tr("it is not a zip file"));
        return false;
    }
    QByteArray manifestJson;
    bool hasManifest = false;
    int entries = 0;
    for (bool more = zip.first(); more; more = zip.next()) {
        ZipArchiveReader::Info info;
        if (!zip.info(&info)) {
            *error = fail(tr("the zip file is damaged"));
            return false;
        }
        if (++entries > m_limits.maxEntries) {
            *error = fail(tr("it holds more than %1 files").arg(m_limits.maxEntries));
            return false;
        }
        if (!EntryNames::isSafe(info.name)) {
            *error = fail(tr("it contains an unsafe file name “%1” (absolute or leading outside the package)")
                              .arg(info.name));
            return false;
        }
        if (info.name.endsWith(QLatin1Char('/')))
            continue;
        const qint64 size = info.size;
        const qint64 packed = qMax<qint64>(1, info.packed);
        m_total += size;
        if (size > m_limits.maxEntryBytes || m_total > m_limits.maxTotalBytes ||
            (size > m_limits.ratioFloor && double(size) / double(packed) > m_limits.maxRatio)) {
            *error = fail(tr("“%1” would unpack to %2 MB from %3 KB, beyond the safety limits (zip bomb?)")
                              .arg(info.name)
                              .arg(size >> 20)
                              .arg(packed >> 10));
            return false;
        }
        if (m_sizes.contains(info.name)) {
            *error = fail(tr("it contains “%1” twice").arg(info.name));
            return false;
        }
        m_sizes.insert(info.name, size);
        if (info.name == QLatin1String(PackageManifest::fileName)) {
            hasManifest = true;
            if (size > m_limits.maxManifestBytes) {
                *error = fail(tr("its manifest.json is too large"));
                return false;
            }
            QIODevice* file = zip.openEntry();
            if (file)
                manifestJson = file->read(m_limits.maxManifestBytes + 1);
            if (!file || !zip.closeEntry() || manifestJson.size() != size) {
                *error = fail(tr("its manifest.json is damaged"));
                return false;
            }
        }
    }
    if (zip.failed()) {
        *error = fail(tr("the zip file is damaged"));
        return false;
    }
    if (!hasManifest) {
        *error = fail(tr("it has no manifest.json, so it is not a report package"));
        return false;
    }
    QString reason;
    if (!PackageManifest::fromJson(manifestJson, &m_manifest, &reason)) {
        *error = fail(reason);
        return false;
    }
    QSet<QString> listed;
    for (const PackageFileEntry& f : std::as_const(m_manifest.files)) {
        listed.insert(f.path);
        if (!m_sizes.contains(f.path)) {
            *error = fail(tr("“%1” is listed in the manifest but missing").arg(f.path));
            return false;
        }
        if (m_sizes.value(f.path) != f.size) {
            *error = fail(tr("“%1” does not have the size the manifest gives").arg(f.path));
            return false;
        }
    }
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it) {
        if (it.key() != QLatin1String(PackageManifest::fileName) && !listed.contains(it.key())) {
            *error = fail(tr("“%1” is not listed in the manifest").arg(it.key()));
            return false;
        }
    }
    return true;
}

bool PackageReader::verify(MediaStore* store, QStringList* created, QString* error, ExportProgress* progress)
{
    QSet<QString> evidence;
    for (const SubordinateActivity& a : std::as_const(m_manifest.activities))
        for (const SubordinateEvidence& e : a.evidence)
            evidence.insert(e.sha256);
    QFile input(m_path);
    ZipArchiveReader zip(&input);
    if (!input.open(QIODevice::ReadOnly) || !zip.open()) {
        *error = fail(tr("the zip file is damaged"));
        return false;
    }
    qint64 done = 0;
    for (const PackageFileEntry& f : std::as_const(m_manifest.files)) {
        if (!zip.find(f.path)) {
            *error = fail(tr("“%1” cannot be found").arg(f.path));
            return false;
        }
        QIODevice* file = zip.openEntry();
        if (!file) {
            *error = fail(tr("“%1” cannot be read").arg(f.path));
            return false;
        }
        const qint64 before = done;
        auto step = [&](qint64 bytes) {
            done = before + bytes;
            return exportStep(progress, done, m_total);
        };
        QString reason;
        bool ok = false;
        qint64 bytes = 0;
        if (store && evidence.contains(f.sha256) && !store->contains(f.sha256)) {
            MediaStore::Added added;
            ok = store->add(file, &added, &reason, f.sha256, f.size, step);
            if (ok && added.created)
                created->append(added.sha256);
            bytes = added.size;
        } else {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            const StreamCopy::Result r = StreamCopy::copy(file, nullptr, &hash, f.size, step);
            ok = r.ok && QString::fromLatin1(hash.result().toHex()) == f.sha256;
            reason = r.ok ? tr("The content does not match its checksum.") : r.error;
            bytes = r.bytes;
        }
        // The entry device already compares what it inflated with the zip header; this holds the
        // manifest to the same count.
        if (ok && bytes != f.size) {
            ok = false;
            reason = tr("it holds %1 bytes, not the %2 the manifest gives").arg(bytes).arg(f.size);
        }
        if (!zip.closeEntry() && ok) {
            ok = false;
            reason = tr("the zip data is damaged (CRC error)");
        }
        if (!ok) {
            *error = fail(tr("“%1”: %2").arg(f.path, reason));
            return false;
        }
    }
    return true;
}
