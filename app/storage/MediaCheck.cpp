#include "MediaCheck.h"

#include "MediaFolder.h"
#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace {
// Streams the file through SHA-256 (QCryptographicHash::addData(QIODevice*) reads in chunks).
QString hashOf(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

namespace MediaCheck {

bool run(const QSqlDatabase& db, const QString& campaignFilePath, MediaCheckResult* out, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sha256 FROM attachment UNION SELECT sha256 FROM sub_evidence"))) {
        *error = SqlUtil::describe(q.lastError());
        return false;
    }
    QSet<QString> named;
    while (q.next())
        named.insert(q.value(0).toString());
    const QString root = MediaFolder::rootFor(campaignFilePath);
    *out = {};
    out->referenced = int(named.size());
    QStringList sorted(named.cbegin(), named.cend());
    sorted.sort();
    for (const QString& sha : std::as_const(sorted)) {
        const QString path = root + QLatin1Char('/') + MediaFolder::relativePath(sha);
        if (!QFileInfo::exists(path))
            out->missing << sha;
        else if (hashOf(path) != sha)
            out->damaged << sha;
    }
    for (const QString& name : MediaFolder::contents(root)) {
        if (named.contains(name))
            continue;
        ++out->unreferenced;
        out->unreferencedBytes += QFileInfo(root + QLatin1Char('/') + MediaFolder::relativePath(name)).size();
    }
    return true;
}

} // namespace MediaCheck
