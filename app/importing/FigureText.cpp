#include "importing/FigureText.h"

#include "importing/ImportText.h"

#include <QRegularExpression>

namespace FigureText {
namespace {

// 三千五百, 两万, 十二, 一百零八 → the number; 0 with ok = false when it is not one.
double chineseNumber(const QString& s, bool* ok)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    double total = 0, section = 0, current = 0;
    *ok = !s.isEmpty();
    for (QChar c : s) {
        int d = digits.indexOf(c);
        if (c == QChar(0x4E24)) // 两
            d = 2;
        if (d >= 0) {
            current = d;
            continue;
        }
        double unit = 0;
        switch (c.unicode()) {
        case 0x5341:
            unit = 10;
            break; // 十
        case 0x767E:
            unit = 100;
            break; // 百
        case 0x5343:
            unit = 1000;
            break; // 千
        case 0x4E07:
            unit = 10000;
            break; // 万
        case 0x4EBF:
            unit = 1e8;
            break; // 亿
        default:
            *ok = false;
            return 0;
        }
        if (unit >= 10000) {
            total += ((section + current) > 0 ? section + current : 1) * unit;
            section = 0;
        } else {
            section += (current ? current : 1) * unit;
        }
        current = 0;
    }
    return total + section + current;
}

} // namespace

const QStringList& measureWords()
{
    static const QStringList words = [] {
        QStringList w{
            QStringLiteral("人次"), QStringLiteral("场次"), QStringLiteral("台次"), QStringLiteral("批次"),
            QStringLiteral("家次"), QStringLiteral("户次"), QStringLiteral("份"),   QStringLiteral("人"),
            QStringLiteral("条"),   QStringLiteral("块"),   QStringLiteral("幅"),   QStringLiteral("家"),
            QStringLiteral("件"),   QStringLiteral("台"),   QStringLiteral("个"),   QStringLiteral("起"),
            QStringLiteral("类"),   QStringLiteral("项"),   QStringLiteral("次"),   QStringLiteral("场"),
            QStringLiteral("张"),   QStringLiteral("册"),   QStringLiteral("本"),   QStringLiteral("户"),
            QStringLiteral("期"),   QStringLiteral("篇"),   QStringLiteral("批"),   QStringLiteral("只"),
            QStringLiteral("套"),   QStringLiteral("名"),   QStringLiteral("所"),   QStringLiteral("处"),
            QStringLiteral("元"),   QStringLiteral("万元")};
        std::stable_sort(w.begin(), w.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return w;
    }();
    return words;
}

Result parse(const QString& text)
{
    Result r;
    QString s = ImportText::compact(text);
    if (s.isEmpty())
        return r;
    // Thousands separators: 3,000 / 3，000 (normalized to ',').
    static const QRegularExpression thousands(QStringLiteral("(\\d),(?=\\d{3}(?!\\d))"));
    s.replace(thousands, QStringLiteral("\\1"));

    static const QRegularExpression re(
        QStringLiteral("^(共计|累计|合计|总计|共|计|达到|达|约|大约|超过|超|逾|近|将近|多达|不少于|至少)*"
                       "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千万亿]+)"
                       "(万|千|百)?(余|多|左右|以上|上下)?(.*)$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return r;
    const QString prefix = m.captured(1);
    QString digits = m.captured(2);
    const QString multiplier = m.captured(3);
    QString approx = m.captured(4);
    QString rest = m.captured(5);

    double value = 0;
    bool ok = false;
    if (digits.front().isDigit()) {
        value = digits.toDouble(&ok);
    } else {
        // "百余人", "万余份": the word stands for one of it.
        value = chineseNumber(digits, &ok);
    }
    if (!ok)
        return r;
    if (multiplier == QStringLiteral("万"))
        value *= 10000;
    else if (multiplier == QStringLiteral("千"))
        value *= 1000;
    else if (multiplier == QStringLiteral("百"))
        value *= 100;

    // "1500余份" has 余 after the number; "2000人以上" after the measure word.
    for (const QString& word : measureWords()) {
        if (rest.startsWith(word)) {
            r.measure = word;
            rest = rest.mid(word.size());
            break;
        }
    }
    if (approx.isEmpty()) {
        for (const QString& tail :
             {QStringLiteral("余"), QStringLiteral("多"), QStringLiteral("以上"), QStringLiteral("左右")}) {
            if (rest.startsWith(tail)) {
                approx = tail;
                rest = rest.mid(tail.size());
                break;
            }
        }
    }
    // Whatever follows must be nothing of substance ("。", "（含线上）" is not a figure any more).
    static const QRegularExpression trailing(QStringLiteral("^[。.;；,、)）]*$"));
    if (!trailing.match(rest).hasMatch() && !(rest.startsWith(QLatin1Char('(')) && r.measure.size()))
        return r;

    const bool roughPrefix = prefix.contains(QStringLiteral("约")) || prefix.contains(QStringLiteral("超")) ||
                             prefix.contains(QStringLiteral("逾")) || prefix.contains(QStringLiteral("近")) ||
                             prefix.contains(QStringLiteral("不少于")) ||
                             prefix.contains(QStringLiteral("至少"));
    r.ok = true;
    r.amount.value = value;
    r.amount.isSet = true;
    r.amount.approximate = !approx.isEmpty() || roughPrefix;
    return r;
}

} // namespace FigureText
