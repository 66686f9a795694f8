#pragma once

#include <QByteArray>

// The page of an official document as OpenDocument styles: A4 with the GB/T 9704 margins and page
// numbers in the footer ("— 1 —", odd pages right and even pages left, one character in from the edge).
namespace OdtPageLayout {
// styles.xml, with the master page "Standard" every paragraph uses.
QByteArray stylesXml();
// The text area's width, which tables span ("156mm").
QByteArray textWidth();
} // namespace OdtPageLayout
