#include "FuzzChecks.h"

#include "formats/XlsReader.h"

#include <QTemporaryFile>

// Findings inside Debian's libfreexl 1.0.6 itself, which we cannot fix here: it leaks a buffer when it
// gives up on some damaged files (in freexl_open, before a handle exists for us to close), and it hands
// iconv a length taken from the file, reading past a stack buffer (corpus/fuzz_xls/
// freexl-iconv-overread.xls; a read, not a write). Both are suppressed so the fuzzer can go on
// looking at our code around it; see XlsReader.h.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libfreexl.so\n";
}

extern "C" const char* __asan_default_options()
{
    return "suppressions=" CP_FUZZ_DIR "/asan.supp";
}

// libfreexl reads from a path: the input goes to one temporary file, rewritten for each run.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryFile file;
    if (!file.isOpen() && !file.open())
        std::abort();
    file.resize(0);
    file.seek(0);
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.flush();
    TableDocument document;
    QString error;
    const bool ok = XlsReader::read(file.fileName(), &document, &error);
    checkResult(ok, document, error);
    return 0;
}
