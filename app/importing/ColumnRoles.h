#pragma once

#include "formats/TableGrid.h"
#include "importing/ImportPreview.h"

// Finds the header of a plan table — below title rows such as "附件1" or "XX县2024年"质量月"活动安排表",
// possibly over two rows — and gives each column its role by the synonyms bureaus use.
namespace ColumnRoles {

// The role a header cell names; Figure columns get the campaign metric that fits best (0 when none).
ColumnAssignment roleFor(const QString& header, const QList<Metric>& metrics);
// headerRow is -1 when no row looks like a header (then every column is Other).
TableLayout detect(const TableGrid& grid, const ImportContext& context);
// Translated name of a role, for the wizard and the command line.
QString roleName(ColumnRole role);

} // namespace ColumnRoles
