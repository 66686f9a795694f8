#pragma once

#include "ConsolidatedInput.h"
#include "ReportDocument.h"
#include "WorkbookWriter.h"

// The consolidated summary (汇总报告) as one computed document: the roll-up by unit with its 合计 row,
// the pillars and metrics summed over units, and each unit's activities. The PDF and the ODT print
// document(); the workbook has the same tables, one sheet each, the activities in one list.
namespace ConsolidatedDocument {
QString title(const ConsolidatedInput& input);
ReportTable rollUp(const ConsolidatedInput& input);
ReportTable pillars(const ConsolidatedInput& input);
ReportTable metrics(const ConsolidatedInput& input);
// One unit's activities; with `unitColumn` the unit's name leads each row (the workbook's list).
ReportTable activities(const ConsolidatedUnit& unit, bool unitColumn);
// Every unit's activities under a group row with the unit's name, the own unit first.
ReportTable unitActivities(const ConsolidatedInput& input);
ReportDocument document(const ConsolidatedInput& input);
QList<WorkbookSheet> workbook(const ConsolidatedInput& input);
} // namespace ConsolidatedDocument
