#include "PublicityWriter.h"

#include "PublicityDocument.h"
#include "PublicityStyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace Publicity::PublicityWriter {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Publicity::PublicityWriter", text);
}

bool commit(QSaveFile& file, const QByteArray& bytes, QString* error)
{
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool isRadical(uint code)
{
    return (code >= 0x2E80 && code <= 0x2FDF) || (code >= 0x31C0 && code <= 0x31EF);
}

void addFontEquivalents(const QRawFont& raw, QHash<uint, uint>* out)
{
    if (!raw.isValid())
        return;
    QString ideographs;
    for (uint c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(char16_t(c));
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, uint> byGlyph;
    for (int i = 0; i < glyphs.size(); ++i)
        if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
            byGlyph.insert(glyphs.at(i), 0x4E00 + i);
    for (uint c = 0x2E80; c <= 0x31EF; ++c) {
        if (!isRadical(c) || out->contains(c))
            continue;
        const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(char16_t(c))));
        if (!g.isEmpty() && g.first() != 0 && byGlyph.contains(g.first()))
            out->insert(c, byGlyph.value(g.first()));
    }
}

} // namespace

const QHash<uint, uint>& radicalEquivalents()
{
    static const QHash<uint, uint> map = [] {
        QHash<uint, uint> m;
        for (const Face face : {Face::Title, Face::Heading, Face::Body, Face::Sans})
            for (const bool bold : {false, true})
                addFontEquivalents(QRawFont::fromFont(font(face, 12, bold)), &m);
        for (uint c = 0x2F00; c <= 0x2FDF; ++c) {
            const QString d = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC);
            if (!m.contains(c) && d.size() == 1 && d.at(0).unicode() != c)
                m.insert(c, d.at(0).unicode());
        }
        return m;
    }();
    return map;
}

void paintAll(const PublicityDocument& document, QPagedPaintDevice* device)
{
    QPainter painter(device);
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            device->newPage();
        document.paintPage(painter, i, QRectF(0, 0, device->width(), device->height()));
    }
}

bool writePdf(const PublicityDocument& document, QIODevice* out, QString* error)
{
    if (!document.isReady()) {
        *error = tr("Nothing to write.");
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("campaign-planner"));
        writer.setPageLayout(document.pageLayout());
        paintAll(document, &writer);
    }
    const QByteArray pdf = fixCjkToUnicode(buffer.data(), radicalEquivalents());
    if (out->write(pdf) != pdf.size()) {
        *error = tr("Cannot write the PDF: %1").arg(out->errorString());
        return false;
    }
    return true;
}

bool savePdf(const PublicityDocument& document, const QString& path, QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writePdf(document, &buffer, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return commit(file, buffer.data(), error);
}

QImage renderPage(const PublicityDocument& document, int page, qreal dpi)
{
    const QSizeF inches = document.pageSizeDots() / 1200.0;
    const QSize pixels(qMax(1, qRound(inches.width() * dpi)), qMax(1, qRound(inches.height() * dpi)));
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    QPainter painter(&image);
    document.paintPage(painter, page, QRectF(QPointF(0, 0), QSizeF(pixels)));
    return image;
}

QStringList pngPaths(const QString& path, int pages)
{
    if (pages <= 1)
        return {path};
    const QFileInfo info(path);
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix();
    QStringList out;
    for (int i = 1; i <= pages; ++i)
        out << QStringLiteral("%1-%2.%3").arg(stem).arg(i).arg(suffix);
    return out;
}

bool savePng(const PublicityDocument& document, const QString& path, qreal dpi, QStringList* written,
             QString* error)
{
    if (!document.isReady()) {
        *error = tr("Nothing to write.");
        return false;
    }
    const QStringList paths = pngPaths(path, document.pageCount());
    for (int i = 0; i < paths.size(); ++i) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!renderPage(document, i, dpi).save(&buffer, "PNG")) {
            *error = tr("Cannot encode page %1 as PNG.").arg(i + 1);
            return false;
        }
        QSaveFile file(paths.at(i));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(paths.at(i), file.errorString());
            return false;
        }
        if (!commit(file, bytes, error))
            return false;
        if (written)
            written->append(paths.at(i));
    }
    return true;
}

QByteArray fixCjkToUnicode(const QByteArray& pdf, const QHash<uint, uint>& radicals)
{
    QByteArray out = pdf;
    static const QByteArray begin = "/CMapName /Adobe-Identity-UCS";
    static const QByteArray end = "endcmap";
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    for (qsizetype from = out.indexOf(begin); from >= 0; from = out.indexOf(begin, from)) {
        const qsizetype to = out.indexOf(end, from);
        if (to < 0)
            break;
        // Each mapping line starts with its source code (one or two); the rest are code points.
        qsizetype lineStart = from;
        while (lineStart < to) {
            qsizetype lineEnd = out.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to)
                lineEnd = to;
            const QString line = QString::fromLatin1(out.mid(lineStart, lineEnd - lineStart));
            const bool range = line.contains(QLatin1Char('[')) || line.count(QLatin1Char('<')) == 3;
            const int skip = range ? 2 : 1;
            int seen = 0;
            for (auto it = hex.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (++seen <= skip)
                    continue;
                const uint code = m.captured(1).toUInt(nullptr, 16);
                if (!isRadical(code) || !radicals.contains(code))
                    continue;
                const QByteArray fixed =
                    QByteArray::number(radicals.value(code), 16).toUpper().rightJustified(4, '0');
                if (fixed.size() == 4)
                    out.replace(lineStart + m.capturedStart(1), 4, fixed);
            }
            lineStart = lineEnd + 1;
        }
        from = to;
    }
    return out;
}

} // namespace Publicity::PublicityWriter
