#pragma once

#include "importing/ImportPreview.h"

#include <QList>
#include <QString>
#include <QStringList>

struct TableGrid;

// The words the wizard and the command line use about a preview, so both say the same thing.
namespace ImportSummary {

// "213 rows: 209 ready, 4 need a look"
QString headline(const ImportPreview& preview);
// "A 序号 → No.", one per column.
QStringList columns(const TableLayout& layout, const QList<Metric>& metrics);
// "一、开展质量主题宣传 → 开展质量主题宣传，倡导… (12 rows)" or "… → new pillar".
QStringList groups(const ImportPreview& preview, const QList<Pillar>& pillars);
// "Row 7: the date “待定” could not be read …", one per issue, rows numbered as the table shows them.
QStringList problems(const ImportPreview& preview);
// The spreadsheet name of a column: A, B … Z, AA.
QString columnLetter(int column);
// The table most likely to be the plan: the one whose header is recognised best, then the longest.
int chooseTable(const QList<TableGrid>& tables, const ImportContext& context);

} // namespace ImportSummary
