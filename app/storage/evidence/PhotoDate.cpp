#include "PhotoDate.h"

#include <QFile>

namespace {

// Bounds-checked reads inside the TIFF block of an APP1 segment, in its byte order.
class Tiff
{
public:
    explicit Tiff(QByteArray data) : m_data(std::move(data)) { m_little = m_data.startsWith("II"); }
    bool valid() const { return m_data.size() >= 8 && (m_data.startsWith("II") || m_data.startsWith("MM")); }
    bool u16(qint64 at, quint32* v) const { return read(at, 2, v); }
    bool u32(qint64 at, quint32* v) const { return read(at, 4, v); }
    QByteArray bytes(qint64 at, qint64 n) const
    {
        return at >= 0 && n >= 0 && at + n <= m_data.size() ? m_data.mid(at, n) : QByteArray();
    }

    // The value offset of `tag` in the IFD at `ifd`, or 0; count receives the value count.
    quint32 find(quint32 ifd, quint32 tag, quint32* count) const
    {
        quint32 entries = 0;
        if (!u16(ifd, &entries))
            return 0;
        for (quint32 i = 0; i < entries && i < 512; ++i) {
            const qint64 e = qint64(ifd) + 2 + 12 * qint64(i);
            quint32 t = 0, n = 0, value = 0;
            if (!u16(e, &t) || !u32(e + 4, &n) || !u32(e + 8, &value))
                return 0;
            if (t == tag) {
                *count = n;
                return value;
            }
        }
        return 0;
    }

private:
    bool read(qint64 at, int n, quint32* v) const
    {
        if (at < 0 || at + n > m_data.size())
            return false;
        quint32 r = 0;
        for (int i = 0; i < n; ++i) {
            const quint32 b = quint8(m_data[at + (m_little ? n - 1 - i : i)]);
            r = (r << 8) | b;
        }
        *v = r;
        return true;
    }

    QByteArray m_data;
    bool m_little = false;
};

QDateTime parseStamp(const QByteArray& text)
{
    // "YYYY:MM:DD HH:MM:SS": local time of the camera, no zone.
    QDateTime dt =
        QDateTime::fromString(QString::fromLatin1(text.left(19)), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    return dt.isValid() ? dt : QDateTime();
}

QDateTime fromTiff(const Tiff& tiff)
{
    quint32 ifd0 = 0, count = 0;
    if (!tiff.valid() || !tiff.u32(4, &ifd0))
        return {};
    if (const quint32 exif = tiff.find(ifd0, 0x8769, &count)) {
        if (const quint32 at = tiff.find(exif, 0x9003, &count); at && count >= 19) {
            const QDateTime dt = parseStamp(tiff.bytes(at, 19));
            if (dt.isValid())
                return dt;
        }
    }
    if (const quint32 at = tiff.find(ifd0, 0x0132, &count); at && count >= 19)
        return parseStamp(tiff.bytes(at, 19));
    return {};
}

} // namespace

namespace PhotoDate {

QDateTime fromJpeg(const QByteArray& head)
{
    if (head.size() < 4 || quint8(head[0]) != 0xFF || quint8(head[1]) != 0xD8)
        return {};
    qint64 pos = 2;
    while (pos + 4 <= head.size()) {
        if (quint8(head[pos]) != 0xFF)
            return {};
        const quint8 marker = quint8(head[pos + 1]);
        const qint64 length = (qint64(quint8(head[pos + 2])) << 8) | quint8(head[pos + 3]);
        if (marker == 0xDA || marker == 0xD9 || length < 2) // image data starts: no EXIF came before it
            return {};
        if (marker == 0xE1 && head.mid(pos + 4, 6) == QByteArray("Exif\0\0", 6))
            return fromTiff(Tiff(head.mid(pos + 10, length - 8)));
        pos += 2 + length;
    }
    return {};
}

QDateTime fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJpeg(file.read(128 * 1024));
}

} // namespace PhotoDate
