#include "ChartRenderer.h"

#include "ImageFiles.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace ChartRenderer {

void render(QChart* chart, QPainter* painter, const QRectF& target)
{
    // A private scene: the chart may belong to nothing else while it is drawn.
    QGraphicsScene scene;
    const QRectF box(QPointF(0, 0), target.size());
    scene.addItem(chart);
    scene.setSceneRect(box);
    chart->setGeometry(box);
    if (chart->layout())
        chart->layout()->activate();
    QApplication::sendPostedEvents(chart);
    scene.render(painter, target, box);
    scene.removeItem(chart);
}

QImage toImage(QChart* chart, QSize size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, &painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

bool savePng(QChart* chart, QSize size, const QString& path, QString* error)
{
    return ImageFiles::savePng(toImage(chart, size), path, error);
}

bool saveSvg(QChart* chart, QSize size, const QString& path, const QString& title, QString* error)
{
    return ImageFiles::saveSvg(
        size, path, title, [chart, size](QPainter* p) { render(chart, p, QRectF(QPointF(0, 0), size)); },
        error);
}

void copyToClipboard(QChart* chart, QSize size)
{
    QApplication::clipboard()->setImage(toImage(chart, size));
}

} // namespace ChartRenderer
