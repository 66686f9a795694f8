#pragma once

#include "formats/TableGrid.h"

#include <functional>

// Excel 97–2003 workbooks (.xls, BIFF5/8) through Debian's libfreexl: every sheet, text, numbers and
// dates. libfreexl 1.0 does not expose merged ranges, so TableGrid::merges stays empty for .xls and a
// warning says so. Encrypted workbooks (FILEPASS) are refused. Fuzzing found libfreexl 1.0.6 reading
// past a stack buffer on a crafted file (fuzz/corpus/fuzz_xls/freexl-iconv-overread.xls): a read that
// yields garbage text rather than a write, but a reason to move to a newer freexl or a sandbox later.
namespace XlsReader {
// `progress` (optional) hears sheets done and the sheet count; false cancels.
bool read(const QString& path, TableDocument* out, QString* error,
          const std::function<bool(qint64, qint64)>& progress = {});
} // namespace XlsReader
