// The table recogniser on any grid: lines are rows, tabs separate cells, a cell "<" is merged into the
// one on its left and "^" into the one above. Never a crash; every row it returns came from the grid.
#include "importing/ColumnRoles.h"
#include "importing/PlanRecognizer.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(qMin<size_t>(size, 20000)));
    TableGrid grid;
    int width = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines.mid(0, 200)) {
        QList<TableCell> row;
        for (const QString& t : line.split(QLatin1Char('\t')).mid(0, 40)) {
            TableCell c;
            c.kind = t.isEmpty() ? TableCell::Kind::Empty : TableCell::Kind::Text;
            c.text = t;
            row << c;
        }
        width = qMax(width, int(row.size()));
        grid.rows << row;
    }
    for (QList<TableCell>& row : grid.rows)
        row.resize(width);
    for (int r = 0; r < grid.rowCount(); ++r) {
        for (int c = 0; c < width; ++c) {
            const QString& t = grid.rows.at(r).at(c).text;
            if (t == QLatin1String("<") && c > 0)
                grid.merges << QRect(c - 1, r, 2, 1);
            else if (t == QLatin1String("^") && r > 0)
                grid.merges << QRect(c, r - 1, 1, 2);
        }
    }
    ImportContext context;
    context.campaign.id = 1;
    context.campaign.year = 2024;
    context.campaign.start = QDate(2024, 9, 1);
    context.campaign.end = QDate(2024, 9, 30);
    context.today = QDate(2024, 8, 1);
    context.pillars = {{1, 1, 0, QStringLiteral("开展质量主题宣传"), QStringLiteral("质量宣传"), {}, {}}};
    context.metrics = {{2, 1, 0, QStringLiteral("参与人数"), QStringLiteral("人次")}};
    context.departments = {{3, 0, QStringLiteral("办公室"), false}};
    const TableLayout layout = ColumnRoles::detect(grid, context);
    if (layout.columns.size() != width)
        abort();
    const ImportPreview preview = PlanRecognizer::build(grid, layout, context);
    for (const ImportRow& row : preview.rows)
        if (row.sourceRow < layout.firstDataRow() || row.sourceRow >= grid.rowCount())
            abort();
    return 0;
}
