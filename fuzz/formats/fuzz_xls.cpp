#include "FuzzChecks.h"

#include "formats/XlsReader.h"

#include <QTemporaryFile>

// libfreexl 1.0.6 leaks a buffer when it gives up on some damaged files (in freexl_open itself, before
// a handle exists for us to close): LeakSanitizer is told to ignore leaks from inside it.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libfreexl.so\n";
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
