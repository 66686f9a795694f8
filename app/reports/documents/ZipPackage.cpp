#include "ZipPackage.h"

#include <QtEndian>

#include <zlib.h>

namespace ZipPackage {

namespace {

quint16 u16(const QByteArray& b, qsizetype at)
{
    return at >= 0 && at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.constData() + at) : 0;
}
quint32 u32(const QByteArray& b, qsizetype at)
{
    return at >= 0 && at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.constData() + at) : 0;
}
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

bool inflateRaw(const char* data, qsizetype size, quint32 expected, QByteArray* out)
{
    out->resize(expected);
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
        return false;
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    s.avail_in = uInt(size);
    s.next_out = reinterpret_cast<Bytef*>(out->data());
    s.avail_out = uInt(expected);
    const int result = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    return result == Z_STREAM_END && s.total_out == expected;
}

QByteArray deflateRaw(const QByteArray& data)
{
    z_stream s{};
    if (deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = uInt(out.size());
    const int result = deflate(&s, Z_FINISH);
    deflateEnd(&s);
    if (result != Z_STREAM_END)
        return {};
    out.resize(qsizetype(s.total_out));
    return out;
}

} // namespace

bool read(const QByteArray& zip, QList<Entry>* entries)
{
    qsizetype eocd = zip.size() - 22;
    while (eocd >= 0 && u32(zip, eocd) != 0x06054b50)
        --eocd;
    if (eocd < 0)
        return false;
    const int count = u16(zip, eocd + 10);
    qsizetype at = u32(zip, eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (u32(zip, at) != 0x02014b50)
            return false;
        const quint16 method = u16(zip, at + 10);
        const quint32 csize = u32(zip, at + 20), usize = u32(zip, at + 24);
        const quint16 nlen = u16(zip, at + 28), xlen = u16(zip, at + 30), clen = u16(zip, at + 32);
        const qsizetype local = u32(zip, at + 42);
        Entry e{zip.mid(at + 46, nlen), {}};
        at += 46 + nlen + xlen + clen;
        if (u32(zip, local) != 0x04034b50)
            return false;
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + qsizetype(csize) > zip.size())
            return false;
        if (method == 0)
            e.data = zip.mid(data, csize);
        else if (method != Z_DEFLATED || !inflateRaw(zip.constData() + data, csize, usize, &e.data))
            return false;
        entries->append(e);
    }
    return true;
}

QByteArray write(const QList<Entry>& entries)
{
    QList<Entry> ordered;
    for (const Entry& e : entries)
        (e.name == "mimetype" ? ordered.prepend(e) : ordered.append(e));
    QByteArray out, directory;
    for (const Entry& e : ordered) {
        const bool stored = e.name == "mimetype";
        const QByteArray body = stored ? e.data : deflateRaw(e.data);
        const quint32 crc =
            quint32(crc32(0, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        const quint32 offset = quint32(out.size());
        const auto header = [&](QByteArray& b, bool central) {
            put32(b, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(b, 20); // made by
            put16(b, 20);     // needed to extract
            put16(b, 0x0800); // UTF-8 names
            put16(b, stored ? 0 : Z_DEFLATED);
            put16(b, 0);    // time
            put16(b, 0x21); // date: 1980-01-01
            put32(b, crc);
            put32(b, quint32(body.size()));
            put32(b, quint32(e.data.size()));
            put16(b, quint16(e.name.size()));
            put16(b, 0);
            if (central) {
                put16(b, 0); // comment
                put16(b, 0); // disk
                put16(b, 0); // internal attributes
                put32(b, 0); // external attributes
                put32(b, offset);
            }
            b.append(e.name);
        };
        header(out, false);
        out.append(body);
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(ordered.size()));
    put16(out, quint16(ordered.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace ZipPackage
