#pragma once

#include "formats/TableGrid.h"

// Office Open XML workbooks (.xlsx, what Excel, WPS and LibreOffice save): every sheet in workbook
// order, shared and inline strings (rich text runs joined, phonetic runs left out), the cached
// values of formulas, number formats that make dates, and merged ranges.
namespace XlsxReader {
bool read(const QByteArray& bytes, TableDocument* out, QString* error);
} // namespace XlsxReader
