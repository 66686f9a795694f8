#pragma once

#include <QIODevice>
#include <QString>

// Writes a zip (zip64, UTF-8 names) into a device the caller owns, entry by entry: begin() an entry,
// write to device() in as many chunks as needed, end() it; close() writes the central directory.
class ZipArchiveWriter
{
public:
    explicit ZipArchiveWriter(QIODevice* output);
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
    void* m_zip = nullptr;
    QIODevice* m_entry = nullptr;
    QString m_error;
};
