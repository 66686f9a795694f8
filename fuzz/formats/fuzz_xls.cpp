#include "FuzzChecks.h"

#include "formats/XlsReader.h"

#include <QTemporaryFile>

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
