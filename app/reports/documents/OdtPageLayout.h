#pragma once

#include <QByteArray>
#include <QString>

// What QTextDocumentWriter's ODF output lacks for an official document: the page (A4 with the
// GB/T 9704 margins), page numbers in the footer ("— 1 —", odd pages right and even pages left,
// one character in from the edge) and column widths word processors honour (it writes percentages
// that LibreOffice and WPS ignore, so every column came out equal).
namespace OdtPageLayout {
// The .odt `odt` with styles.xml added and the table widths amended; empty with a reason when the
// package cannot be read.
QByteArray apply(const QByteArray& odt, QString* error);
QByteArray stylesXml();
// Table widths in content.xml: the text area's width, columns as relative widths.
QByteArray amendContent(const QByteArray& contentXml);
} // namespace OdtPageLayout
