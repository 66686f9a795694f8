#include "formats/DocumentText.h"

#include <cstdint>
#include <cstdlib>

// .txt, .docx, .odt and .pdf from bytes (no path: .doc/.wps conversion is not run here).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString text, error;
    const bool ok = DocumentText::readBytes(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                            {}, &text, &error);
    if (!ok && (error.isEmpty() || error.contains(u'\n')))
        std::abort();
    return 0;
}
