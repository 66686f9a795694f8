#include "ImageFiles.h"

#include "WriteFailure.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ImageFiles {

static bool fail(QString* error, const QString& path, const QString& why)
{
    if (error)
        *error = QCoreApplication::translate("ImageFiles", "Could not write %1: %2")
                     .arg(QFileInfo(path).fileName(), why);
    return false;
}

bool savePng(const QImage& image, const QString& path, QString* error)
{
    // Encoded into memory first, so a full disk is reported as such (libpng would only say "Write
    // Error" on stderr and the encoding would seem to have failed).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return fail(error, path, QCoreApplication::translate("ImageFiles", "the image could not be encoded"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return fail(error, path, WriteFailure::reason(file));
    return true;
}

bool saveSvg(QSize size, const QString& path, const QString& title,
             const std::function<void(QPainter*)>& paint, QString* error)
{
    // Generated into memory first: QSvgGenerator reports no write errors of its own.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(title);
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(error, path, QCoreApplication::translate("ImageFiles", "the SVG could not be started"));
    paint(&painter);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return fail(error, path, WriteFailure::reason(file));
    return true;
}

} // namespace ImageFiles
