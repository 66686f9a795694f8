#include "formats/SafeXml.h"

#include "formats/FormatLimits.h"

#include <QCoreApplication>

SafeXml::SafeXml(const QByteArray& data) : m_reader(data)
{
    m_reader.setNamespaceProcessing(true);
    m_reader.setEntityExpansionLimit(int(FormatLimits::maxEntityExpansion));
}

bool SafeXml::next()
{
    if (m_reader.atEnd() || m_reader.hasError())
        return false;
    if (m_reader.readNext() == QXmlStreamReader::DTD) {
        m_reader.raiseError(QStringLiteral("DTD"));
        return false;
    }
    return !m_reader.hasError() && !m_reader.atEnd();
}

QString SafeXml::elementText()
{
    QString text;
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_reader.isStartElement())
            ++depth;
        else if (m_reader.isEndElement())
            --depth;
        else if (m_reader.isCharacters())
            text += m_reader.text();
    }
    return text;
}

void SafeXml::skip()
{
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_reader.isStartElement())
            ++depth;
        else if (m_reader.isEndElement())
            --depth;
    }
}

QString SafeXml::errorString() const
{
    if (m_reader.errorString() == QLatin1String("DTD"))
        return QCoreApplication::translate("TableReader",
                                           "The file contains a document type declaration, which office "
                                           "documents never do; it was refused as possibly hostile.");
    return QCoreApplication::translate("TableReader", "The file is damaged (its XML cannot be read: %1).")
        .arg(m_reader.errorString().simplified().left(200)); // one line, whatever the XML held
}

QStringView SafeXml::attribute(const QXmlStreamAttributes& attributes, QStringView localName)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == localName)
            return a.value();
    }
    return {};
}
