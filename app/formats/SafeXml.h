#pragma once

#include <QString>
#include <QXmlStreamReader>

// QXmlStreamReader set up for XML from outside: entity expansion capped low, and any document type
// declaration refused (office formats never carry one; it is how entity bombs arrive). Use next()
// instead of readNext(); check ok() at the end.
class SafeXml
{
public:
    explicit SafeXml(const QByteArray& data);

    QXmlStreamReader& reader() { return m_reader; }
    // readNext() that turns a DTD into an error; false at the end of the document or on an error.
    bool next();
    // The text of the current element and its descendants (like readElementText(IncludeChildElements)).
    QString elementText();
    // Leaves the current element, skipping its content.
    void skip();
    bool ok() const { return !m_reader.hasError(); }
    QString errorString() const; // translated
    // An attribute by its local name, whatever its prefix (r:id, table:name); empty when absent.
    static QStringView attribute(const QXmlStreamAttributes& attributes, QStringView localName);

private:
    QXmlStreamReader m_reader;
};
