#pragma once

#include <QFont>
#include <QString>

// Some CJK fonts (Noto/Source Han) map a Kangxi radical such as U+2F49 ⽉ to the same glyph as the
// ideograph U+6708 月. Qt's PDF writer maps each glyph back to the lowest code point that uses it, so
// such text copies and searches wrong. This makes a private copy of the font without the radical
// blocks in its character map and without glyph substitutions (GSUB), and registers it; the copy
// draws the same glyphs, and every glyph it draws maps back to the character that was typed.
namespace SearchableFont {
// True when `font` maps a radical code point to a glyph an ordinary ideograph also uses.
bool needsFix(const QFont& font);
// The family to draw with instead of `font`: a fixed private copy when needed, else font.family().
// Empty when the copy could not be made. Call from the GUI thread; results are cached.
QString familyFor(const QFont& font);
} // namespace SearchableFont
