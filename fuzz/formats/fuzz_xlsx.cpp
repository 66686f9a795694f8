#include "FuzzChecks.h"

#include "formats/XlsxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    TableDocument document;
    QString error;
    const bool ok = XlsxReader::read(bytesOf(data, size), &document, &error);
    checkResult(ok, document, error);
    return 0;
}
