#include "TimelineDocument.h"

#include "SearchableFont.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QIODevice>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "WriteFailure.h"
#include "WriteGuard.h"

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TimelineDocument", text);
}

// Page furniture in 1/96 inch, the unit the renderer draws in.
constexpr double titleHeight = 28;
constexpr double footerHeight = 18;
constexpr double nameWidth = 200;

// Noto CJK maps some radicals (⽉ U+2F49) onto the glyphs of ordinary ideographs (月), and the PDF
// writer then extracts the radical; the searchable copy from the documents library avoids that.
QFont pageFont()
{
    const QString noto = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(noto))
        return QFont();
    const QString drawn = SearchableFont::familyFor(QFont(noto));
    return QFont(drawn.isEmpty() ? noto : drawn);
}

} // namespace

namespace TimelineDocument {

int paintPages(QPagedPaintDevice* device, const TimelineRenderer::Data& data, const QString& title,
               const Progress& progress)
{
    QPainter p;
    if (!p.begin(device))
        return 0;
    p.setFont(pageFont());
    const double unit = device->logicalDpiX() / 96.0;
    p.scale(unit, unit);
    const double pageW = device->width() / unit, pageH = device->height() / unit;
    const TimelineLayout& layout = *data.layout;
    const TimelineScale& scale = data.scale;
    // Whole days across and whole rows down, so no bar or name is cut at a page edge.
    const int daysPerPage = std::max(1, int((pageW - nameWidth) / scale.dayWidth()));
    const double chartH = pageH - titleHeight - footerHeight - TimelineRenderer::headerHeight;
    const int rowsPerPage = std::max(1, int(chartH / layout.rowHeight));
    const int across = std::max(1, int(std::ceil(double(scale.dayCount()) / daysPerPage)));
    const int down = std::max(1, int(std::ceil(double(layout.rowCount()) / rowsPerPage)));
    TimelineRenderer renderer(data);
    QFont font = p.font();
    int page = 0;
    for (int c = 0; c < across; ++c) {
        for (int r = 0; r < down; ++r) {
            if (progress && !progress(page, across * down)) {
                p.end();
                return 0;
            }
            if (page > 0)
                device->newPage();
            ++page;
            const int firstDay = c * daysPerPage, firstRow = r * rowsPerPage;
            const int days = std::min(daysPerPage, scale.dayCount() - firstDay);
            const int rows = std::max(0, std::min(rowsPerPage, layout.rowCount() - firstRow));
            const double x0 = firstDay * scale.dayWidth(), y0 = firstRow * layout.rowHeight;
            const double w = days * scale.dayWidth(), h = rows * layout.rowHeight;
            const double top = titleHeight + TimelineRenderer::headerHeight;
            font.setPixelSize(14);
            font.setBold(true);
            p.setFont(font);
            p.setPen(Qt::black);
            p.drawText(QRectF(0, 0, pageW, titleHeight - 6), Qt::AlignLeft | Qt::AlignVCenter, title);
            // A page that starts inside a group says which, since its heading row is on an earlier page.
            if (rows > 0 && layout.rows().at(firstRow).kind == TimelineRow::Kind::Activity) {
                font.setBold(false);
                p.setFont(font);
                p.drawText(
                    QRectF(0, 0, pageW, titleHeight - 6), Qt::AlignRight | Qt::AlignVCenter,
                    tr("%1 (continued)").arg(layout.groups().at(layout.rows().at(firstRow).group).label));
            }
            renderer.paintCorner(p, QRectF(0, titleHeight, nameWidth, TimelineRenderer::headerHeight));
            renderer.paintHeader(p, QRectF(nameWidth, titleHeight, w, TimelineRenderer::headerHeight), x0);
            renderer.paintNames(p, QRectF(0, top, nameWidth, h), y0);
            renderer.paintChart(p, QRectF(nameWidth, top, w, h), x0, y0);
            font.setPixelSize(10);
            font.setBold(false);
            p.setFont(font);
            p.setPen(Qt::darkGray);
            const QDate from = scale.first().addDays(firstDay), to = from.addDays(days - 1);
            p.drawText(QRectF(0, pageH - footerHeight, pageW, footerHeight),
                       Qt::AlignRight | Qt::AlignVCenter,
                       tr("Page %1 of %2 · rows %3–%4 · %5 to %6")
                           .arg(page)
                           .arg(across * down)
                           .arg(firstRow + 1)
                           .arg(firstRow + rows)
                           .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        }
    }
    p.end();
    return page;
}

bool writePdf(const TimelineRenderer::Data& data, const QString& title, QIODevice* out, QString* error,
              const Progress& progress)
{
    QPdfWriter writer(out);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Campaign Planner"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    bool cancelled = false;
    const Progress watched = [&](int page, int pages) {
        cancelled = progress && !progress(page, pages);
        return !cancelled;
    };
    if (paintPages(&writer, data, title, watched) == 0) {
        *error = cancelled ? tr("The timeline export was cancelled.")
                           : tr("Could not paint the timeline into the PDF.");
        return false;
    }
    return true;
}

bool writePng(const TimelineRenderer::Data& data, QIODevice* out, QString* error)
{
    const TimelineLayout& layout = *data.layout;
    const double w = TimelineRenderer::defaultNameWidth + data.scale.width();
    const double h = TimelineRenderer::headerHeight + std::max(layout.height(), layout.rowHeight);
    // Twice the pixels for sharp print, once if that would be too large, never past 32k a side.
    constexpr double limit = 32000;
    if (w > limit || h > limit) {
        *error =
            tr("The timeline has %1 rows, too many for one picture; choose one department or export a PDF.")
                .arg(layout.rowCount());
        return false;
    }
    const double ratio = (w * 2 <= limit && h * 2 <= limit && w * h * 4 < 400e6) ? 2.0 : 1.0;
    QImage image(QSize(int(std::ceil(w * ratio)), int(std::ceil(h * ratio))), QImage::Format_RGB32);
    if (image.isNull()) {
        *error = tr("Not enough memory for a %1 × %2 picture.").arg(int(w)).arg(int(h));
        return false;
    }
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        TimelineRenderer r(data);
        const double nw = TimelineRenderer::defaultNameWidth, hh = TimelineRenderer::headerHeight;
        r.paintCorner(p, QRectF(0, 0, nw, hh));
        r.paintHeader(p, QRectF(nw, 0, data.scale.width(), hh), 0);
        r.paintNames(p, QRectF(0, hh, nw, layout.height()), 0);
        r.paintChart(p, QRectF(nw, hh, data.scale.width(), layout.height()), 0, 0);
    }
    // Encoded into memory first: a full disk is then a write failure, not an encoding one.
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG")) {
        *error = tr("Could not encode the timeline picture.");
        return false;
    }
    if (out->write(png.data()) != png.data().size()) {
        *error = tr("The timeline picture cannot be written: %1").arg(WriteFailure::reason(*out));
        return false;
    }
    return true;
}

bool writeFile(const TimelineRenderer::Data& data, const QString& title, const QString& format,
               const QString& path, QString* error, const Progress& progress)
{
    if (format != QLatin1String("pdf") && format != QLatin1String("png")) {
        *error = tr("The timeline is written as pdf or png, not “%1”.").arg(format);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    WriteGuard guard(&file);
    const bool ok = format == QLatin1String("pdf") ? writePdf(data, title, &guard, error, progress)
                                                   : writePng(data, &guard, error);
    if (!ok || guard.failed()) {
        if (guard.failed())
            *error = tr("Cannot write %1: %2").arg(path, guard.reason());
        return false; // QSaveFile drops the partial file
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, WriteFailure::reason(file));
        return false;
    }
    return true;
}

} // namespace TimelineDocument
