#pragma once

#include "formats/TableGrid.h"

#include <functional>

// OpenDocument (.ods sheets, .odt tables and text) from content.xml: repeated rows and columns are
// counted, not materialised, unless they hold something; spanned cells become merges and covered
// cells stay empty; office:value-type float, percentage, currency and date keep their values; text
// from text:p, text:span, text:s, text:tab and text:line-break. Encrypted packages are refused.
namespace OdfReader {
// `progress` (optional) hears the bytes of content.xml parsed so far; false cancels.
bool readSpreadsheet(const QByteArray& bytes, TableDocument* out, QString* error,
                     const std::function<bool(qint64, qint64)>& progress = {});
bool readTextTables(const QByteArray& bytes, TableDocument* out, QString* error);
bool readText(const QByteArray& bytes, QString* text, QString* error);
} // namespace OdfReader
