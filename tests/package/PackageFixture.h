#pragma once

#include "ActivityRepository.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "EvidenceFiles.h"
#include "MediaStore.h"
#include "PackageSource.h"
#include "PackageWriter.h"
#include "ProfileRepository.h"

#include "ZipArchiveReader.h"
#include "ZipArchiveWriter.h"
#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <optional>

// Campaign files with evidence, packages made from them, and hand-made zips for the hostile cases.
namespace PackageFixture {

inline QByteArray jpeg(QColor colour)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

inline QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Every file under a folder with its digest: "unchanged" means this map is equal.
inline QMap<QString, QByteArray> tree(const QString& root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(p, digest(p));
    }
    return out;
}

// A unit's campaign file with `activities` generated activities, named `unit`.
inline std::unique_ptr<Database> createUnit(const QString& path, const QString& unit, int activities)
{
    QString error;
    std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
    if (!db)
        qFatal("cannot create: %s", qPrintable(error));
    if (activities > 0 && !DemoGenerator::populate(*db, activities, 7, &error))
        qFatal("cannot populate: %s", qPrintable(error));
    ProfileRepository profile(*db);
    UnitProfile p;
    p.name = unit;
    p.region = QStringLiteral("某市");
    if (!profile.save(p, &error))
        qFatal("cannot save profile: %s", qPrintable(error));
    return db;
}

inline QList<Activity> activities(const Database& db)
{
    QString error;
    QList<Activity> all;
    if (!ActivityRepository(db).loadAll(0, &all, &error))
        qFatal("%s", qPrintable(error));
    return all;
}

inline bool exportPackage(const Database& db, const QString& out, QString* error)
{
    PackageInput input;
    if (!PackageSource::loadYear(db, 0, QDate(2021, 9, 20), &input, error))
        return false;
    return PackageWriter::write(input, out, error);
}

using Entries = QList<QPair<QString, QByteArray>>;

inline Entries readZip(const QString& path)
{
    Entries out;
    QFile file(path);
    ZipArchiveReader zip(&file);
    if (!file.open(QIODevice::ReadOnly) || !zip.open())
        return out;
    for (bool more = zip.first(); more; more = zip.next()) {
        ZipArchiveReader::Info info;
        if (!zip.info(&info))
            return {};
        QIODevice* entry = zip.openEntry();
        out.append({info.name, entry ? entry->readAll() : QByteArray()});
        if (!zip.closeEntry())
            return {};
    }
    return out;
}

// Any names and bytes, hostile ones included: the package writer's checks are not in the way here.
inline void writeZip(const QString& path, const Entries& entries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot create zip");
    ZipArchiveWriter zip(&file);
    if (!zip.open())
        qFatal("cannot create zip");
    for (const auto& [name, bytes] : entries) {
        if (!zip.begin(name, true) || zip.entry()->write(bytes) != bytes.size() || !zip.end())
            qFatal("cannot add entry");
    }
    if (!zip.close())
        qFatal("cannot finish zip");
}

inline quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// Raw deflate (no zlib header or trailer), as zip entries hold it: qCompress minus its framing.
inline QByteArray rawDeflate(const QByteArray& bytes)
{
    const QByteArray z = qCompress(bytes, 9); // 4-byte length, 2-byte zlib header, data, 4-byte Adler-32
    return z.mid(6, z.size() - 10);
}

// One entry of a hand-made zip whose headers may lie: `data` is what really is stored (deflated
// or not); the local and central headers both declare `declaredSize` and `crc` when given.
struct RawEntry
{
    QString name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1;
    std::optional<quint32> crc;
};

// Writes a plain (non-zip64) zip byte by byte, so any header field can say anything.
inline void writeRawZip(const QString& path, const QList<RawEntry>& entries)
{
    QByteArray out;
    QByteArray central;
    auto put16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto put32 = [&](QByteArray& b, quint32 v) {
        put16(b, quint16(v & 0xFFFF));
        put16(b, quint16(v >> 16));
    };
    for (const RawEntry& e : entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray packed = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 crc = e.crc.value_or(crc32(e.data));
        const quint32 offset = quint32(out.size());
        auto common = [&](QByteArray& b) {
            put16(b, 20);      // version needed
            put16(b, 1 << 11); // UTF-8 names
            put16(b, e.deflate ? 8 : 0);
            put16(b, 0);      // time
            put16(b, 0x5321); // date 2021-09-01
            put32(b, crc);
            put32(b, quint32(packed.size()));
            put32(b, size);
            put16(b, quint16(name.size()));
            put16(b, 0); // extra
        };
        put32(out, 0x04034b50);
        common(out);
        out.append(name).append(packed);
        put32(central, 0x02014b50);
        put16(central, 0x031E); // made by Unix, 3.0
        common(central);
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0644u << 16);
        put32(central, offset);
        central.append(name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    writeFile(path, out);
}

} // namespace PackageFixture
