#pragma once

#include "TimelineRenderer.h"

#include <QString>

#include <functional>

class QIODevice;
class QPagedPaintDevice;

// The timeline as pages (printer, PDF) or one picture (PNG). Pages are landscape tiles: each page
// shows a block of whole rows over a block of whole days, with the name column and the date header
// repeated, so a wide campaign prints across pages and the pages can be laid side by side.
namespace TimelineDocument {
// Told before each page (0-based) of `pages`; false stops the painting.
using Progress = std::function<bool(int page, int pages)>;
// Paints every tile on `device` (already set up: page size, landscape). Returns the page count, 0 when
// `progress` stopped it.
int paintPages(QPagedPaintDevice* device, const TimelineRenderer::Data& data, const QString& title,
               const Progress& progress = {});
// An A4 landscape PDF.
bool writePdf(const TimelineRenderer::Data& data, const QString& title, QIODevice* out, QString* error,
              const Progress& progress = {});
// The whole timeline in one image; refuses timelines too large for one picture.
bool writePng(const TimelineRenderer::Data& data, QIODevice* out, QString* error);
// writePdf or writePng ("pdf" or "png") into `path`, replacing it only when complete.
bool writeFile(const TimelineRenderer::Data& data, const QString& title, const QString& format,
               const QString& path, QString* error, const Progress& progress = {});
} // namespace TimelineDocument
