#include "importing/ImportPreview.h"

#include <algorithm>

int TableLayout::columnOf(ColumnRole role) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).role == role)
            return i;
    return -1;
}

bool ImportRow::hasError() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ImportIssue& i) { return i.severity == ImportIssue::Error; });
}

int ImportPreview::readyCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow& r) { return !r.needsLook(); }));
}

int ImportPreview::needLookCount() const
{
    return int(rows.size()) - readyCount();
}

int ImportPreview::errorCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow& r) { return r.hasError(); }));
}

int ImportPreview::duplicateCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow& r) { return r.duplicateOf != 0; }));
}
