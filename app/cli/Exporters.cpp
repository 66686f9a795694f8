#include "Exporters.h"

const QList<ExporterEntry>& exporters()
{
    static const QList<ExporterEntry> table = {};
    return table;
}
