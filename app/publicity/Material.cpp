#include "Material.h"

#include "Canvas.h"

namespace Publicity {

qreal Material::scale(const Canvas& canvas)
{
    return qMin(canvas.width(), canvas.height()) / Canvas::mm(210);
}

QString chineseDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString chineseDateRange(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from == to)
        return chineseDate(from.isValid() ? from : to);
    const QString end =
        from.year() == to.year() ? QStringLiteral("%1月%2日").arg(to.month()).arg(to.day()) : chineseDate(to);
    return QStringLiteral("%1至%2").arg(chineseDate(from), end);
}

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n < 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    QString s = n / 10 > 1 ? QString(digits.at(n / 10)) : QString();
    s += QStringLiteral("十");
    if (n % 10)
        s += digits.at(n % 10);
    return s;
}

} // namespace Publicity
