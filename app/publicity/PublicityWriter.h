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

} // namespace PublicityWriter
} // namespace Publicity
