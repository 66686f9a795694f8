#include "ReportCells.h"

#include "ReportText.h"

namespace ReportCells {

ReportCell count(int n)
{
    return ReportCell::ofNumber(n, QString::number(n));
}

ReportCell rate(std::optional<double> ratio)
{
    return ratio ? ReportCell::ofNumber(*ratio, ReportText::percent(*ratio))
                 : ReportCell::ofText(QStringLiteral("—"));
}

ReportCell amount(const Amount& a)
{
    if (!a.isSet)
        return ReportCell::ofText(QString());
    ReportCell c = ReportCell::ofNumber(a.value, ReportText::amount(a));
    c.approximate = a.approximate;
    return c;
}

} // namespace ReportCells
