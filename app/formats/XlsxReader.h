#pragma once

#include "formats/TableGrid.h"

#include <functional>

// Office Open XML workbooks (.xlsx, what Excel, WPS and LibreOffice save): every sheet in workbook
// order, shared and inline strings (rich text runs joined, phonetic runs left out), the cached
// values of formulas, number formats that make dates, and merged ranges.
namespace XlsxReader {
// `progress` (optional) hears sheets done and the sheet count; false cancels.
bool read(const QByteArray& bytes, TableDocument* out, QString* error,
          const std::function<bool(qint64, qint64)>& progress = {});
} // namespace XlsxReader
