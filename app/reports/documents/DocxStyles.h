#pragma once

#include <QByteArray>

// word/styles.xml: the paragraph styles DocxBody, DocxTable and the footers name, in the official
// fonts (OfficialFonts, with the same fallbacks as the PDF) and the PDF's sizes and line pitch —
// 3号 body on 22 lines a page with a two-character indent, a 2号 title, 小四 tables. Users restyle
// the document through them (标题 1 and 标题 2 carry outline levels for the navigation pane).
namespace DocxStyles {
QByteArray stylesXml();
} // namespace DocxStyles
