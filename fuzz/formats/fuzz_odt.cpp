#include "FuzzChecks.h"
#include "FuzzZip.h"

#include "formats/OdfReader.h"

// Zips as they come; anything else as the XML part(s) of a stored zip (see FuzzZip.h).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = bytesOf(data, size);
    if (!isZip(bytes)) // the input is content.xml
        bytes = storedZip({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", bytes}});
    TableDocument document;
    QString error;
    const bool ok = OdfReader::readTextTables(bytes, &document, &error);
    checkResult(ok, document, error);
    return 0;
}
