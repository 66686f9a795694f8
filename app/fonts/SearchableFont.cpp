#include "SearchableFont.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QRawFont>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>

namespace {

bool isRadical(uint cp)
{
    return cp >= 0x2E80 && cp <= 0x2FDF; // CJK Radicals Supplement and Kangxi Radicals
}

quint16 u16(const QByteArray& b, qsizetype at)
{
    return at + 2 <= b.size() ? qFromBigEndian<quint16>(b.constData() + at) : 0;
}
quint32 u32(const QByteArray& b, qsizetype at)
{
    return at + 4 <= b.size() ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}
void put16(QByteArray& b, quint16 v)
{
    char d[2];
    qToBigEndian(v, d);
    b.append(d, 2);
}
void put32(QByteArray& b, quint32 v)
{
    char d[4];
    qToBigEndian(v, d);
    b.append(d, 4);
}

using Mapping = QList<QPair<uint, uint>>; // code point → glyph, ascending

// Reads the best Unicode subtable (format 12, else format 4) of a cmap table.
Mapping readCmap(const QByteArray& cmap)
{
    Mapping out;
    const int count = u16(cmap, 2);
    qsizetype f12 = -1, f4 = -1;
    for (int i = 0; i < count; ++i) {
        const qsizetype rec = 4 + 8 * i;
        const quint16 platform = u16(cmap, rec), encoding = u16(cmap, rec + 2);
        const qsizetype off = u32(cmap, rec + 4);
        const quint16 format = u16(cmap, off);
        if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            f12 = off;
        if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            f4 = off;
    }
    if (f12 >= 0) {
        const quint32 groups = u32(cmap, f12 + 12);
        for (quint32 g = 0; g < groups; ++g) {
            const qsizetype at = f12 + 16 + 12 * g;
            const quint32 first = u32(cmap, at), last = u32(cmap, at + 4), glyph = u32(cmap, at + 8);
            for (quint32 cp = first; cp <= last && cp <= 0x10FFFF; ++cp)
                out.append({cp, glyph + (cp - first)});
        }
        return out;
    }
    if (f4 < 0)
        return out;
    const int segs = u16(cmap, f4 + 6) / 2;
    const qsizetype ends = f4 + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                    ranges = deltas + 2 * segs;
    for (int s = 0; s < segs; ++s) {
        const uint end = u16(cmap, ends + 2 * s), start = u16(cmap, starts + 2 * s);
        const quint16 delta = u16(cmap, deltas + 2 * s), range = u16(cmap, ranges + 2 * s);
        for (uint cp = start; cp <= end && cp != 0xFFFF; ++cp) {
            uint glyph = 0;
            if (range == 0) {
                glyph = (cp + delta) & 0xFFFF;
            } else {
                glyph = u16(cmap, ranges + 2 * s + range + 2 * (cp - start));
                if (glyph)
                    glyph = (glyph + delta) & 0xFFFF;
            }
            if (glyph)
                out.append({cp, glyph});
        }
    }
    return out;
}

// A cmap with one format-12 subtable, referenced as Unicode full (3,10) and Unicode (0,4).
QByteArray writeCmap(const Mapping& m)
{
    QList<std::array<quint32, 3>> groups;
    for (const auto& [cp, glyph] : m) {
        if (!groups.isEmpty() && groups.last()[1] + 1 == cp &&
            groups.last()[2] + (cp - groups.last()[0]) == glyph)
            groups.last()[1] = cp;
        else
            groups.append({cp, cp, glyph});
    }
    QByteArray b;
    put16(b, 0);
    put16(b, 2);
    for (quint16 platform : {0, 3}) {
        put16(b, platform);
        put16(b, platform == 0 ? 4 : 10);
        put32(b, 20);
    }
    put16(b, 12);
    put16(b, 0);
    put32(b, quint32(16 + 12 * groups.size()));
    put32(b, 0);
    put32(b, quint32(groups.size()));
    for (const auto& g : groups) {
        put32(b, g[0]);
        put32(b, g[1]);
        put32(b, g[2]);
    }
    return b;
}

QByteArray writeName(const QString& family, const QString& postscript)
{
    const QList<QPair<quint16, QString>> names = {
        {1, family}, {2, QStringLiteral("Regular")}, {4, family}, {6, postscript}};
    QByteArray strings;
    QByteArray b;
    put16(b, 0);
    put16(b, quint16(names.size()));
    put16(b, quint16(6 + 12 * names.size()));
    for (const auto& [id, text] : names) {
        QByteArray utf16;
        for (QChar c : text)
            put16(utf16, c.unicode());
        put16(b, 3);
        put16(b, 1);
        put16(b, 0x409);
        put16(b, id);
        put16(b, quint16(utf16.size()));
        put16(b, quint16(strings.size()));
        strings += utf16;
    }
    return b + strings;
}

quint32 checksum(const QByteArray& t)
{
    quint32 sum = 0;
    QByteArray p = t;
    p.append(QByteArray((4 - p.size() % 4) % 4, '\0'));
    for (qsizetype i = 0; i < p.size(); i += 4)
        sum += u32(p, i);
    return sum;
}

// Reassembles an sfnt from the tables of `raw`, with new cmap and name tables.
QByteArray rebuild(const QRawFont& raw, const QByteArray& cmap, const QByteArray& name)
{
    static const char* const tags[] = {"BASE", "CFF ", "DSIG", "GDEF", "GPOS", "GSUB", "OS/2", "VORG",
                                       "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx",
                                       "kern", "loca", "maxp", "name", "post", "prep", "vhea", "vmtx"};
    QList<QPair<QByteArray, QByteArray>> tables;
    bool cff = false;
    for (const char* tag : tags) {
        const QByteArray t(tag);
        if (t == "DSIG")
            continue; // a signature over the old tables would be wrong
        // Glyph substitutions give glyphs no character maps to (Noto CJK's digits inside Latin words,
        // ligatures), and a PDF's text layer drops those: "ISO 9001" would copy as "ISO ". CJK text
        // needs none of them in horizontal lines; the default glyphs are the region's already.
        if (t == "GSUB")
            continue;
        QByteArray data = t == "cmap" ? cmap : t == "name" ? name : raw.fontTable(tag);
        if (data.isEmpty())
            continue;
        cff = cff || t == "CFF ";
        tables.append({t, data});
    }
    QByteArray out;
    put32(out, cff ? 0x4F54544F : 0x00010000);
    const quint16 n = quint16(tables.size());
    quint16 power = 1, log = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log;
    }
    put16(out, n);
    put16(out, quint16(power * 16));
    put16(out, log);
    put16(out, quint16(n * 16 - power * 16));
    quint32 offset = 12 + 16 * n;
    for (const auto& [tag, data] : tables) {
        out.append(tag);
        put32(out, checksum(data));
        put32(out, offset);
        put32(out, quint32(data.size()));
        offset += quint32((data.size() + 3) & ~3);
    }
    for (const auto& [tag, data] : tables) {
        out.append(data);
        out.append(QByteArray((4 - data.size() % 4) % 4, '\0'));
    }
    return out;
}

// Where the fixed copy of `raw` is kept between runs; empty when there is no cache folder.
QString cacheFile(const QRawFont& raw, const QString& name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (folder.isEmpty())
        return {};
    QCryptographicHash key(QCryptographicHash::Sha1);
    key.addData(name.toUtf8());
    key.addData(raw.fontTable("head"));
    key.addData(QByteArrayView("searchable-font-v1")); // change when rebuild() writes something else
    return folder + QStringLiteral("/campaign-planner/fonts/") + QString::fromLatin1(key.result().toHex()) +
           QStringLiteral(".otf");
}

} // namespace

namespace SearchableFont {

bool needsFix(const QFont& font)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return false;
    const QList<quint32> glyphs = raw.glyphIndexesForString(QStringLiteral("\u2F49\u6708\u2F00\u4E00"));
    return glyphs.size() == 4 &&
           ((glyphs[0] && glyphs[0] == glyphs[1]) || (glyphs[2] && glyphs[2] == glyphs[3]));
}

QString familyFor(const QFont& font)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QString key = font.family() + QLatin1Char('/') + QString::number(font.weight());
    QMutexLocker lock(&mutex);
    if (cache.contains(key))
        return cache.value(key);
    QString family = font.family();
    if (needsFix(font)) {
        const QRawFont raw = QRawFont::fromFont(font);
        Mapping map = readCmap(raw.fontTable("cmap"));
        map.erase(std::remove_if(map.begin(), map.end(), [](const auto& e) { return isRadical(e.first); }),
                  map.end());
        const QString name = QStringLiteral("CP Text %1 %2").arg(font.family()).arg(font.weight());
        QString postscript = name;
        postscript.remove(QLatin1Char(' '));
        int id = -1;
        // The copy is kept on disk: registered from a file, FreeType maps it instead of every process
        // holding its 20–30 MB in memory, and later runs skip rebuilding it. The head table (revision,
        // whole-font checksum) names the source font's version.
        const QString cached = cacheFile(raw, name);
        if (!cached.isEmpty() && QFileInfo(cached).size() > 0)
            id = QFontDatabase::addApplicationFont(cached);
        if (id < 0 && !map.isEmpty()) {
            const QByteArray bytes = rebuild(raw, writeCmap(map), writeName(name, postscript));
            QSaveFile file(cached);
            if (!cached.isEmpty() && QDir().mkpath(QFileInfo(cached).path()) &&
                file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
                id = QFontDatabase::addApplicationFont(cached);
            if (id < 0)
                id = QFontDatabase::addApplicationFontFromData(bytes);
        }
        const QStringList families = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        family = families.isEmpty() ? QString() : families.first();
    }
    cache.insert(key, family);
    return family;
}

} // namespace SearchableFont
