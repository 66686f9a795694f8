#include "FuzzChecks.h"

#include "formats/CsvReader.h"

// The first byte picks the options: detection, or a forced delimiter and encoding, as a user may.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    CsvReader::Options options;
    const uint8_t mode = data[0];
    if (mode & 1)
        options.delimiter = QChar(u",;\t|"[(mode >> 1) & 3]);
    if (mode & 8)
        options.encoding = (mode & 16) ? QByteArray("GB18030") : QByteArray("UTF-16LE");
    TableDocument document;
    QString error;
    const bool ok = CsvReader::read(bytesOf(data + 1, size - 1), options, &document, &error);
    checkResult(ok, document, error);
    return 0;
}
