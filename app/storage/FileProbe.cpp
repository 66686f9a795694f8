#include "FileProbe.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace FileProbe {

Verdict inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Verdict::Missing;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Verdict::Unreadable;
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return Verdict::Empty;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Verdict::NotSqlite;
    const auto* h = reinterpret_cast<const uchar*>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Verdict::NotSqlite;
    // The in-header page count is only trustworthy when its "valid-for" counter matches the change counter.
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (pageCount > 0 && validFor == changeCounter && info.size() < pageSize * qint64(pageCount))
        return Verdict::Truncated;
    if (info.size() % pageSize != 0)
        return Verdict::Truncated;
    return Verdict::Ok;
}

} // namespace FileProbe
