#pragma once

#include "formats/TableGrid.h"

// Word documents (.docx, also what WPS and LibreOffice save): the tables of word/document.xml with
// horizontal (gridSpan, gridBefore/After) and vertical (vMerge) merges, nested tables flattened into
// their cell's text; and the plain text, one paragraph (or table cell paragraph) per line.
namespace DocxReader {
bool readTables(const QByteArray& bytes, TableDocument* out, QString* error);
bool readText(const QByteArray& bytes, QString* text, QString* error);
} // namespace DocxReader
