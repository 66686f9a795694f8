#pragma once

#include <QByteArray>
#include <QString>

// QTextDocumentWriter sets fonts only for Latin text (fo:font-family, fo:font-size). LibreOffice,
// WPS and Word take Chinese text's font from the separate "asian" properties, so without them the
// body shows in the default CJK font and size. This copies each text style's family, size and
// weight into style:font-family-asian, style:font-size-asian and style:font-weight-asian.
namespace OdtCjkFonts {
// content.xml with the asian font properties added.
QByteArray amendContent(const QByteArray& contentXml);
} // namespace OdtCjkFonts
