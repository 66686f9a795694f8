#pragma once

#include "Exporters.h"
#include "server/ServerAddress.h"

// `export postgresql://… --kind consolidated`: the 汇总报告 of the user's unit read live from the
// server (ServerConsolidated), the own unit's data from the server too. Prints what it wrote and the
// units that have no data yet; returns the exit code.
namespace Commands {
int exportConsolidatedFromServer(const ExportRequest& request, bool passwordFromStdin);
} // namespace Commands
