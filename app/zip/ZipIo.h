#pragma once

#include <ioapi.h>

class QIODevice;

// minizip's file functions over an open QIODevice (a QSaveFile when writing, a QFile when reading), so
// packages are written through QSaveFile. We use the system minizip — the one libxlsxwriter links —
// because QuaZip exports minizip's symbol names with other signatures and the two cannot share a process.
namespace ZipIo {
zlib_filefunc64_def functionsFor(QIODevice* device);
} // namespace ZipIo
