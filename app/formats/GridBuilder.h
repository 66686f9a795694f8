#pragma once

#include "formats/TableGrid.h"

// Collects the cells a reader finds in any order (sparse rows, repeated cells) and makes the padded
// grid of TableGrid. Only non-empty cells are stored, so a million repeated empty cells cost nothing;
// a cell beyond FormatLimits' rows or columns, or a grid beyond its cell count, is refused.
class GridBuilder
{
public:
    explicit GridBuilder(const QString& name);

    // False (with a translated reason) when the cell lies beyond the limits.
    bool set(qint64 row, qint64 column, const TableCell& cell, QString* error);
    // Repeats row `from` (a repeated row in ODF) at row `to`.
    bool copyRow(qint64 from, qint64 to, QString* error);
    void merge(qint64 row, qint64 column, qint64 rows, qint64 columns);
    // Pads rows to one width, keeps merges that start inside the grid (clipped to it).
    bool finish(TableGrid* out, QString* error);

    // Adds a finished grid to `document`, refusing one that takes the whole file past
    // FormatLimits::maxCells (a workbook of a thousand sheets that all point at one large sheet).
    static bool append(TableDocument* document, TableGrid&& grid, QString* error);

private:
    TableGrid m_grid;
    int m_width = 0;
    QList<QRect> m_merges;
};
