#pragma once

#include "TimelineRenderer.h"

#include <QString>

class QIODevice;
class QPagedPaintDevice;

// The timeline as pages (printer, PDF) or one picture (PNG). Pages are landscape tiles: each page
// shows a block of whole rows over a block of whole days, with the name column and the date header
// repeated, so a wide campaign prints across pages and the pages can be laid side by side.
namespace TimelineDocument {
// Paints every tile on `device` (already set up: page size, landscape). Returns the page count.
int paintPages(QPagedPaintDevice* device, const TimelineRenderer::Data& data, const QString& title);
// An A4 landscape PDF.
bool writePdf(const TimelineRenderer::Data& data, const QString& title, QIODevice* out, QString* error);
// The whole timeline in one image; refuses timelines too large for one picture.
bool writePng(const TimelineRenderer::Data& data, QIODevice* out, QString* error);
// writePdf or writePng ("pdf" or "png") into `path`, replacing it only when complete.
bool writeFile(const TimelineRenderer::Data& data, const QString& title, const QString& format,
               const QString& path, QString* error);
} // namespace TimelineDocument
