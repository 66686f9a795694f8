#include "formats/GridBuilder.h"

#include "formats/FormatLimits.h"

#include <QCoreApplication>

GridBuilder::GridBuilder(const QString& name)
{
    m_grid.name = name;
}

bool GridBuilder::set(qint64 row, qint64 column, const TableCell& cell, QString* error)
{
    if (cell.kind == TableCell::Kind::Empty)
        return true;
    if (row < 0 || row >= FormatLimits::maxRows) {
        *error = QCoreApplication::translate("TableReader", "The table has more than %1 rows.")
                     .arg(FormatLimits::maxRows);
        return false;
    }
    if (column < 0 || column >= FormatLimits::maxColumns) {
        *error = QCoreApplication::translate("TableReader", "The table has more than %1 columns.")
                     .arg(FormatLimits::maxColumns);
        return false;
    }
    if (m_grid.rows.size() <= row)
        m_grid.rows.resize(row + 1);
    QList<TableCell>& cells = m_grid.rows[row];
    if (cells.size() <= column)
        cells.resize(column + 1);
    cells[column] = cell;
    m_width = qMax(m_width, int(column) + 1);
    return true;
}

bool GridBuilder::copyRow(qint64 from, qint64 to, QString* error)
{
    if (from < 0 || from >= m_grid.rows.size())
        return true;
    const QList<TableCell> cells = m_grid.rows.at(from);
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (!set(to, column, cells.at(column), error))
            return false;
    }
    return true;
}

void GridBuilder::merge(qint64 row, qint64 column, qint64 rows, qint64 columns)
{
    if (row < 0 || column < 0 || row >= FormatLimits::maxRows || column >= FormatLimits::maxColumns)
        return;
    rows = qBound<qint64>(1, rows, FormatLimits::maxRows - row);
    columns = qBound<qint64>(1, columns, FormatLimits::maxColumns - column);
    if (rows > 1 || columns > 1)
        m_merges.append(QRect(int(column), int(row), int(columns), int(rows)));
}

bool GridBuilder::finish(TableGrid* out, QString* error)
{
    const qint64 height = m_grid.rows.size();
    if (height * m_width > FormatLimits::maxCells) {
        *error = QCoreApplication::translate("TableReader",
                                             "The table is too large (%1 rows by %2 columns) to import.")
                     .arg(height)
                     .arg(m_width);
        return false;
    }
    for (QList<TableCell>& cells : m_grid.rows)
        cells.resize(m_width);
    const QRect all(0, 0, m_width, int(height));
    for (const QRect& merge : std::as_const(m_merges)) {
        const QRect clipped = merge.intersected(all);
        if (clipped.topLeft() == merge.topLeft() && (clipped.width() > 1 || clipped.height() > 1))
            m_grid.merges.append(clipped);
    }
    *out = std::move(m_grid);
    return true;
}

bool GridBuilder::append(TableDocument* document, TableGrid&& grid, QString* error)
{
    qint64 cells = qint64(grid.rowCount()) * grid.columnCount();
    for (const TableGrid& table : std::as_const(document->tables))
        cells += qint64(table.rowCount()) * table.columnCount();
    if (cells > FormatLimits::maxCells || document->tables.size() >= 10000) {
        *error = QCoreApplication::translate("TableReader",
                                             "The file is too large to import (more than %1 cells in all).")
                     .arg(FormatLimits::maxCells);
        return false;
    }
    document->tables.append(std::move(grid));
    return true;
}
