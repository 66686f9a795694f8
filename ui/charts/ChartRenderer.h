#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

// Draws a chart that is not shown anywhere onto any paint device: a report page, a PDF, an
// image, an SVG. The chart is laid out at `size` (logical pixels) first, so fonts keep their size.
namespace ChartRenderer {
void render(QChart* chart, QPainter* painter, const QRectF& target);
QImage toImage(QChart* chart, QSize size, qreal devicePixelRatio = 2);
// Both write through QSaveFile: an old file stays whole when writing fails.
bool savePng(QChart* chart, QSize size, const QString& path, QString* error);
bool saveSvg(QChart* chart, QSize size, const QString& path, const QString& title, QString* error);
void copyToClipboard(QChart* chart, QSize size);
} // namespace ChartRenderer
