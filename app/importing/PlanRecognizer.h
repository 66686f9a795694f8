#pragma once

#include "formats/TableGrid.h"
#include "importing/ImportPreview.h"

// Turns a plan table into the rows it would store, under a layout (detected, or as the user set it):
// group rows set the pillar of the rows under them, merged cells apply to every row they span,
// dates and figures are read from their free text, departments matched by name. Pure: no file, no
// database; the wizard rebuilds the preview whenever the user changes a column's role.
namespace PlanRecognizer {

ImportPreview build(const TableGrid& grid, const TableLayout& layout, const ImportContext& context);
// Status words of a 完成情况 column: 已完成, 进行中, 未开始, 取消 …; false when none fits.
bool statusFromText(const QString& text, ActivityStatus* status);

} // namespace PlanRecognizer
