#pragma once

#include <QString>

#include <functional>

class QCryptographicHash;
class QIODevice;

// Copies a device to another in 1 MiB chunks, hashing on the way, so gigabytes of video never sit in
// memory. Used by the media store, the package writer and the package reader alike.
namespace StreamCopy {
struct Result
{
    bool ok = false;
    qint64 bytes = 0;
    bool tooLong = false;   // more than `limit` bytes arrived (a lying zip entry, a bomb)
    bool cancelled = false; // `onChunk` returned false
    QString error;
};
// `to` may be null (hash only). limit < 0 = no limit. onChunk gets the bytes copied so far.
Result copy(QIODevice* from, QIODevice* to, QCryptographicHash* hash, qint64 limit = -1,
            const std::function<bool(qint64)>& onChunk = {});
} // namespace StreamCopy
