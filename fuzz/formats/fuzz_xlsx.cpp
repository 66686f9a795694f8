#include "FuzzChecks.h"
#include "FuzzZip.h"

#include "formats/XlsxReader.h"

// Zips as they come; anything else as the XML part(s) of a stored zip (see FuzzZip.h).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = bytesOf(data, size);
    if (!isZip(bytes)) {
        const QList<QByteArray> parts = fuzzParts(bytes);
        const QByteArray rels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                                "</Relationships>";
        const QByteArray workbook =
            "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>";
        bytes = storedZip({{"xl/workbook.xml", parts.value(3, workbook)},
                           {"xl/_rels/workbook.xml.rels", rels},
                           {"xl/worksheets/sheet1.xml", parts.value(0)},
                           {"xl/sharedStrings.xml", parts.value(1, "<sst/>")},
                           {"xl/styles.xml", parts.value(2, "<styleSheet/>")}});
    }
    TableDocument document;
    QString error;
    const bool ok = XlsxReader::read(bytes, &document, &error);
    checkResult(ok, document, error);
    return 0;
}
