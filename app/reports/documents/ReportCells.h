#pragma once

#include "Metric.h"
#include "ReportDocument.h"

#include <optional>

// Table cells every report fills the same way: a count, a rate (— when there is none) and an amount
// that keeps its 余 flag. Numbers stay numbers for the workbook.
namespace ReportCells {
ReportCell count(int n);
ReportCell rate(std::optional<double> ratio);
ReportCell amount(const Amount& a); // empty when unset
} // namespace ReportCells
