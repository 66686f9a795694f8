#include "IcsText.h"

#include <algorithm>

namespace IcsText {

QString escape(const QString& text)
{
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',');
    });
    if (plain)
        return text;
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
    const char* data = utf8.constData();
    const qsizetype size = utf8.size();
    QByteArray out;
    out.reserve(size + size / 70 * 3 + 2);
    // The first physical line holds 75 octets; continuation lines 74 after their leading space.
    qsizetype i = 0, limit = 75;
    while (size - i > limit) {
        qsizetype end = i + limit;
        while (end > i && (uchar(data[end]) & 0xC0) == 0x80) // never split a UTF-8 sequence
            --end;
        out.append(data + i, end - i);
        out.append("\r\n ", 3);
        i = end;
        limit = 74;
    }
    out.append(data + i, size - i);
    out.append("\r\n", 2);
    return out;
}

// Digits by hand: QDate::toString goes through the calendar and locale machinery, which
// dominated the export of 100 000 activities.
QString date(QDate d)
{
    if (!d.isValid())
        return {};
    char buf[8];
    int y = d.year(), m = d.month(), day = d.day();
    for (int i = 3; i >= 0; --i, y /= 10)
        buf[i] = char('0' + y % 10);
    buf[4] = char('0' + m / 10);
    buf[5] = char('0' + m % 10);
    buf[6] = char('0' + day / 10);
    buf[7] = char('0' + day % 10);
    return QString::fromLatin1(buf, 8);
}

QString utcDateTime(QDateTime dt)
{
    const QDateTime utc = dt.toUTC();
    const QTime t = utc.time();
    const char time[] = {'T',
                         char('0' + t.hour() / 10),
                         char('0' + t.hour() % 10),
                         char('0' + t.minute() / 10),
                         char('0' + t.minute() % 10),
                         char('0' + t.second() / 10),
                         char('0' + t.second() % 10),
                         'Z'};
    return date(utc.date()) + QLatin1String(time, 8);
}

} // namespace IcsText
