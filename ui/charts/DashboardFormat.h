#pragma once

#include "Metric.h"

#include <QString>

#include <optional>

// How the dashboard writes numbers: grouped digits, "余" kept after approximate totals.
namespace DashboardFormat {
// "12,345余" for an approximate 12 345; "—" when the amount is not set.
QString amount(const Amount& a);
// "42.9%"; "—" when there is no rate.
QString percent(std::optional<double> rate);
} // namespace DashboardFormat
