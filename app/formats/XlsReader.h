#pragma once

#include "formats/TableGrid.h"

#include <functional>

// Excel 97–2003 workbooks (.xls, BIFF5/8) through Debian's libfreexl: every sheet, text, numbers and
// dates. libfreexl 1.0 does not expose merged ranges, so TableGrid::merges stays empty for .xls and a
// warning says so. Encrypted workbooks (FILEPASS) are refused. libfreexl 1.0.6 reads out of bounds on
// crafted files (fuzz/corpus/fuzz_xls/freexl-*.xls), so it runs in a forked child process: a crash
// there is a refused file, not a crashed program.
namespace XlsReader {
// `progress` (optional) hears sheets done and the sheet count; false cancels.
bool read(const QString& path, TableDocument* out, QString* error,
          const std::function<bool(qint64, qint64)>& progress = {});
} // namespace XlsReader
