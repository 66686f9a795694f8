#include "ZipEntryReader.h"

#include <algorithm>
#include <unzip.h>

namespace {
constexpr int kInputChunk = 64 << 10;
} // namespace

ZipEntryReader::ZipEntryReader(void* zip, const Header& header)
    : m_zip(zip), m_header(header), m_crc(quint32(crc32(0, nullptr, 0)))
{
    QIODevice::open(QIODevice::ReadOnly);
    if (m_header.encrypted)
        fail(tr("it is encrypted"));
    else if (m_header.method == Z_DEFLATED) {
        m_inflating = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK;
        if (!m_inflating)
            fail(tr("the zip data cannot be unpacked"));
        m_input.resize(kInputChunk);
    } else if (m_header.method != 0) {
        fail(tr("it uses a compression method other than deflate (%1)").arg(m_header.method));
    }
}

ZipEntryReader::~ZipEntryReader()
{
    if (m_inflating)
        inflateEnd(&m_stream);
}

qint64 ZipEntryReader::fail(const QString& reason)
{
    m_failed = true;
    setErrorString(reason);
    return -1;
}

qint64 ZipEntryReader::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_complete || maxSize <= 0)
        return 0;
    return m_header.method == Z_DEFLATED ? readDeflated(data, maxSize) : readStored(data, maxSize);
}

qint64 ZipEntryReader::readStored(char* data, qint64 maxSize)
{
    // One byte beyond the declared size is enough to know the header lies.
    const qint64 want = qMin<qint64>(maxSize, m_header.size - m_produced + 1);
    const int n = unzReadCurrentFile(m_zip, data, unsigned(qMin<qint64>(want, 1 << 30)));
    if (n < 0)
        return fail(tr("the zip data cannot be read (error %1)").arg(n));
    return accept(data, n, n == 0);
}

qint64 ZipEntryReader::readDeflated(char* data, qint64 maxSize)
{
    m_stream.next_out = reinterpret_cast<Bytef*>(data);
    m_stream.avail_out = uInt(std::min<qint64>({maxSize, m_header.size - m_produced + 1, qint64(1) << 30}));
    const uInt wanted = m_stream.avail_out;
    for (;;) {
        if (m_stream.avail_in == 0) {
            const int n = unzReadCurrentFile(m_zip, m_input.data(), unsigned(m_input.size()));
            if (n < 0)
                return fail(tr("the zip data cannot be read (error %1)").arg(n));
            if (n == 0) // the compressed data ended before the deflate stream did
                return fail(tr("the zip data is damaged (the compressed data ends early)"));
            m_stream.next_in = reinterpret_cast<Bytef*>(m_input.data());
            m_stream.avail_in = uInt(n);
        }
        const int rc = inflate(&m_stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
            return fail(tr("the zip data is damaged (%1)")
                            .arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "inflate")));
        if (rc == Z_STREAM_END || m_stream.avail_out == 0)
            return accept(data, qint64(wanted - m_stream.avail_out), rc == Z_STREAM_END);
        if (m_stream.avail_in > 0) // inflate stopped with room and input left: no progress possible
            return fail(tr("the zip data is damaged"));
    }
}

qint64 ZipEntryReader::accept(const char* data, qint64 n, bool end)
{
    m_produced += n;
    if (m_produced > m_header.size)
        return fail(tr("it unpacks to more than the %1 bytes its zip header declares (damaged or forged)")
                        .arg(m_header.size));
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef*>(data), uInt(n)));
    if (!end)
        return n;
    if (m_produced < m_header.size)
        return fail(tr("it ends after %1 of the %2 bytes its zip header declares (damaged or forged)")
                        .arg(m_produced)
                        .arg(m_header.size));
    if (m_crc != m_header.crc)
        return fail(tr("its CRC-32 does not match the zip header (damaged or altered)"));
    m_complete = true;
    return n;
}
