#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QHash>
#include <QString>

// A zip (.xlsx, .docx, .ods, .odt) held in memory and read through the system minizip — the one
// libxlsxwriter links; QuaZip's bundled copy clashes with it. open() checks the central directory
// against FormatLimits (entry count, declared sizes, ratio, encryption flags) before anything is
// inflated; entry() inflates one entry and counts the real bytes, refusing one that disagrees with
// its header. app/package has a streaming reader, but linking it would pull the report writers in.
class ZipContainer
{
public:
    ZipContainer();
    ~ZipContainer();
    ZipContainer(const ZipContainer&) = delete;
    ZipContainer& operator=(const ZipContainer&) = delete;

    bool open(const QByteArray& data, QString* error);
    bool contains(const QString& name) const { return m_entries.contains(name); }
    QStringList names() const { return m_entries.keys(); }
    // The whole entry; false with a translated reason when it is missing, damaged or too large.
    bool entry(const QString& name, QByteArray* out, QString* error);

private:
    struct Entry
    {
        qint64 position = 0; // minizip's offset of the entry, for unzGoToFilePos64
        qint64 number = 0;
        qint64 size = 0;
    };
    QByteArray m_data;
    QBuffer m_buffer;
    void* m_zip = nullptr;
    QHash<QString, Entry> m_entries;
    qint64 m_inflated = 0; // by entry(), all calls together: a part read again and again counts each time
};
