#include "DashboardFormat.h"

#include <QLocale>

namespace DashboardFormat {

QString amount(const Amount& a)
{
    if (!a.isSet)
        return QStringLiteral("—");
    const double rounded = qRound64(a.value * 10) / 10.0;
    const bool whole = rounded == double(qint64(rounded));
    QString text = QLocale().toString(rounded, 'f', whole ? 0 : 1);
    if (a.approximate)
        text += QStringLiteral("余");
    return text;
}

QString percent(std::optional<double> rate)
{
    if (!rate)
        return QStringLiteral("—");
    return QLocale().toString(*rate * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace DashboardFormat
