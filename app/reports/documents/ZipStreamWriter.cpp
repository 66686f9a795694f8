#include "ZipStreamWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

namespace {

void put16(QByteArray& b, quint16 v)
{
    char d[2];
    qToLittleEndian(v, d);
    b.append(d, 2);
}
void put32(QByteArray& b, quint32 v)
{
    char d[4];
    qToLittleEndian(v, d);
    b.append(d, 4);
}

constexpr quint16 kUtf8Names = 0x0800;
constexpr quint16 kDescriptor = 0x0008; // CRC and sizes follow the data

QString tr(const char* text)
{
    return QCoreApplication::translate("ZipStreamWriter", text);
}

} // namespace

// The open streamed entry: deflates what is written and passes full 64 KiB buffers to the writer.
class ZipStreamWriter::Deflater : public QIODevice
{
public:
    explicit Deflater(ZipStreamWriter* zip) : m_zip(zip)
    {
        m_ok = deflateInit2(&m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                            Z_DEFAULT_STRATEGY) == Z_OK;
        m_out.resize(kBuffer);
        QIODevice::open(QIODevice::WriteOnly);
    }
    ~Deflater() override { deflateEnd(&m_stream); }

    // Flushes the rest; false when deflate or the output failed.
    bool finish() { return m_ok && run(nullptr, 0, Z_FINISH); }
    quint32 crc() const { return m_crc; }
    quint32 inflated() const { return quint32(m_stream.total_in); }
    quint32 compressed() const { return quint32(m_stream.total_out); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (!m_ok)
            return -1;
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef*>(data), uInt(size)));
        return run(data, size, Z_NO_FLUSH) ? size : -1;
    }

private:
    static constexpr int kBuffer = 64 * 1024;

    bool run(const char* data, qint64 size, int flush)
    {
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
        m_stream.avail_in = uInt(size);
        for (;;) {
            m_stream.next_out = reinterpret_cast<Bytef*>(m_out.data());
            m_stream.avail_out = kBuffer;
            const int rc = deflate(&m_stream, flush);
            if (rc == Z_STREAM_ERROR) {
                m_ok = false;
                return false;
            }
            const qsizetype produced = kBuffer - qsizetype(m_stream.avail_out);
            if (produced > 0 && !m_zip->put(QByteArray::fromRawData(m_out.constData(), produced))) {
                m_ok = false;
                return false;
            }
            if (flush == Z_FINISH ? rc == Z_STREAM_END : m_stream.avail_in == 0 && m_stream.avail_out > 0)
                return true;
        }
    }

    ZipStreamWriter* m_zip;
    z_stream m_stream{};
    QByteArray m_out;
    quint32 m_crc = 0;
    bool m_ok = false;
};

ZipStreamWriter::ZipStreamWriter(QIODevice* output) : m_output(output) {}

ZipStreamWriter::~ZipStreamWriter() = default;

bool ZipStreamWriter::put(const QByteArray& bytes)
{
    if (m_output->write(bytes) != bytes.size()) {
        m_error = tr("The file could not be written: %1").arg(m_output->errorString());
        return false;
    }
    m_position += bytes.size();
    return true;
}

QByteArray ZipStreamWriter::header(const Record& r, bool central) const
{
    QByteArray b;
    put32(b, central ? 0x02014b50 : 0x04034b50);
    if (central)
        put16(b, 20); // made by
    put16(b, 20);     // needed to extract
    put16(b, r.flags);
    put16(b, r.method);
    put16(b, 0);    // time
    put16(b, 0x21); // date: 1980-01-01
    const bool later = !central && (r.flags & kDescriptor);
    put32(b, later ? 0 : r.crc);
    put32(b, later ? 0 : r.compressed);
    put32(b, later ? 0 : r.size);
    put16(b, quint16(r.name.size()));
    put16(b, 0); // extra
    if (central) {
        put16(b, 0);           // comment
        put16(b, 0);           // disk
        put16(b, 0);           // internal attributes
        put32(b, 0644u << 16); // rw-r--r-- for unzip on Unix
        put32(b, r.offset);
    }
    b.append(r.name);
    return b;
}

bool ZipStreamWriter::add(const QByteArray& name, const QByteArray& data, bool compress)
{
    if (compress) {
        if (!begin(name))
            return false;
        if (m_entry->write(data) != data.size()) {
            m_error = tr("The file could not be written: %1").arg(m_output->errorString());
            return false;
        }
        return end();
    }
    Record r;
    r.name = name;
    r.flags = kUtf8Names;
    r.crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    r.compressed = r.size = quint32(data.size());
    r.offset = quint32(m_position);
    if (!put(header(r, false)) || !put(data))
        return false;
    m_records.append(r);
    return true;
}

bool ZipStreamWriter::begin(const QByteArray& name)
{
    Record r;
    r.name = name;
    r.flags = kUtf8Names | kDescriptor;
    r.method = Z_DEFLATED;
    r.offset = quint32(m_position);
    if (!put(header(r, false)))
        return false;
    m_records.append(r);
    m_entry = std::make_unique<Deflater>(this);
    return true;
}

QIODevice* ZipStreamWriter::entry()
{
    return m_entry.get();
}

bool ZipStreamWriter::end()
{
    if (!m_entry || !m_entry->finish()) {
        if (m_error.isEmpty())
            m_error = tr("The file could not be compressed.");
        m_entry.reset();
        return false;
    }
    Record& r = m_records.last();
    r.crc = m_entry->crc();
    r.size = m_entry->inflated();
    r.compressed = m_entry->compressed();
    m_entry.reset();
    QByteArray descriptor;
    put32(descriptor, 0x08074b50);
    put32(descriptor, r.crc);
    put32(descriptor, r.compressed);
    put32(descriptor, r.size);
    return put(descriptor);
}

bool ZipStreamWriter::finish()
{
    const quint32 start = quint32(m_position);
    QByteArray directory;
    for (const Record& r : std::as_const(m_records))
        directory += header(r, true);
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_records.size()));
    put16(end, quint16(m_records.size()));
    put32(end, quint32(directory.size()));
    put32(end, start);
    put16(end, 0);
    return put(directory) && put(end);
}
