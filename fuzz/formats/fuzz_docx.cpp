#include "FuzzChecks.h"
#include "FuzzZip.h"

#include "formats/DocxReader.h"

// Zips as they come; anything else as the XML part(s) of a stored zip (see FuzzZip.h).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = bytesOf(data, size);
    if (!isZip(bytes)) // the input is word/document.xml
        bytes = storedZip({{"word/document.xml", bytes}});
    TableDocument document;
    QString error;
    const bool ok = DocxReader::readTables(bytes, &document, &error);
    checkResult(ok, document, error);
    return 0;
}
