#pragma once

#include "PublicityStyle.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

namespace Publicity {

class Canvas;

// How a text may be broken into lines.
enum class Breaking {
    Anywhere,    // between any two CJK characters or at word boundaries (Unicode line breaking)
    Phrases,     // a slogan: one line, or split at its spaces; mid-phrase only when far larger
    PhrasesOnly, // a banner: one line, or split at its spaces; mid-phrase only when nothing else fits
    SingleLine,  // never broken
};

struct TextSpec
{
    Face face = Face::Body;
    bool bold = false;
    qreal maxPt = 24;
    qreal minPt = 8; // below this the text is cut with "…" instead of shrinking further
    qreal spacing = 1.35;
    Breaking breaking = Breaking::Anywhere;
    Qt::Alignment align = Qt::AlignCenter;
    int maxLines = 0;    // 0 = as many as fit
    qreal phraseGap = 0; // > 0: spaces are drawn this many ems wide (slogans' 全角 gap)
};

// Text laid out at the largest size that fits a box. Lines never exceed the box's width and the
// block never exceeds its height; the block sits in the box as `align` says.
struct TextBlock
{
    QFont font;
    QStringList lines;
    TextSpec spec;
    QRectF box;
    QSizeF size; // of the block
    bool elided = false;

    qreal em() const { return font.pixelSize(); }
    qreal lineHeight() const { return em() * spec.spacing; }
    qreal pointSize() const;
    QRectF rect() const; // where the block lands inside `box`
    bool isEmpty() const { return lines.isEmpty(); }
};

TextBlock fitText(const QString& text, const QRectF& box, const TextSpec& spec);
// Paints the block and returns its ink rectangle.
QRectF drawText(const Canvas& canvas, const TextBlock& block, const QColor& colour);

// The advance of one line as drawText sets it (phrase gaps included).
qreal lineAdvance(const QFont& font, const QString& line, qreal phraseGap);
// A slogan's phrases: the parts between runs of spaces (ASCII or 全角).
QStringList phrases(const QString& text);

} // namespace Publicity
