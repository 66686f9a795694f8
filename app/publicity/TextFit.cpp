#include "TextFit.h"

#include "Canvas.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextLayout>

#include <cmath>

namespace Publicity {

namespace {

// CJK faces put the ideographic em box from 0.88 em above the baseline to 0.12 em below; a little
// room either side keeps Latin descenders and brackets inside the block.
constexpr qreal kTop = 0.95;
constexpr qreal kBottom = 0.2;

qreal blockHeight(int lines, qreal em, qreal spacing)
{
    return lines <= 0 ? 0 : (lines - 1) * em * spacing + (kTop + kBottom) * em;
}

QFont sized(const TextSpec& spec, int px)
{
    QFont f = font(spec.face, 10, spec.bold);
    f.setPixelSize(qMax(1, px));
    return f;
}

qreal widest(const QFont& f, const QStringList& lines, qreal gap)
{
    qreal w = 0;
    for (const QString& l : lines)
        w = qMax(w, lineAdvance(f, l, gap));
    return w;
}

// Unicode line breaking at this size; hard line breaks are kept.
QStringList wrap(const QString& text, const QFont& f, qreal width)
{
    QStringList out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& para : paragraphs) {
        QTextLayout layout(para, f);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString s = para.mid(line.textStart(), line.textLength()).trimmed();
            if (!s.isEmpty())
                out << s;
        }
        layout.endLayout();
    }
    return out;
}

bool fits(const QFont& f, const QStringList& lines, const QRectF& box, const TextSpec& spec)
{
    if (spec.maxLines > 0 && lines.size() > spec.maxLines)
        return false;
    return widest(f, lines, spec.phraseGap) <= box.width() &&
           blockHeight(int(lines.size()), f.pixelSize(), spec.spacing) <= box.height();
}

struct Candidate
{
    int px = 0;
    QStringList lines;
};

// Largest size at which `lines` (fixed) fit, by proportion, then checked downwards.
Candidate fitFixed(const QStringList& lines, const QRectF& box, const TextSpec& spec, int minPx, int maxPx)
{
    const int probe = 1000;
    const QFont f = sized(spec, probe);
    const qreal w = widest(f, lines, spec.phraseGap);
    const qreal h = blockHeight(int(lines.size()), probe, spec.spacing);
    if (w <= 0 || h <= 0 || (spec.maxLines > 0 && lines.size() > spec.maxLines))
        return {};
    int px = qMin<int>(maxPx, int(std::floor(probe * qMin(box.width() / w, box.height() / h))));
    while (px >= minPx && !fits(sized(spec, px), lines, box, spec))
        px = int(px * 0.99) - 1;
    return px >= minPx ? Candidate{px, lines} : Candidate{};
}

// Largest size with Unicode wrapping, by bisection.
Candidate fitWrapped(const QString& text, const QRectF& box, const TextSpec& spec, int minPx, int maxPx)
{
    Candidate best;
    int lo = minPx, hi = maxPx;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const QFont f = sized(spec, mid);
        const QStringList lines = wrap(text, f, box.width());
        if (fits(f, lines, box, spec)) {
            best = {mid, lines};
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return best;
}

// Too long even at the smallest size: keep the lines that fit and end the last with "…".
Candidate elide(const QString& text, const QRectF& box, const TextSpec& spec, int px)
{
    const QFont f = sized(spec, px);
    QStringList lines = wrap(text, f, box.width());
    int keep = 0;
    while (keep < lines.size() && blockHeight(keep + 1, px, spec.spacing) <= box.height() &&
           (spec.maxLines <= 0 || keep < spec.maxLines))
        ++keep;
    keep = qMax(1, keep);
    lines = lines.mid(0, keep);
    const QString ellipsis(QChar(0x2026));
    QString& last = lines.last();
    last += ellipsis;
    while (last.size() > 1 && lineAdvance(f, last, spec.phraseGap) > box.width())
        last.remove(last.size() - 2, 1);
    return {px, lines};
}

} // namespace

qreal lineAdvance(const QFont& font, const QString& line, qreal phraseGap)
{
    const QFontMetricsF fm(font);
    if (phraseGap <= 0)
        return fm.horizontalAdvance(line);
    const QStringList parts = phrases(line);
    qreal w = 0;
    for (const QString& p : parts)
        w += fm.horizontalAdvance(p);
    return w + qMax<qsizetype>(0, parts.size() - 1) * phraseGap * font.pixelSize();
}

QStringList phrases(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return text.split(spaces, Qt::SkipEmptyParts);
}

qreal TextBlock::pointSize() const
{
    return em() * 72.0 / Canvas::dpi;
}

QRectF TextBlock::rect() const
{
    QRectF r(QPointF(0, 0), size);
    const Qt::Alignment h = spec.align & Qt::AlignHorizontal_Mask;
    const Qt::Alignment v = spec.align & Qt::AlignVertical_Mask;
    r.moveLeft(h & Qt::AlignLeft    ? box.left()
               : h & Qt::AlignRight ? box.right() - size.width()
                                    : box.center().x() - size.width() / 2);
    r.moveTop(v & Qt::AlignTop      ? box.top()
              : v & Qt::AlignBottom ? box.bottom() - size.height()
                                    : box.center().y() - size.height() / 2);
    return r;
}

TextBlock fitText(const QString& text, const QRectF& box, const TextSpec& spec)
{
    TextBlock block;
    block.spec = spec;
    block.box = box;
    const QString clean = text.trimmed();
    if (clean.isEmpty() || box.width() <= 0 || box.height() <= 0)
        return block;
    const int minPx = qMax(1, qRound(Canvas::pt(spec.minPt)));
    const int maxPx = qMax(minPx, qRound(Canvas::pt(spec.maxPt)));

    Candidate best;
    if (spec.breaking == Breaking::Anywhere) {
        best = fitWrapped(clean, box, spec, minPx, maxPx);
    } else {
        const QStringList parts = phrases(clean);
        QList<QStringList> options{{parts.join(QLatin1Char(' '))}};
        if (spec.breaking != Breaking::SingleLine && parts.size() > 1) {
            for (int i = 1; i < parts.size(); ++i)
                options << QStringList{parts.mid(0, i).join(QLatin1Char(' ')),
                                       parts.mid(i).join(QLatin1Char(' '))};
            if (parts.size() > 2)
                options << parts;
        }
        for (const QStringList& o : options) {
            const Candidate c = fitFixed(o, box, spec, minPx, maxPx);
            if (c.px > best.px)
                best = c;
        }
        // Breaking inside a phrase reads badly: only when it buys a much larger size.
        if (spec.breaking == Breaking::Phrases || best.px == 0) {
            const Candidate wrapped = fitWrapped(clean, box, spec, minPx, maxPx);
            if (wrapped.px > best.px * 1.3)
                best = wrapped;
        }
    }
    if (best.px == 0) {
        best = elide(clean, box, spec, minPx);
        block.elided = true;
    }
    block.font = sized(spec, best.px);
    block.lines = best.lines;
    block.size = QSizeF(qMin(box.width(), widest(block.font, block.lines, spec.phraseGap)),
                        qMin(box.height(), blockHeight(int(block.lines.size()), best.px, spec.spacing)));
    return block;
}

QRectF drawText(const Canvas& canvas, const TextBlock& block, const QColor& colour)
{
    if (block.isEmpty())
        return {};
    QPainter& p = canvas.painter();
    p.save();
    p.setFont(block.font);
    p.setPen(colour);
    const QFontMetricsF fm(block.font);
    const QRectF r = block.rect();
    const Qt::Alignment h = block.spec.align & Qt::AlignHorizontal_Mask;
    const qreal em = block.em();
    QRectF ink;
    qreal baseline = r.top() + kTop * em;
    for (const QString& line : block.lines) {
        const qreal w = lineAdvance(block.font, line, block.spec.phraseGap);
        qreal x = h & Qt::AlignLeft ? r.left() : h & Qt::AlignRight ? r.right() - w : r.center().x() - w / 2;
        const QStringList parts = block.spec.phraseGap > 0 ? phrases(line) : QStringList{line};
        for (const QString& part : parts) {
            p.drawText(QPointF(x, baseline), part);
            ink |= fm.tightBoundingRect(part).translated(x, baseline);
            x += fm.horizontalAdvance(part) + block.spec.phraseGap * em;
        }
        baseline += block.lineHeight();
    }
    p.restore();
    canvas.logInk(ink);
    return ink;
}

} // namespace Publicity
