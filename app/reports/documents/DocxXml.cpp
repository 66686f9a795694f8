#include "DocxXml.h"

#include <QXmlStreamWriter>

namespace DocxXml {

QString clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF ||
            (u < 0x20 && u != '\t' && u != '\n' && u != '\r'))
            continue;
        out += c;
    }
    return out;
}

void runs(QXmlStreamWriter* xml, const QString& text)
{
    const QString clean = DocxXml::clean(text);
    if (clean.isEmpty())
        return;
    xml->writeStartElement(QStringLiteral("w:r"));
    qsizetype start = 0;
    const auto flushText = [&](qsizetype end) {
        if (end > start) {
            xml->writeStartElement(QStringLiteral("w:t"));
            xml->writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml->writeCharacters(clean.mid(start, end - start));
            xml->writeEndElement();
        }
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c != QLatin1Char('\n') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            continue;
        flushText(i);
        if (c == QLatin1Char('\t'))
            xml->writeEmptyElement(QStringLiteral("w:tab"));
        else if (c == QLatin1Char('\n'))
            xml->writeEmptyElement(QStringLiteral("w:br"));
        start = i + 1;
    }
    flushText(clean.size());
    xml->writeEndElement(); // r
}

} // namespace DocxXml
