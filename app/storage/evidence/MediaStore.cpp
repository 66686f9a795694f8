#include "MediaStore.h"

#include "MediaFolder.h"
#include "StreamCopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUuid>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MediaStore", text);
}
} // namespace

MediaStore::MediaStore(const QString& campaignFilePath) : m_root(rootFor(campaignFilePath)) {}

QString MediaStore::rootFor(const QString& campaignFilePath)
{
    return MediaFolder::rootFor(campaignFilePath);
}

QString MediaStore::pathFor(const QString& sha256) const
{
    return m_root + QLatin1Char('/') + MediaFolder::relativePath(sha256);
}

bool MediaStore::contains(const QString& sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathFor(sha256));
}

bool MediaStore::isSha256(const QString& text)
{
    return MediaFolder::isContentName(text);
}

bool MediaStore::add(QIODevice* source, Added* out, QString* error, const QString& expectedSha256,
                     qint64 maxBytes, const std::function<bool(qint64)>& onChunk)
{
    const QString tmpDir = m_root + QStringLiteral("/tmp");
    if (!QDir().mkpath(tmpDir)) {
        *error = tr("The media folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    const QString tmpPath = tmpDir + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The temporary folder goes again once empty, so a refused import leaves the store as it was.
    const auto tidy = qScopeGuard([&] { QDir(m_root).rmdir(QStringLiteral("tmp")); });
    QFile tmp(tmpPath);
    if (!tmp.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(tmpPath), tmp.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const StreamCopy::Result r = StreamCopy::copy(source, &tmp, &hash, maxBytes, onChunk);
    tmp.close();
    const QString sha = QString::fromLatin1(hash.result().toHex());
    auto fail = [&](const QString& reason) {
        QFile::remove(tmpPath);
        *error = reason;
        return false;
    };
    if (!r.ok)
        return fail(r.error);
    if (tmp.error() != QFileDevice::NoError)
        return fail(tmp.errorString());
    if (!expectedSha256.isEmpty() && sha != expectedSha256)
        return fail(tr("The content does not match its checksum."));
    out->sha256 = sha;
    out->size = r.bytes;
    out->created = false;
    const QString target = pathFor(sha);
    if (QFileInfo::exists(target))
        return QFile::remove(tmpPath) || true;
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::rename(tmpPath, target)) {
        if (QFileInfo::exists(target)) // stored meanwhile by someone else: same bytes
            return QFile::remove(tmpPath) || true;
        return fail(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    }
    out->created = true;
    return true;
}

bool MediaStore::addFile(const QString& path, Added* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return add(&file, out, error);
}

bool MediaStore::remove(const QString& sha256, QString* error)
{
    QFile file(pathFor(sha256));
    if (isSha256(sha256) && file.remove())
        return true;
    *error = tr("%1 cannot be removed: %2")
                 .arg(QDir::toNativeSeparators(file.fileName()),
                      isSha256(sha256) ? file.errorString() : tr("not a content name"));
    return false;
}
