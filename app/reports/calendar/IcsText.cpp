#include "IcsText.h"

namespace IcsText {

QString escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            continue; // other control characters are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray line(const QString& content)
{
    const QByteArray utf8 = content.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        // Length of the UTF-8 sequence starting here; continuation bytes are 10xxxxxx.
        qsizetype n = 1;
        while (i + n < utf8.size() && (uchar(utf8.at(i + n)) & 0xC0) == 0x80)
            ++n;
        if (lineLength + n > 75) {
            out += "\r\n ";
            lineLength = 1; // the leading space counts towards the next line's 75 octets
        }
        out += utf8.mid(i, n);
        lineLength += n;
        i += n;
    }
    out += "\r\n";
    return out;
}

QString date(QDate d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

QString utcDateTime(QDateTime dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace IcsText
