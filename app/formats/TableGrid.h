#pragma once

#include <QDate>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

// What a spreadsheet or document table holds, without its format: rows of cells with the values a
// person sees, and the merged ranges. Readers of .xlsx, .ods, .xls, .csv, .docx and .odt all fill
// this; the recogniser (app/importing) works on it and never sees a file.
struct TableCell
{
    enum class Kind { Empty, Text, Number, Date };

    Kind kind = Kind::Empty;
    QString text;      // as displayed; line breaks inside a cell are '\n'
    double number = 0; // Kind::Number (and Kind::Date: the spreadsheet's serial day number, if it had one)
    QDate date;        // Kind::Date

    bool isEmpty() const { return kind == Kind::Empty || text.trimmed().isEmpty(); }
};

// One sheet of a workbook or one table of a document. Rows are padded to the same width. A merged
// range keeps its value in the top-left cell; the other cells of the range are empty.
struct TableGrid
{
    QString name; // sheet name, or "表格 1" … for the tables of a document
    QList<QList<TableCell>> rows;
    QList<QRect> merges; // x = column, y = row, in cells

    int rowCount() const { return int(rows.size()); }
    int columnCount() const { return rows.isEmpty() ? 0 : int(rows.first().size()); }
    const TableCell& cell(int row, int column) const
    {
        static const TableCell empty;
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
            return empty;
        return rows.at(row).at(column);
    }
    // The merged range that covers (row, column), or a 1×1 rect of the cell itself.
    QRect spanAt(int row, int column) const
    {
        for (const QRect& m : merges)
            if (m.contains(column, row))
                return m;
        return QRect(column, row, 1, 1);
    }
};

// Everything one file yielded.
struct TableDocument
{
    QString format;          // "xlsx", "ods", "xls", "csv", "docx", "odt" (after any conversion)
    QList<TableGrid> tables; // in file order; empty sheets are kept so "sheet N" means what the user sees
    QString encoding;        // text files: the encoding used ("UTF-8", "GB18030", "UTF-16LE" …)
    QChar delimiter;         // text files: the delimiter used
    QStringList warnings;    // translated; the file was read, but something deserves a look
};
