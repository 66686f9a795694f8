#pragma once

#include <QIODevice>
#include <QString>

// Reads a zip from a device the caller owns: walk the entries with first()/next() and info(), or
// find() one by name; openEntry() gives a device that inflates it and fails a read when the data
// disagrees with the header (size, CRC), and closeEntry() reports whether it did. Entry names are
// taken as UTF-8.
class ZipArchiveReader
{
public:
    struct Info
    {
        QString name;
        qint64 size = 0;   // uncompressed, as the central directory claims
        qint64 packed = 0; // compressed
    };

    explicit ZipArchiveReader(QIODevice* input);
    ~ZipArchiveReader();
    ZipArchiveReader(const ZipArchiveReader&) = delete;
    ZipArchiveReader& operator=(const ZipArchiveReader&) = delete;

    [[nodiscard]] bool open(); // false: no central directory (not a zip, or truncated)
    [[nodiscard]] bool first();
    [[nodiscard]] bool next(); // false at the end or on damage (then failed() is true)
    bool failed() const { return m_failed; }
    [[nodiscard]] bool info(Info* out);
    [[nodiscard]] bool find(const QString& name);
    QIODevice* openEntry();
    [[nodiscard]] bool closeEntry(); // false when a read failed (damaged data, wrong size or CRC)

private:
    QIODevice* m_input;
    void* m_zip = nullptr;
    QIODevice* m_entry = nullptr;
    bool m_failed = false;
};
