#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;

// Writes a zip to a device in one pass, without seeking (so into a QSaveFile): whole entries stored
// or deflated, or a deflated entry written in pieces and compressed as they come, its CRC and sizes
// in a data descriptor after the data. Nothing of a streamed entry is held beyond one 64 KiB buffer.
// Our own because QuaZip's minizip symbols clash with libxlsxwriter's bundled copy when both are
// linked into one program. No zip64: an entry or the whole zip stays under 4 GiB.
class ZipStreamWriter
{
public:
    explicit ZipStreamWriter(QIODevice* output);
    ~ZipStreamWriter();
    ZipStreamWriter(const ZipStreamWriter&) = delete;
    ZipStreamWriter& operator=(const ZipStreamWriter&) = delete;

    // A whole entry; `compress` false stores it (an OpenDocument's "mimetype", pictures).
    bool add(const QByteArray& name, const QByteArray& data, bool compress);
    // A deflated entry written through entry() until end().
    bool begin(const QByteArray& name);
    QIODevice* entry();
    bool end();
    // Writes the central directory; the device stays open.
    bool finish();
    QString errorString() const { return m_error; }

private:
    struct Record
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressed = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 method = 0;
        quint16 flags = 0;
    };
    class Deflater;

    bool put(const QByteArray& bytes);
    QByteArray header(const Record& r, bool central) const;

    QIODevice* m_output;
    qint64 m_position = 0;
    QList<Record> m_records;
    std::unique_ptr<Deflater> m_entry;
    QString m_error;
};
