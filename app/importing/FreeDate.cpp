#include "importing/FreeDate.h"

#include "importing/ImportText.h"

#include <QRegularExpression>

namespace FreeDate {
namespace {

// One side of a range as written: any part may be missing ("30日" has only a day).
struct Point
{
    int year = 0;
    int month = 0;
    int day = 0;
    int bare = 0; // a number without 年/月/日, its meaning decided by the other side
    enum Part { Whole, Early, First, Middle, Last, End } part = Whole;
    bool empty() const { return !year && !month && !day && !bare && part == Whole; }
};

// Chinese numbers for months and days: 九, 十, 十五, 二十三, 三十一.
int chineseNumber(const QString& s)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s.isEmpty())
        return 0;
    int value = 0;
    int current = 0;
    for (QChar c : s) {
        const int d = digits.indexOf(c == QChar(0x3007) ? QChar(0x96F6) : c);
        if (d >= 0) {
            current = d;
        } else if (c == QChar(0x5341)) { // 十
            value += (current ? current : 1) * 10;
            current = 0;
        } else {
            return 0;
        }
    }
    return value + current;
}

int number(const QString& s)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok ? n : chineseNumber(s);
}

bool parsePoint(QString s, Point* p)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d{4})年)?(?:([0-9一二三四五六七八九十]{1,3})月份?)?(?:([0-"
                       "9一二三四五六七八九十]{1,3})[日号]?)?"
                       "(上旬|中旬|下旬|初|中|底|末|前|上午|下午|晚上|晚|全天)?$"));
    s.remove(QStringLiteral("起"));
    if (s.isEmpty())
        return true;
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return false;
    const QString year = m.captured(1), month = m.captured(2), day = m.captured(3), part = m.captured(4);
    const bool hasMonthMark = s.contains(QStringLiteral("月"));
    const bool hasDayMark = s.contains(QStringLiteral("日")) || s.contains(QStringLiteral("号"));
    p->year = year.isEmpty() ? 0 : year.toInt();
    p->month = month.isEmpty() ? 0 : number(month);
    if (!day.isEmpty()) {
        if (!hasMonthMark && !hasDayMark && month.isEmpty())
            p->bare = number(day);
        else
            p->day = number(day);
    }
    if (part == QStringLiteral("上旬"))
        p->part = Point::First;
    else if (part == QStringLiteral("中旬") || part == QStringLiteral("中"))
        p->part = Point::Middle;
    else if (part == QStringLiteral("下旬"))
        p->part = Point::Last;
    else if (part == QStringLiteral("初"))
        p->part = Point::Early;
    else if (part == QStringLiteral("底") || part == QStringLiteral("末"))
        p->part = Point::End;
    // 前 ("9月30日前"), 上午/下午/晚上 ("9月10日上午") only qualify a day: the day itself is the date.
    if (p->part != Point::Whole && p->day)
        return false; // "9月1日中旬" says two things

    return !p->empty() || !part.isEmpty();
}

QDate first(int year, const Point& p)
{
    switch (p.part) {
    case Point::Middle:
        return QDate(year, p.month, 11);
    case Point::Last:
        return QDate(year, p.month, 21);
    case Point::End: {
        const QDate last = QDate(year, p.month, 1).addMonths(1).addDays(-1);
        return last.addDays(-4);
    }
    default:
        return QDate(year, p.month, p.day ? p.day : 1);
    }
}

QDate last(int year, const Point& p)
{
    const QDate monthEnd = QDate(year, p.month, 1).addMonths(1).addDays(-1);
    if (p.day)
        return QDate(year, p.month, p.day);
    switch (p.part) {
    case Point::Early:
        return QDate(year, p.month, 5);
    case Point::First:
        return QDate(year, p.month, 10);
    case Point::Middle:
        return QDate(year, p.month, 20);
    default:
        return monthEnd;
    }
}

bool valid(int year, const Point& p)
{
    return p.month >= 1 && p.month <= 12 && (!p.day || QDate(year, p.month, p.day).isValid());
}

QString canonical(const QString& text)
{
    QString s = ImportText::compact(text);
    // ISO and dotted dates with a year first: 2024-09-01, 2024/9/1, 2024.9.1 → 2024年9月1日.
    static const QRegularExpression ymd(QStringLiteral("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})日?"));
    s.replace(ymd, QStringLiteral("\\1年\\2月\\3日"));
    static const QRegularExpression ym(QStringLiteral("(\\d{4})[-/.](\\d{1,2})(?![\\d月])"));
    s.replace(ym, QStringLiteral("\\1年\\2月"));
    // 9.1, 9/1 → 9月1日.
    static const QRegularExpression md(QStringLiteral("(?<![\\d年])(\\d{1,2})[./](\\d{1,2})(?!\\d)"));
    s.replace(md, QStringLiteral("\\1月\\2日"));
    // Range marks: - — – ~ ～ 至 到 —— and a trailing 止.
    static const QRegularExpression dash(QStringLiteral("[-—–~～〜]+|至|到"));
    s.replace(dash, QStringLiteral("|"));
    s.remove(QStringLiteral("止"));
    s.remove(QStringLiteral("期间"));
    return s;
}

} // namespace

QDate fromSerial(double serial)
{
    if (serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    return QDate(1899, 12, 30).addDays(qint64(serial));
}

Result parse(const QString& text, const Context& context)
{
    Result r;
    QString s = canonical(text);
    if (s.isEmpty() || context.year <= 0)
        return r;

    static const QRegularExpression serial(QStringLiteral("^\\d{5}(?:\\.\\d+)?$"));
    if (serial.match(s).hasMatch()) {
        const QDate d = fromSerial(s.toDouble());
        if (d.isValid() && d.year() > 1990 && d.year() < 2100) {
            r = {true, d, d, d.year() != context.year};
        }
        return r;
    }
    if (s == QStringLiteral("全年") || s == QStringLiteral("全年度") || s == QStringLiteral("长期") ||
        s == QStringLiteral("全年开展")) {
        return {true, QDate(context.year, 1, 1), QDate(context.year, 12, 31), false};
    }
    if (s == QStringLiteral("全月") || s == QStringLiteral("质量月期间") || s == QStringLiteral("活动期间")) {
        if (context.campaignStart.isValid() && context.campaignEnd.isValid())
            return {true, context.campaignStart, context.campaignEnd, false};
        return {true, QDate(context.year, 9, 1), QDate(context.year, 9, 30), false};
    }

    // 即日起至9月30日 / 即日起 — from the start of the campaign.
    bool fromNow = false;
    for (const QString& word :
         {QStringLiteral("即日起"), QStringLiteral("即日"), QStringLiteral("从即日起")}) {
        if (s.startsWith(word)) {
            s = s.mid(word.size());
            if (s.startsWith(QLatin1Char('|')))
                s = s.mid(1);
            fromNow = true;
            break;
        }
    }
    // Several single days ("9月1日、9月15日") read as the span from the first to the last.
    s.replace(QStringLiteral("、"), QStringLiteral("|"));
    s.replace(QLatin1Char(','), QLatin1Char('|'));
    s.replace(QStringLiteral("和"), QStringLiteral("|"));
    QStringList sides = s.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (sides.isEmpty() && !fromNow)
        return r;
    if (sides.size() > 2) {
        const QString lastSide = sides.last();
        sides = {sides.first(), lastSide};
    }
    const bool openEnd = text.contains(QStringLiteral("起")) && sides.size() == 1 && !fromNow;

    Point a, b;
    if (!sides.isEmpty() && !parsePoint(sides.first(), &a))
        return r;
    if (sides.size() == 2 && !parsePoint(sides.at(1), &b))
        return r;
    if (sides.size() == 2) {
        // Share what one side leaves out: "9月1-30日", "9-10月", "8月28日-9月1日", "9月上旬-中旬".
        if (a.bare) {
            if (b.month && !b.day && b.part == Point::Whole)
                a.month = a.bare;
            else if (b.day && !b.month)
                a.day = a.bare;
            else
                return r;
            a.bare = 0;
        }
        if (b.bare) {
            if (a.day)
                b.day = b.bare;
            else if (a.month && !a.day)
                b.month = b.bare;
            else
                return r;
            b.bare = 0;
        }
        if (!a.year)
            a.year = b.year;
        if (!b.year)
            b.year = a.year;
        if (!b.month)
            b.month = a.month;
        if (!a.month && a.day && b.month)
            a.month = b.month;
    } else {
        if (a.bare)
            return r;
        b = a;
    }
    if (fromNow && sides.isEmpty()) {
        // "即日起" alone: for as long as the campaign runs.
        if (!context.campaignStart.isValid() || !context.campaignEnd.isValid())
            return r;
        return {true, context.campaignStart, context.campaignEnd, false};
    }

    const int yearA = a.year ? a.year : context.year;
    const int yearB = b.year ? b.year : yearA;
    if (!valid(yearA, a) || !valid(yearB, b))
        return r;
    QDate start = first(yearA, a);
    QDate end = last(yearB, b);
    if (fromNow) {
        // "即日起至9月30日": from the campaign's start, or from the first of the end's month.
        start = context.campaignStart.isValid() && context.campaignStart <= end
                    ? context.campaignStart
                    : QDate(end.year(), end.month(), 1);
    }
    if (openEnd)
        end = context.campaignEnd.isValid() && context.campaignEnd >= start ? context.campaignEnd : start;
    // A range that runs into the next year: "12月20日-1月10日".
    if (end < start && !b.year)
        end = end.addYears(1);
    if (!start.isValid() || !end.isValid() || end < start)
        return r;
    r.ok = true;
    r.start = start;
    r.end = end;
    r.otherYear = start.year() != context.year && end.year() != context.year;
    return r;
}

} // namespace FreeDate
