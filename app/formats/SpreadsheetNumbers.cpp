#include "formats/SpreadsheetNumbers.h"

#include <QTime>

#include <cmath>

namespace SpreadsheetNumbers {

namespace {
// The code with quoted text, escapes and [colour]/[$-804] sections removed: what decides the style.
QString bareCode(const QString& code)
{
    QString bare;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i;
        else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            if (end < 0)
                break;
            i = end;
        } else if (c == u';')
            break; // the first section decides
        else
            bare += c.toLower();
    }
    return bare;
}

// Renders a date/time code token by token; literal text passes through.
QString render(const QString& code, const QDateTime& when)
{
    QString out;
    bool afterHour = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const QChar lower = c.toLower();
        qsizetype run = 1;
        while (i + run < code.size() && code.at(i + run).toLower() == lower)
            ++run;
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            out += code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            i = end < 0 ? code.size() : end;
            continue;
        }
        if (c == u'\\' && i + 1 < code.size()) {
            out += code.at(++i);
            continue;
        }
        if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            i = end < 0 ? code.size() : end;
            continue;
        }
        if (c == u';')
            break;
        if (lower == u'y')
            out += run <= 2 ? when.toString(QStringLiteral("yy")) : QString::number(when.date().year());
        else if (lower == u'm') {
            // m after h, or before s, is minutes.
            qsizetype j = i + run;
            while (j < code.size() && !code.at(j).isLetter())
                ++j;
            const bool minutes = afterHour || (j < code.size() && code.at(j).toLower() == u's');
            if (minutes)
                out += when.toString(run >= 2 ? QStringLiteral("mm") : QStringLiteral("m"));
            else if (run >= 3)
                out += QString::number(when.date().month()) + u'月';
            else
                out += run == 2 ? when.toString(QStringLiteral("MM")) : QString::number(when.date().month());
            afterHour = false;
        } else if (lower == u'd') {
            if (run >= 3)
                out += when.toString(QStringLiteral("ddd"));
            else
                out += run == 2 ? when.toString(QStringLiteral("dd")) : QString::number(when.date().day());
        } else if (lower == u'h') {
            out += when.toString(run >= 2 ? QStringLiteral("HH") : QStringLiteral("H"));
            afterHour = true;
        } else if (lower == u's')
            out += when.toString(run >= 2 ? QStringLiteral("ss") : QStringLiteral("s"));
        else if (lower == u'e')
            out += QString::number(when.date().year());
        else if (c == u'@' || lower == u'a' || lower == u'g' || lower == u'b')
            ; // AM/PM, era markers: not in plan tables
        else {
            out += code.mid(i, run);
        }
        i += run - 1;
    }
    return out.trimmed();
}
} // namespace

Style styleOf(int id, const QString& code)
{
    if (!code.isEmpty()) {
        const QString bare = bareCode(code);
        if (bare.contains(u'%'))
            return Style::Percent;
        const bool date = bare.contains(u'y') || bare.contains(u'd') || bare.contains(u'e') ||
                          (bare.contains(u'm') && !bare.contains(u'h') && !bare.contains(u's'));
        if (date)
            return Style::Date;
        if (bare.contains(u'h') || bare.contains(u's'))
            return Style::Time;
        return Style::Number;
    }
    if (id == 9 || id == 10)
        return Style::Percent;
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return Style::Date;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return Style::Time;
    return Style::Number;
}

QDate dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 0)
        return QDate(1900, 1, 1); // Excel's "1900-01-00"
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

TableCell cell(double value, Style style, const QString& code, bool date1904)
{
    TableCell cell;
    cell.number = value;
    if (!std::isfinite(value)) {
        cell.kind = TableCell::Kind::Text;
        cell.text = QStringLiteral("#NUM!");
        return cell;
    }
    if (style == Style::Date) {
        const QDate date = dateFromSerial(value, date1904);
        if (date.isValid()) {
            cell.kind = TableCell::Kind::Date;
            cell.date = date;
            const double fraction = value - std::floor(value);
            const QDateTime when(date, QTime(0, 0).addMSecs(qint64(std::llround(fraction * 86400.0) * 1000)));
            cell.text = code.isEmpty() ? date.toString(Qt::ISODate) : render(code, when);
            if (cell.text.isEmpty())
                cell.text = date.toString(Qt::ISODate);
            return cell;
        }
    }
    cell.kind = TableCell::Kind::Number;
    if (style == Style::Time) {
        const double fraction = value - std::floor(value);
        const QTime time = QTime(0, 0).addSecs(int(std::llround(fraction * 86400.0)) % 86400);
        cell.text = time.toString(time.second() ? QStringLiteral("H:mm:ss") : QStringLiteral("H:mm"));
    } else if (style == Style::Percent) {
        cell.text = numberText(value * 100) + u'%';
    } else {
        cell.text = numberText(value);
    }
    return cell;
}

} // namespace SpreadsheetNumbers
