#include "importing/ImportText.h"

#include <QRegularExpression>

namespace ImportText {

QString normalized(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        ushort u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
            c = QChar(ushort(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0)
            c = QLatin1Char(' ');
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

QString compact(const QString& text)
{
    QString out = normalized(text);
    out.remove(QLatin1Char(' '));
    return out;
}

QString key(const QString& text)
{
    const QString c = compact(text);
    QString out;
    out.reserve(c.size());
    for (QChar ch : c) {
        if (ch.isPunct() || ch.isSymbol())
            continue;
        out += ch;
    }
    return out;
}

static const QRegularExpression& enumerator()
{
    // 一、 （一） (一) 1、 1. （1） 第一部分/第一项/第一类 — the way plans number groups and rows.
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:[（(]\\s*[一二三四五六七八九十百零〇\\d]+\\s*[)）]|[一二三四五六七八九十]+\\s*[、.．]|"
        "\\d+\\s*[、．]|\\d+\\.(?!\\d)|第[一二三四五六七八九十\\d]+(?:部分|项|类|篇|板块|方面)\\s*[：:、]?)"
        "\\s*"));
    return re;
}

QString withoutEnumerator(const QString& text)
{
    QString t = normalized(text);
    const QRegularExpressionMatch m = enumerator().match(t);
    if (m.hasMatch())
        t = t.mid(m.capturedLength());
    return t.trimmed();
}

bool startsWithGroupEnumerator(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:[（(]\\s*[一二三四五六七八九十]+\\s*[)）]|[一二三四五六七八九十]+\\s*[、.．]|"
                       "第[一二三四五六七八九十]+(?:部分|类|篇|板块|方面))"));
    return re.match(normalized(text)).hasMatch();
}

} // namespace ImportText
