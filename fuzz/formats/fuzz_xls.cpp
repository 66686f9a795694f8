#include "FuzzChecks.h"

#include "formats/XlsReader.h"

#include <QTemporaryFile>

// Findings inside Debian's libfreexl 1.0.6 itself, which we cannot fix here: a leak when it gives up
// on some damaged files, iconv handed a length from the file (reads past a stack buffer:
// corpus/fuzz_xls/freexl-iconv-overread.xls) and a memcpy past a heap buffer that crashes
// (freexl-memcpy-segv.xls). XlsReader runs freexl in a forked child, so a crash there is a refused
// file; the suppressions keep the child quiet about the first two so the fuzzer goes on.
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
