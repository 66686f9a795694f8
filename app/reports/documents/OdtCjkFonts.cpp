#include "OdtCjkFonts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace OdtCjkFonts {

QByteArray amendContent(const QByteArray& contentXml)
{
    static const QRegularExpression element(QStringLiteral("<style:text-properties([^>]*?)(/?)>"));
    static const QRegularExpression attribute(
        QStringLiteral("fo:(font-family|font-size|font-weight)=\"([^\"]*)\""));
    const QString xml = QString::fromUtf8(contentXml);
    QString out;
    out.reserve(xml.size() + xml.size() / 4);
    qsizetype last = 0;
    for (auto it = element.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString attrs = m.captured(1);
        if (attrs.contains(QLatin1String("-asian=")))
            continue;
        QString asian;
        for (auto a = attribute.globalMatch(attrs); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            asian += QStringLiteral(" style:%1-asian=\"%2\"").arg(am.captured(1), am.captured(2));
        }
        out += QStringView(xml).mid(last, m.capturedStart() - last);
        out += QStringLiteral("<style:text-properties") + attrs + asian + m.captured(2) + QLatin1Char('>');
        last = m.capturedEnd();
    }
    out += QStringView(xml).mid(last);
    return out.toUtf8();
}

} // namespace OdtCjkFonts
