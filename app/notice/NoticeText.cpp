#include "notice/NoticeText.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace NoticeText {
namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || c.isSurrogate();
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return isHan(c) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || u == 0x201C ||
           u == 0x201D || u == 0x2026 || u == 0x2014;
}

// ASCII punctuation next to Chinese text is the full-width sign a copy lost.
QString widenPunctuation(const QString& line)
{
    static const QString ascii = QStringLiteral(",:;()!?");
    static const QString wide = QStringLiteral("，：；（）！？");
    QString out = line;
    // A sign made wide is Chinese text for its neighbours ("a,(中" → "a，（中"): scan again until
    // nothing changes, so that normalising twice gives what normalising once gave.
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = 0; i < out.size(); ++i) {
            const qsizetype k = ascii.indexOf(out[i]);
            if (k < 0)
                continue;
            qsizetype before = i - 1, after = i + 1;
            while (before >= 0 && out[before] == QLatin1Char(' '))
                --before;
            while (after < out.size() && out[after] == QLatin1Char(' '))
                ++after;
            const bool cjkBefore = before >= 0 && isCjk(out[before]);
            const bool cjkAfter = after < out.size() && isCjk(out[after]);
            if (cjkBefore || cjkAfter) {
                out[i] = wide[k];
                changed = true;
            }
        }
    }
    return out;
}

// "" and “” mixed, unbalanced or straight: alternate opening and closing marks within a line.
QString pairQuotes(const QString& line)
{
    QString out = line;
    bool open = false;
    for (QChar& c : out) {
        if (c == QLatin1Char('"')) {
            c = open ? QChar(0x201D) : QChar(0x201C);
            open = !open;
        } else if (c == QChar(0x201C)) {
            open = true;
        } else if (c == QChar(0x201D)) {
            open = false;
        }
    }
    return out;
}

QString tidyLine(QString line)
{
    for (QChar& c : line) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u - 0xFF10 + '0'));
        else if (u == 0x3000 || u == 0x00A0 || u == u'\t')
            c = QLatin1Char(' ');
    }
    line.remove(QChar(0x200B));
    line.remove(QChar(0xFEFF));
    static const QRegularExpression digitSpace(QStringLiteral("(?<=\\d) +(?=[\\d个年月日号])"));
    static const QRegularExpression afterUnit(QStringLiteral("(?<=[年月〔【\\[]) +(?=\\d)"));
    static const QRegularExpression beforeClose(QStringLiteral("(?<=\\d) +(?=[〕】\\]])"));
    // pdftotext and Poppler set digits apart from Chinese text: "开展 2023 年", "等 25 个部门"
    static const QRegularExpression hanDigit(QStringLiteral("(?<=\\p{Han}) +(?=\\d)|(?<=\\d) +(?=\\p{Han})"));
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    line.replace(digitSpace, QString()).replace(afterUnit, QString()).replace(beforeClose, QString());
    line.replace(hanDigit, QString());
    line.replace(spaces, QStringLiteral(" "));
    // Quotes first: a curly quote is Chinese text for the punctuation beside it.
    return widenPunctuation(pairQuotes(line.trimmed()));
}

bool isNoise(const QString& line)
{
    static const QRegularExpression url(QStringLiteral("^(https?://|www\\.)\\S+$"));
    return url.match(line).hasMatch() || line.startsWith(QStringLiteral("预览已结束")) ||
           line == QStringLiteral("……") || line == QStringLiteral("...") || line == QStringLiteral("…");
}

// Lines a paragraph never continues from: titles, headings, slogans, signatures and dates.
bool endsParagraph(const QString& line)
{
    static const QRegularExpression shortHeading(QStringLiteral("^[一二三四五六七八九十]{1,3}、\\S{1,16}$"));
    static const QRegularExpression label(QStringLiteral("^[\\p{Han} ]{1,8}：\\S"));
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}年\\d{1,2}月\\d{1,2}日$"));
    static const QRegularExpression tokens(QStringLiteral("^\\S{1,16}( \\S{1,16})+$"));
    if (line.size() < 20)
        return true;
    const QChar last = line.back();
    if (!isHan(last) && !QStringLiteral("，、”）").contains(last))
        return true;
    return line.endsWith(QStringLiteral("通知")) || shortHeading.match(line).hasMatch() ||
           label.match(line).hasMatch() || dateOnly.match(line).hasMatch() || tokens.match(line).hasMatch();
}

// Columns a line takes when printed: Chinese characters and full-width signs two, the rest one.
int displayWidth(const QString& line)
{
    int width = 0;
    for (const QChar c : line)
        width += isCjk(c) ? 2 : 1;
    return width;
}

// A reposting site's own headline: it quotes the notice's title, which follows on its own line.
bool isRepostHeadline(const QString& line, const QString& next)
{
    return line.contains(QStringLiteral("《") + next + QStringLiteral("》")) &&
           next.endsWith(QStringLiteral("通知"));
}

} // namespace

QString simplified(const QString& text)
{
    static std::once_flag once;
    static std::unique_ptr<icu::Transliterator> transliterator;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Traditional-Simplified"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    });
    if (!transliterator)
        return text;
    icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(u); // const: the instance is shared between threads safely
    return QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
}

bool startsItem(const QString& paragraph)
{
    static const QRegularExpression item(QStringLiteral(
        "^([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|附件\\s*\\d|\\d{1,2}[.、．])"));
    return item.match(paragraph).hasMatch();
}

QStringList paragraphs(const QString& raw)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0x2028), QLatin1Char('\n')).replace(QChar(0x2029), QLatin1Char('\n'));
    text = simplified(text);
    QStringList lines;
    bool header = true; // annotations a copy starts with ("# …") are not the notice
    for (const QString& rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = tidyLine(rawLine);
        if (header && (line.isEmpty() || line.startsWith(QLatin1Char('#'))))
            continue;
        header = false;
        if (!line.isEmpty() && !isNoise(line))
            lines << line;
    }
    if (lines.size() > 1 && isRepostHeadline(lines[0], lines[1]))
        lines.removeFirst();
    // Text from a PDF comes one printed line at a time: most lines share the full width, and a full
    // line ending in 。 is still inside its paragraph.
    QHash<int, int> widths;
    for (const QString& line : std::as_const(lines))
        if (displayWidth(line) >= 40)
            ++widths[displayWidth(line)];
    int full = 0, most = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        if (it.value() > most || (it.value() == most && it.key() > full))
            std::tie(full, most) = std::pair(it.key(), it.value());
    if (most < 5)
        full = 0;
    QStringList out;
    int lastWidth = 0;
    for (const QString& line : std::as_const(lines)) {
        const bool wrapped = full > 0 && lastWidth >= full - 4;
        if (!out.isEmpty() && (wrapped || !endsParagraph(out.back())) && !startsItem(line))
            out.back() += line;
        else
            out << line;
        lastWidth = displayWidth(line);
    }
    return out;
}

QString normalise(const QString& raw)
{
    // Joining printed lines changes the widths the next joining judges by, so one pass may leave lines
    // a second would join. Repeat until the text stays: a pass only removes (lines, spaces, marks) or
    // turns a sign into its wide or simplified form and never back, so the text cannot cycle, and a
    // pass that changes anything shortens it or rewrites a character — its length bounds the rounds.
    QString out = paragraphs(raw).join(QLatin1Char('\n'));
    for (qsizetype round = 0; round <= out.size(); ++round) {
        QString next = paragraphs(out).join(QLatin1Char('\n'));
        if (next == out)
            break;
        out = std::move(next);
    }
    return out;
}

} // namespace NoticeText
