#include "OdtPageLayout.h"

#include "OfficialFonts.h"
#include "OfficialPage.h"

namespace {
// The number's line is 6 mm high; the page's bottom margin is what is left below it.
constexpr double kNumberLineMm = 6;

QByteArray mm(double millimetres)
{
    return QByteArray::number(millimetres, 'g', 6) + "mm";
}

QByteArray footer(const char* element, const char* style)
{
    return QByteArray("<style:") + element + "><text:p text:style-name=\"" + style +
           "\">— <text:page-number text:select-page=\"current\">1</text:page-number> —</text:p></style:" +
           element + ">";
}

QByteArray numberStyle(const char* name, const char* align, const char* margin, const QByteArray& family)
{
    const QByteArray size = QByteArray::number(OfficialPage::pageNumberPt) + "pt";
    return QByteArray("<style:style style:name=\"") + name +
           "\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"" + align +
           "\" fo:" + margin + "=\"" + size + "\"/><style:text-properties fo:font-family=\"'" + family +
           "'\" fo:font-size=\"" + size + "\" style:font-family-asian=\"'" + family +
           "'\" style:font-size-asian=\"" + size + "\"/></style:style>";
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
    using namespace OfficialPage;
    xml +=
        "</office:styles>"
        "<office:automatic-styles><style:page-layout style:name=\"GB9704\">"
        "<style:page-layout-properties fo:page-width=\"" +
        mm(widthMm) + "\" fo:page-height=\"" + mm(heightMm) +
        "\" style:print-orientation=\"portrait\" fo:margin-top=\"" + mm(topMm) + "\" fo:margin-bottom=\"" +
        mm(bottomMm - pageNumberGapMm - kNumberLineMm) + "\" fo:margin-left=\"" + mm(leftMm) +
        "\" fo:margin-right=\"" + mm(rightMm) +
        "\"/>"
        // The number sits 7 mm below the text area; 22 mm + the 6 mm line + 7 mm leave 35 mm at the foot.
        "<style:footer-style><style:header-footer-properties fo:min-height=\"0mm\" fo:margin-top=\"" +
        mm(pageNumberGapMm) +
        "\"/>"
        "</style:footer-style></style:page-layout></office:automatic-styles>"
        "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"GB9704\">";
    xml += footer("footer", "PageNumberOdd");
    xml += footer("footer-left", "PageNumberEven");
    xml += "</style:master-page></office:master-styles></office:document-styles>";
    return xml;
}

QByteArray textWidth()
{
    return mm(OfficialPage::textWidthMm);
}

} // namespace OdtPageLayout
