#pragma once

#include "ZipPackage.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What QTextDocumentWriter's ODF output lacks for an official document: the page (A4 with the
// GB/T 9704 margins), page numbers in the footer ("— 1 —", odd pages right and even pages left,
// one character in from the edge) and column widths word processors honour (it writes percentages
// that LibreOffice and WPS ignore, so every column came out equal).
namespace OdtPageLayout {
// Adds styles.xml (and its manifest entry) to the package's entries.
void addStyles(QList<ZipPackage::Entry>* entries);
QByteArray stylesXml();
// Table widths in content.xml: the text area's width, columns as relative widths.
QByteArray amendContent(const QByteArray& contentXml);
} // namespace OdtPageLayout
