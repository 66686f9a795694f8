#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <zlib.h>

// Mutated zips rarely get past the CRC check, so the XML parsers behind it would hardly be fuzzed.
// Inputs that are not zips are taken as XML instead and wrapped here in a stored (uncompressed) zip
// with the other parts a reader expects; fuzzParts() splits such an input at the byte 0x1E.
inline QList<QByteArray> fuzzParts(const QByteArray& input)
{
    return input.split('\x1e');
}

inline QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>>& entries)
{
    const auto u16 = [](QByteArray& out, quint16 v) { out.append(char(v & 0xff)).append(char(v >> 8)); };
    const auto u32 = [&](QByteArray& out, quint32 v) {
        u16(out, quint16(v & 0xffff));
        u16(out, quint16(v >> 16));
    };
    QByteArray zip, central;
    for (const auto& [name, data] : entries) {
        const quint32 crc =
            quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(zip.size());
        for (QByteArray* header : {&zip, &central}) {
            const bool local = header == &zip;
            u32(*header, local ? 0x04034b50 : 0x02014b50);
            if (!local)
                u16(*header, 20);
            u16(*header, 20);
            u16(*header, 0x0800); // UTF-8 names
            u16(*header, 0);      // stored
            u32(*header, 0);      // time, date
            u32(*header, crc);
            u32(*header, quint32(data.size()));
            u32(*header, quint32(data.size()));
            u16(*header, quint16(name.size()));
            u16(*header, 0);
            if (!local) {
                u16(*header, 0);
                u16(*header, 0);
                u16(*header, 0);
                u32(*header, 0);
                u32(*header, offset);
            }
            header->append(name);
        }
        zip.append(data);
    }
    const quint32 start = quint32(zip.size());
    zip.append(central);
    u32(zip, 0x06054b50);
    u32(zip, 0);
    u16(zip, quint16(entries.size()));
    u16(zip, quint16(entries.size()));
    u32(zip, quint32(central.size()));
    u32(zip, start);
    u16(zip, 0);
    return zip;
}

inline bool isZip(const QByteArray& bytes)
{
    return bytes.startsWith("PK");
}
