// libFuzzer target for the notice recogniser: any bytes, read as UTF-8, must come back as fields
// without crashing, hanging or reading out of bounds, and normalise() must be a fixed point.
// See fuzz/CMakeLists.txt for building it with clang; fuzz_notice replays fuzz/corpus/fuzz_notice.
#include "notice/NoticeLines.h"
#include "notice/NoticeReader.h"
#include "notice/NoticeText.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // a notice is a few pages; longer inputs only slow the search
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const NoticeFields fields = NoticeReader::read(text);
    (void)NoticeLines::lines(fields);
    const QString once = NoticeText::normalise(text);
    if (NoticeText::normalise(once) != once)
        std::abort(); // normalise() must be idempotent
    return 0;
}
