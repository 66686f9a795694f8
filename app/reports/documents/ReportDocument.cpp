#include "ReportDocument.h"

#include <algorithm>

bool ReportTable::forEachRow(const RowSink& sink) const
{
    for (const ReportRow& row : m_rows)
        if (!sink(row))
            return false;
    return !m_source || m_source(sink);
}

bool ReportTable::hasGroupRows() const
{
    return (m_source && m_sourceGrouped) ||
           std::any_of(m_rows.begin(), m_rows.end(), [](const ReportRow& r) { return r.group; });
}

void ReportTable::setSource(RowSource source, qint64 rowCount, bool grouped)
{
    m_source = std::move(source);
    m_sourceRows = m_source ? rowCount : 0;
    m_sourceGrouped = grouped;
}

QList<ReportRow> ReportTable::rows() const
{
    QList<ReportRow> out;
    out.reserve(rowCount());
    forEachRow([&](const ReportRow& row) {
        out.append(row);
        return true;
    });
    return out;
}
