#include "ReportText.h"

#include <QRegularExpression>

#include <cmath>

namespace ReportText {

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += QStringLiteral("十");
    if (ones)
        s += digits.at(ones);
    return s;
}

QString heading1(int n, const QString& title)
{
    return chineseNumber(n) + QStringLiteral("、") + title;
}

QString heading2(int n, const QString& title)
{
    return QStringLiteral("（%1）%2").arg(chineseNumber(n), title);
}

QString withoutNumber(const QString& title)
{
    static const QRegularExpression prefix(QStringLiteral(
        "^\\s*(?:[（(][零一二三四五六七八九十]+[）)]|[零一二三四五六七八九十]+[、.．]|\\d+[、.．])\\s*"));
    QString t = title;
    t.remove(prefix);
    return t.trimmed();
}

QString number(double v)
{
    if (std::abs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("0+$")));
}

QString amount(const Amount& a, const QString& unit)
{
    if (!a.isSet)
        return {};
    QString text;
    if (a.approximate && a.value >= 10000) {
        const double tenThousands = std::floor(a.value / 1000) / 10; // one decimal, never rounded up
        text = number(tenThousands) + QStringLiteral("万余");
    } else {
        text = number(a.value) + (a.approximate ? QStringLiteral("余") : QString());
    }
    return text + unit;
}

QString spoken(const Amount& a, const QString& unit)
{
    if (!a.isSet)
        return {};
    if (a.value < 10)
        return number(a.value) + unit;
    if (a.value < 100) // two figures already: kept, with its own 余
        return number(a.value) + (a.approximate ? QStringLiteral("余") : QString()) + unit;
    const qint64 whole = qint64(std::floor(a.value));
    qint64 scale = 1; // drops every digit after the first two
    for (qint64 n = whole; n >= 100; n /= 10)
        scale *= 10;
    const qint64 kept = whole / scale * scale;
    const bool dropped = kept != whole || double(whole) != a.value;
    const QString over = dropped || a.approximate ? QStringLiteral("余") : QString();
    if (kept < 10000)
        return QString::number(kept) + over + unit;
    // 13000 → "1.3", 120000 → "12": at most two figures, so one decimal only below 100 000.
    const qint64 thousands = kept / 1000;
    const QString wan = thousands % 10 == 0 ? QString::number(thousands / 10)
                                            : QStringLiteral("%1.%2").arg(thousands / 10).arg(thousands % 10);
    return wan + QStringLiteral("万") + over + unit;
}

QString percent(double ratio)
{
    return QString::number(ratio * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace ReportText
