#include "MediaFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <filesystem>

namespace {
// A plain chunked copy to `<target>.partial`, renamed into place when complete.
bool copyFile(const QString& source, const QString& target, qint64* done, qint64 total,
              const MediaFolder::Progress& progress, QString* error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("MediaFolder", "%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(source), in.errorString());
        return false;
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("MediaFolder", "%1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(partial), out.errorString());
        return false;
    }
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0 || (n > 0 && out.write(chunk.constData(), n) != n)) {
            *error = n < 0 ? in.errorString() : out.errorString();
            out.remove();
            return false;
        }
        if (n == 0)
            break;
        *done += n;
        if (progress && !progress(*done, total)) {
            out.remove();
            *error = QCoreApplication::translate("MediaFolder", "Cancelled.");
            return false;
        }
    }
    out.close();
    if (out.error() != QFileDevice::NoError) {
        *error = out.errorString();
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("MediaFolder", "%1 cannot be written.")
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}
} // namespace

namespace MediaFolder {

QString rootFor(const QString& campaignFilePath)
{
    return QFileInfo(campaignFilePath).absoluteFilePath() + QStringLiteral("-media");
}

QString relativePath(const QString& sha256)
{
    return sha256.left(2) + QLatin1Char('/') + sha256;
}

bool isContentName(const QString& name)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(name).hasMatch();
}

QStringList contents(const QString& root)
{
    QStringList names;
    QDirIterator buckets(root, QDir::Dirs | QDir::NoDotAndDotDot);
    while (buckets.hasNext()) {
        const QString bucket = buckets.next();
        const QString prefix = QFileInfo(bucket).fileName();
        if (prefix.size() != 2)
            continue;
        for (const QString& name : QDir(bucket).entryList(QDir::Files))
            if (isContentName(name) && name.startsWith(prefix))
                names << name;
    }
    names.sort();
    return names;
}

void remove(const Added& added)
{
    for (const QString& path : added.files)
        QFile::remove(path);
    for (auto it = added.folders.crbegin(); it != added.folders.crend(); ++it)
        QDir().rmdir(*it); // only when empty: content of someone else's stays
}

namespace {
// mkpath that remembers which folders it made, outermost first.
bool makeFolder(const QString& path, QStringList* made)
{
    QStringList missing;
    for (QString p = QDir::cleanPath(path); !QFileInfo::exists(p); p = QFileInfo(p).absolutePath()) {
        missing.prepend(p);
        if (QFileInfo(p).absolutePath() == p)
            break;
    }
    for (const QString& p : std::as_const(missing)) {
        if (!QDir().mkdir(p))
            return false;
        made->append(p);
    }
    return true;
}
} // namespace

bool copy(const QString& fromRoot, const QString& toRoot, const QStringList& names, Mode mode,
          const Progress& progress, QString* error, int* skipped, Added* added)
{
    qint64 total = 0;
    for (const QString& name : names)
        total += QFileInfo(fromRoot + QLatin1Char('/') + relativePath(name)).size();
    qint64 done = 0;
    Added made;
    QStringList& created = made.files;
    auto fail = [&] {
        remove(made);
        return false;
    };
    if (skipped)
        *skipped = 0;
    for (const QString& name : names) {
        const QString source = fromRoot + QLatin1Char('/') + relativePath(name);
        const QString target = toRoot + QLatin1Char('/') + relativePath(name);
        const qint64 size = QFileInfo(source).size();
        if (!isContentName(name) || !QFileInfo::exists(source)) {
            *error = QCoreApplication::translate("MediaFolder", "The evidence file %1 is missing from %2.")
                         .arg(name, QDir::toNativeSeparators(fromRoot));
            return fail();
        }
        if (QFileInfo::exists(target)) { // content-addressed: same name, same bytes
            done += size;
            continue;
        }
        if (!makeFolder(QFileInfo(target).absolutePath(), &made.folders)) {
            *error = QCoreApplication::translate("MediaFolder", "The folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(toRoot));
            return fail();
        }
        std::error_code ec;
        std::filesystem::create_hard_link(QFile::encodeName(source).toStdString(),
                                          QFile::encodeName(target).toStdString(), ec);
        if (!ec) {
            created << target;
            done += size;
        } else if (mode == Mode::LinkOnly) {
            if (skipped)
                ++*skipped;
            done += size;
        } else {
            if (!copyFile(source, target, &done, total, progress, error))
                return fail();
            created << target;
        }
        if (progress && !progress(done, total)) {
            *error = QCoreApplication::translate("MediaFolder", "Cancelled.");
            return fail();
        }
    }
    if (added)
        *added = made;
    return true;
}

} // namespace MediaFolder
