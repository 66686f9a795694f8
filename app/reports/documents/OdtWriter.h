#pragma once

#include "ReportDocument.h"

#include <QString>

class ExportProgress;
class QIODevice;

// An editable OpenDocument text (.odt, opens in WPS, Word and LibreOffice) with the same blocks as
// the PDF: official fonts by name (Latin and Chinese text alike), 3号 body with a two-character
// indent, the A4 page with GB/T 9704 margins and "— 1 —" page numbers, tables as wide as the text
// with their relative column widths, a header row repeated on every page and merged group rows,
// charts as embedded pictures. content.xml is written and compressed while the tables' rows are
// produced, so a table of any length costs one row of memory.
namespace OdtWriter {
bool write(const ReportDocument& document, QIODevice* device, ExportProgress* progress, QString* error);
} // namespace OdtWriter
