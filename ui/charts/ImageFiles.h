#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

// Writing pictures whole or not at all (QSaveFile), with one translated line on failure.
namespace ImageFiles {
bool savePng(const QImage& image, const QString& path, QString* error);
// Calls `paint` with a painter on an SVG of `size` logical pixels.
bool saveSvg(QSize size, const QString& path, const QString& title,
             const std::function<void(QPainter*)>& paint, QString* error);
} // namespace ImageFiles
