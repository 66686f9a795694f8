#pragma once

#include "ReportDocument.h"

#include <QString>

class ExportProgress;
class QPagedPaintDevice;

// Paints a ReportDocument as an official document (GB/T 9704 style) on a paged device — a QPdfWriter
// or a QPrinter whose page layout is already set: centred title, 一、/（一） headings, body lines on a
// fixed pitch, tables that repeat their header row on every page, page numbers "— 1 —" (odd pages
// right, even pages left). A table row taller than a whole page is clipped, not split.
namespace PagedRenderer {
// GB/T 9704 margins (top 37 mm, left 28 mm, right 26 mm, bottom 35 mm) on A4 portrait.
void applyOfficialLayout(QPagedPaintDevice* device);
// False with a reason when cancelled through `progress` or when the device cannot be painted on.
bool render(const ReportDocument& document, QPagedPaintDevice* device, ExportProgress* progress,
            QString* error);
} // namespace PagedRenderer
