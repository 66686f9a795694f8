#pragma once

#include "ReportDocument.h"

#include <QString>

class ExportProgress;
class QIODevice;

// A Word document (.docx, WordprocessingML) with the same blocks as the PDF and the .odt, for the
// plan, the summary and the consolidated report alike: A4 with the GB/T 9704 margins, the official
// fonts with the PDF's fallbacks, page numbers "— 1 —" at the right on odd pages and at the left on
// even ones, tables whose header row repeats on every page and whose rows never split, pictures with
// their captions. Streams document.xml into the zip (system minizip) as it goes, so memory stays
// flat however long the tables are. The device must be seekable (a file, QSaveFile or QBuffer).
// It reads no outside bytes (only the document built from the campaign), so it has no fuzz target;
// text that XML cannot carry is dropped (DocxXml::clean).
namespace DocxWriter {
bool write(const ReportDocument& document, QIODevice* device, ExportProgress* progress, QString* error);
} // namespace DocxWriter
