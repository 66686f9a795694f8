#pragma once

#include <QtGlobal>

// What an outside file may hold before it is refused as hostile or simply too large for a plan table.
// The zip limits are checked against the central directory first and against the bytes actually
// inflated while reading; the grid limits bound memory whatever the format claims (the import's
// whole budget is about 300 MB).
namespace FormatLimits {
constexpr qint64 maxFileBytes = qint64(256) << 20;  // the file on disk
constexpr qint64 maxEntryBytes = qint64(128) << 20; // one inflated zip entry (a sheet's XML)
constexpr qint64 maxTotalBytes = qint64(512) << 20; // every entry of the zip together, as declared
constexpr int maxEntries = 10000;
constexpr double maxRatio = 1000.0;            // inflated ÷ packed …
constexpr qint64 ratioFloor = qint64(8) << 20; // … for entries larger than this
constexpr int maxRows = 1048576;               // Excel's own limit
constexpr int maxColumns = 1024;               // a plan table has a few dozen
constexpr qint64 maxCells = 4000000;           // rows × columns after padding
constexpr qint64 maxEntityExpansion = 1024;    // characters XML entities may expand to
constexpr int conversionTimeoutMs = 120000;    // LibreOffice headless
} // namespace FormatLimits
