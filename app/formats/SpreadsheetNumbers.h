#pragma once

#include "formats/TableGrid.h"

#include <QString>

// How a spreadsheet number looks to the person who typed it: Excel's serial dates (1900 and 1904
// systems, the phantom 1900-02-29) and its number-format codes, reduced to what a plan table uses —
// dates such as yyyy"年"m"月"d"日" or m/d, times, percentages and plain numbers.
namespace SpreadsheetNumbers {

enum class Style { Number, Percent, Date, Time };

// The style of a built-in format id (14–22, 27–36, 45–47, 50–58 are dates or times in a
// Chinese Excel) or of a format code.
Style styleOf(int builtinId, const QString& code);
QDate dateFromSerial(double serial, bool date1904);
// A cell for `value` as Excel shows it under `code` (empty code: the built-in id's usual look).
TableCell cell(double value, Style style, const QString& code, bool date1904);
QString numberText(double value);

} // namespace SpreadsheetNumbers
