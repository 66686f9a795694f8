#include "DashboardExport.h"

#include "CampaignSummary.h"
#include "DashboardRenderer.h"
#include "ImageFiles.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

namespace DashboardExport {

bool write(const CampaignSnapshot& snapshot, const QString& format, const QString& outPath, QDate today,
           QString* error)
{
    const CampaignSummary summary =
        Summary::summarize(snapshot.campaign, snapshot.activities, snapshot.departments, today);
    const QString title = DashboardRenderer::heading(summary, snapshot.unit.name);
    const QSize size = DashboardRenderer::preferredSize();
    const QRectF box(QPointF(0, 0), size);
    if (format == QLatin1String("svg"))
        return ImageFiles::saveSvg(
            size, outPath, title, [&](QPainter* p) { DashboardRenderer::paint(p, box, summary, title); },
            error);
    if (format != QLatin1String("png")) {
        if (error)
            *error = QCoreApplication::translate("DashboardExport",
                                                 "The dashboard is written as png or svg, not “%1”.")
                         .arg(format);
        return false;
    }
    const qreal ratio = 1.5; // sharp enough for slides and print without a huge file
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    DashboardRenderer::paint(&painter, box, summary, title);
    painter.end();
    return ImageFiles::savePng(image, outPath, error);
}

} // namespace DashboardExport
