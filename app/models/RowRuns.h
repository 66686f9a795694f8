#pragma once

#include <QList>

#include <algorithm>
#include <utility>

// Removing scattered rows one by one makes a view relayout for each; models remove them as
// contiguous runs (first, last) instead, back to front, or reset when there are too many.
inline QList<std::pair<int, int>> rowRuns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, int>> runs;
    for (int row : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}
