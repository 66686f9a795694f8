#pragma once

#include <QIODevice>
#include <QString>

// Writes a zip (UTF-8 names) into a seekable device the caller owns, entry by entry: begin() an
// entry, write to entry() in as many pieces as needed (they are gathered into large chunks before
// minizip deflates them, so many small writes cost little), end() it; close() writes the central
// directory. Zip64 lifts the 4 GB limit; Office documents go without it, as Office writes them.
class ZipArchiveWriter
{
public:
    explicit ZipArchiveWriter(QIODevice* output, bool zip64 = true);
    ~ZipArchiveWriter();
    ZipArchiveWriter(const ZipArchiveWriter&) = delete;
    ZipArchiveWriter& operator=(const ZipArchiveWriter&) = delete;

    [[nodiscard]] bool open();
    // compress false stores the bytes (photos and videos are compressed already).
    [[nodiscard]] bool begin(const QString& name, bool compress);
    QIODevice* entry() { return m_entry; } // valid between begin() and end()
    [[nodiscard]] bool end();
    [[nodiscard]] bool close();
    QString errorString() const { return m_error; }

private:
    QIODevice* m_output;
    bool m_zip64;
    void* m_zip = nullptr;
    QIODevice* m_entry = nullptr;
    QString m_error;
};
