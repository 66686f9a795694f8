#pragma once

#include <QString>

class QXmlStreamWriter;

#include <cmath>

// Names and units of WordprocessingML (ECMA-376 transitional, as Word 2007+ and WPS write it).
namespace DocxXml {
inline const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString r =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString wp =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
inline const QString a = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString pic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
inline const QString packageRels =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
inline const QString relTypes =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

// Twentieths of a point, the unit of page sizes, margins, indents and line pitch.
inline int twips(double millimetres)
{
    return int(std::lround(millimetres * 1440 / 25.4));
}
inline int twipsOfPoints(double points)
{
    return int(std::lround(points * 20));
}
// Type sizes are in half points.
inline int halfPoints(double points)
{
    return int(std::lround(points * 2));
}
// English Metric Units, the unit of picture sizes.
inline qint64 emu(double millimetres)
{
    return std::llround(millimetres * 36000);
}

// Text as XML 1.0 can carry it: control characters other than tab and line breaks, unpaired
// surrogates and U+FFFE/U+FFFF would make the part unreadable (Word refuses the whole file).
QString clean(const QString& text);
// Writes `text` (cleaned) as a run of the open paragraph: line breaks as w:br, tabs as w:tab.
void runs(QXmlStreamWriter* xml, const QString& text);
} // namespace DocxXml
