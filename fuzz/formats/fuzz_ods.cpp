#include "FuzzChecks.h"

#include "formats/OdfReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    TableDocument document;
    QString error;
    const bool ok = OdfReader::readSpreadsheet(bytesOf(data, size), &document, &error);
    checkResult(ok, document, error);
    return 0;
}
