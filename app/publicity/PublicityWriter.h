#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

class QIODevice;
class QPagedPaintDevice;

namespace Publicity {

class PublicityDocument;

// The outputs of a prepared document. Files are written through QSaveFile: complete or untouched.
namespace PublicityWriter {

// Every page on a printer or PDF writer, each scaled into the device's page (set its layout first).
void paintAll(const PublicityDocument& document, QPagedPaintDevice* device);

// Vector PDF with real, extractable text.
bool writePdf(const PublicityDocument& document, QIODevice* out, QString* error);
bool savePdf(const PublicityDocument& document, const QString& path, QString* error);

// One page as an image at `dpi` (white paper, resolution stored in the image).
QImage renderPage(const PublicityDocument& document, int page, qreal dpi);
// PNG files: `path` for a single page; NAME-1.png, NAME-2.png … beside it for several.
bool savePng(const PublicityDocument& document, const QString& path, qreal dpi, QStringList* written,
             QString* error);
QStringList pngPaths(const QString& path, int pages);

// Qt names each glyph in a PDF's ToUnicode map after its lowest code point, and CJK fonts share
// glyphs between ideographs and radicals: 月 comes out of a PDF as ⽉ (U+2F49), 民 as ⺠ (U+2EA0).
// This maps such entries (radicals and strokes, U+2E80–U+2FDF and U+31C0–U+31EF) back to the
// ideograph, keeping every byte offset so the file's cross-reference table stays valid.
QByteArray fixCjkToUnicode(const QByteArray& pdf, const QHash<uint, uint>& radicals);
// Radical → ideograph as the publicity faces draw them (same glyph), plus the Kangxi radicals'
// compatibility decompositions.
const QHash<uint, uint>& radicalEquivalents();

} // namespace PublicityWriter
} // namespace Publicity
