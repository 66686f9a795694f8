#pragma once

#include "formats/TableGrid.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

// What every reader promises: a refusal comes with a one-line reason; a success gives rows of one
// width, within the limits, and merges inside the grid. Anything else aborts (a finding).
inline void checkResult(bool ok, const TableDocument& document, const QString& error)
{
    if (!ok) {
        if (error.isEmpty() || error.contains(u'\n'))
            std::abort();
        return;
    }
    for (const TableGrid& grid : document.tables) {
        const QRect all(0, 0, grid.columnCount(), grid.rowCount());
        for (const QList<TableCell>& row : grid.rows) {
            if (row.size() != grid.columnCount())
                std::abort();
        }
        for (const QRect& merge : grid.merges) {
            if (!all.contains(merge) || merge.width() * merge.height() < 2)
                std::abort();
        }
        if (qint64(grid.rowCount()) * grid.columnCount() > 4000000)
            std::abort();
    }
}

inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}
