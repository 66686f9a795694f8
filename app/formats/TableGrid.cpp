#include "formats/TableGrid.h"

const TableCell& TableGrid::cell(int row, int column) const
{
    static const TableCell empty;
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return empty;
    return rows.at(row).at(column);
}

QRect TableGrid::spanAt(int row, int column) const
{
    for (const QRect& merge : merges) {
        if (merge.contains(column, row))
            return merge;
    }
    return QRect(column, row, 1, 1);
}
