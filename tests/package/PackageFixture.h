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
    return ActivityRepository(db).loadAll(0, &error);
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
        zip.info(&info);
        QIODevice* entry = zip.openEntry();
        out.append({info.name, entry ? entry->readAll() : QByteArray()});
        zip.closeEntry();
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

} // namespace PackageFixture
