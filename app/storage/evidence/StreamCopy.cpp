#include "StreamCopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>

#include <vector>

namespace StreamCopy {

Result copy(QIODevice* from, QIODevice* to, QCryptographicHash* hash, qint64 limit,
            const std::function<bool(qint64)>& onChunk)
{
    constexpr qint64 chunk = 1 << 20;
    std::vector<char> buffer(chunk);
    Result r;
    for (;;) {
        const qint64 n = from->read(buffer.data(), chunk);
        if (n < 0) {
            r.error = from->errorString();
            return r;
        }
        if (n == 0)
            break;
        r.bytes += n;
        if (limit >= 0 && r.bytes > limit) {
            r.tooLong = true;
            r.error = QCoreApplication::translate("StreamCopy", "The data is longer than it claims to be.");
            return r;
        }
        if (hash)
            hash->addData(QByteArrayView(buffer.data(), n));
        if (to && to->write(buffer.data(), n) != n) {
            r.error = to->errorString();
            return r;
        }
        if (onChunk && !onChunk(r.bytes)) {
            r.cancelled = true;
            r.error = QCoreApplication::translate("StreamCopy", "Cancelled.");
            return r;
        }
    }
    r.ok = true;
    return r;
}

} // namespace StreamCopy
