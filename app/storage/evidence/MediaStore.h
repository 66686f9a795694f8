#pragma once

#include <QString>

#include <functional>

class QIODevice;

// The content-addressed folder of evidence files that travels with a campaign file
// (`<file>-media/ab/<sha256>`). Content is written to a temporary name while it is hashed and renamed
// into place only when complete, so identical content is stored once and a half-copied file never
// appears under a hash. Nothing here touches the database.
class MediaStore
{
public:
    explicit MediaStore(const QString& campaignFilePath);
    static QString rootFor(const QString& campaignFilePath);

    QString root() const { return m_root; }
    QString pathFor(const QString& sha256) const;
    bool contains(const QString& sha256) const;

    struct Added
    {
        QString sha256;
        qint64 size = 0;
        bool created = false; // false when the content was already stored
    };
    // Streams `source` into the store. With `expectedSha256`, other content is refused and not kept;
    // with maxBytes >= 0, a longer stream is refused. onChunk gets bytes so far; false cancels.
    bool add(QIODevice* source, Added* out, QString* error, const QString& expectedSha256 = {},
             qint64 maxBytes = -1, const std::function<bool(qint64)>& onChunk = {});
    [[nodiscard]] bool addFile(const QString& path, Added* out, QString* error);
    // Removes one stored file; used to undo what a failed operation created, never for shared content.
    [[nodiscard]] bool remove(const QString& sha256, QString* error);

    static bool isSha256(const QString& text);

private:
    QString m_root;
};
