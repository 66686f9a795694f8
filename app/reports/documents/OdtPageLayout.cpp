#include "OdtPageLayout.h"

#include "OfficialFonts.h"

namespace {
// GB/T 9704-2012: top 37 mm, bottom 35 mm, binding edge 28 mm, the other 26 mm; 156 mm of text.
constexpr const char* kTextWidth = "156mm";

QByteArray footer(const char* element, const char* style)
{
    return QByteArray("<style:") + element + "><text:p text:style-name=\"" + style +
           "\">— <text:page-number text:select-page=\"current\">1</text:page-number> —</text:p></style:" +
           element + ">";
}

QByteArray numberStyle(const char* name, const char* align, const char* margin, const QByteArray& family)
{
    return QByteArray("<style:style style:name=\"") + name +
           "\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"" + align +
           "\" fo:" + margin + "=\"14pt\"/><style:text-properties fo:font-family=\"'" + family +
           "'\" fo:font-size=\"14pt\" style:font-family-asian=\"'" + family +
           "'\" style:font-size-asian=\"14pt\"/></style:style>";
}
} // namespace

namespace OdtPageLayout {

QByteArray stylesXml()
{
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">"
        "<office:styles>";
    // 4号 (14 pt) 宋体 for the numbers, one character (14 pt) in from the outer edge.
    const QByteArray family = OfficialFonts::instance().family(OfficialFonts::Role::PageNumber).toUtf8();
    xml += numberStyle("PageNumberOdd", "end", "margin-right", family);
    xml += numberStyle("PageNumberEven", "start", "margin-left", family);
    xml +=
        "</office:styles>"
        "<office:automatic-styles><style:page-layout style:name=\"GB9704\">"
        "<style:page-layout-properties fo:page-width=\"210mm\" fo:page-height=\"297mm\" "
        "style:print-orientation=\"portrait\" fo:margin-top=\"37mm\" fo:margin-bottom=\"22mm\" "
        "fo:margin-left=\"28mm\" fo:margin-right=\"26mm\"/>"
        // The number sits 7 mm below the text area; 22 mm + the 6 mm line + 7 mm leave 35 mm at the foot.
        "<style:footer-style><style:header-footer-properties fo:min-height=\"0mm\" fo:margin-top=\"7mm\"/>"
        "</style:footer-style></style:page-layout></office:automatic-styles>"
        "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"GB9704\">";
    xml += footer("footer", "PageNumberOdd");
    xml += footer("footer-left", "PageNumberEven");
    xml += "</style:master-page></office:master-styles></office:document-styles>";
    return xml;
}

const char* textWidth()
{
    return kTextWidth;
}

} // namespace OdtPageLayout
