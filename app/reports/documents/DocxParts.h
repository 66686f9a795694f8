#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The small parts of a .docx package around word/document.xml: content types, relationships,
// settings (odd and even page footers), the two page-number footers, the font table and the
// document properties. Each is complete XML; names and ids are shared with DocxBody here.
namespace DocxParts {
inline const QString oddFooterId = QStringLiteral("rIdFooterOdd");
inline const QString evenFooterId = QStringLiteral("rIdFooterEven");
// From the page's foot to the number line's foot: 35 mm less the 7 mm gap and the 6 mm line.
constexpr double footerDistanceMm = 22;

QString pictureRelationId(int n); // n from 1
QString pictureName(int n);       // "image1.png"

QByteArray contentTypes();
QByteArray packageRelationships();
QByteArray documentRelationships(int pictures);
QByteArray settings();
// "— 1 —": odd pages at the right, even pages at the left, one character in from the edge.
QByteArray footer(bool odd);
QByteArray fontTable();
QByteArray coreProperties(const QString& title, const QDateTime& created);
QByteArray appProperties();
} // namespace DocxParts
