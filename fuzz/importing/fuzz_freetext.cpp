// Free-text dates and figures from any bytes: never a crash, and what is read is a real range.
#include "importing/DepartmentNames.h"
#include "importing/FigureText.h"
#include "importing/FreeDate.h"
#include "importing/ImportText.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const FreeDate::Result d = FreeDate::parse(text, {2024, QDate(2024, 9, 1), QDate(2024, 9, 30)});
    if (d.ok && (!d.start.isValid() || !d.end.isValid() || d.end < d.start))
        abort();
    const FigureText::Result f = FigureText::parse(text);
    if (f.ok && (!f.amount.isSet || f.amount.value < 0))
        abort();
    for (const QString& name : DepartmentNames::split(text))
        if (name.isEmpty())
            abort();
    ImportText::withoutEnumerator(text);
    return 0;
}
