#include "PublicityWriter.h"

#include "PublicityDocument.h"
#include "PublicityStyle.h"
#include "WriteFailure.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
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
        *error = tr("Cannot write %1: %2").arg(file.fileName(), WriteFailure::reason(file));
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace

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
    // Text extracts as typed: the faces are drawn through SearchableFont (see PublicityStyle).
    const QByteArray pdf = buffer.data();
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

} // namespace Publicity::PublicityWriter
