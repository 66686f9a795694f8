#include "DocxParts.h"

#include "DocxXml.h"
#include "OfficialFonts.h"

#include <QSet>
#include <QXmlStreamWriter>

namespace DocxParts {

namespace {

const QString officeDocument = QStringLiteral("application/vnd.openxmlformats-officedocument.");

// A part written by `body` into a standalone XML document.
template <typename Body> QByteArray part(Body body)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    body(x);
    x.writeEndDocument();
    return out;
}

void relationship(QXmlStreamWriter& x, const QString& id, const QString& type, const QString& target)
{
    x.writeEmptyElement(QStringLiteral("Relationship"));
    x.writeAttribute(QStringLiteral("Id"), id);
    x.writeAttribute(QStringLiteral("Type"), type);
    x.writeAttribute(QStringLiteral("Target"), target);
}

void val(QXmlStreamWriter& x, const QString& name, const QString& value)
{
    x.writeEmptyElement(name);
    x.writeAttribute(QStringLiteral("w:val"), value);
}

} // namespace

QString pictureRelationId(int n)
{
    return QStringLiteral("rIdPicture%1").arg(n);
}

QString pictureName(int n)
{
    return QStringLiteral("image%1.png").arg(n);
}

QByteArray contentTypes()
{
    return part([](QXmlStreamWriter& x) {
        x.writeStartElement(QStringLiteral("Types"));
        x.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto byExtension = [&](const char* extension, const QString& type) {
            x.writeEmptyElement(QStringLiteral("Default"));
            x.writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
            x.writeAttribute(QStringLiteral("ContentType"), type);
        };
        byExtension("rels", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        byExtension("xml", QStringLiteral("application/xml"));
        byExtension("png", QStringLiteral("image/png"));
        const auto override = [&](const char* name, const QString& type) {
            x.writeEmptyElement(QStringLiteral("Override"));
            x.writeAttribute(QStringLiteral("PartName"), QLatin1String(name));
            x.writeAttribute(QStringLiteral("ContentType"), type);
        };
        const QString wml = officeDocument + QStringLiteral("wordprocessingml.");
        override("/word/document.xml", wml + QStringLiteral("document.main+xml"));
        override("/word/styles.xml", wml + QStringLiteral("styles+xml"));
        override("/word/settings.xml", wml + QStringLiteral("settings+xml"));
        override("/word/fontTable.xml", wml + QStringLiteral("fontTable+xml"));
        override("/word/footer1.xml", wml + QStringLiteral("footer+xml"));
        override("/word/footer2.xml", wml + QStringLiteral("footer+xml"));
        override("/docProps/core.xml",
                 QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
        override("/docProps/app.xml", officeDocument + QStringLiteral("extended-properties+xml"));
        x.writeEndElement();
    });
}

QByteArray packageRelationships()
{
    return part([](QXmlStreamWriter& x) {
        x.writeStartElement(QStringLiteral("Relationships"));
        x.writeDefaultNamespace(DocxXml::packageRels);
        relationship(x, QStringLiteral("rId1"), DocxXml::relTypes + QStringLiteral("officeDocument"),
                     QStringLiteral("word/document.xml"));
        relationship(x, QStringLiteral("rId2"),
                     QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                    "core-properties"),
                     QStringLiteral("docProps/core.xml"));
        relationship(x, QStringLiteral("rId3"), DocxXml::relTypes + QStringLiteral("extended-properties"),
                     QStringLiteral("docProps/app.xml"));
        x.writeEndElement();
    });
}

QByteArray documentRelationships(int pictures)
{
    return part([pictures](QXmlStreamWriter& x) {
        x.writeStartElement(QStringLiteral("Relationships"));
        x.writeDefaultNamespace(DocxXml::packageRels);
        relationship(x, QStringLiteral("rIdStyles"), DocxXml::relTypes + QStringLiteral("styles"),
                     QStringLiteral("styles.xml"));
        relationship(x, QStringLiteral("rIdSettings"), DocxXml::relTypes + QStringLiteral("settings"),
                     QStringLiteral("settings.xml"));
        relationship(x, QStringLiteral("rIdFonts"), DocxXml::relTypes + QStringLiteral("fontTable"),
                     QStringLiteral("fontTable.xml"));
        relationship(x, oddFooterId, DocxXml::relTypes + QStringLiteral("footer"),
                     QStringLiteral("footer1.xml"));
        relationship(x, evenFooterId, DocxXml::relTypes + QStringLiteral("footer"),
                     QStringLiteral("footer2.xml"));
        for (int n = 1; n <= pictures; ++n)
            relationship(x, pictureRelationId(n), DocxXml::relTypes + QStringLiteral("image"),
                         QStringLiteral("media/") + pictureName(n));
        x.writeEndElement();
    });
}

QByteArray settings()
{
    return part([](QXmlStreamWriter& x) {
        x.writeStartElement(QStringLiteral("w:settings"));
        x.writeNamespace(DocxXml::w, QStringLiteral("w"));
        // CT_Settings sequence: zoom, defaultTabStop, evenAndOddHeaders, characterSpacingControl,
        // compat, themeFontLang, decimalSymbol, listSeparator.
        x.writeEmptyElement(QStringLiteral("w:zoom"));
        x.writeAttribute(QStringLiteral("w:percent"), QStringLiteral("100"));
        val(x, QStringLiteral("w:defaultTabStop"), QStringLiteral("420"));
        x.writeEmptyElement(QStringLiteral("w:evenAndOddHeaders"));
        val(x, QStringLiteral("w:characterSpacingControl"), QStringLiteral("compressPunctuation"));
        x.writeStartElement(QStringLiteral("w:compat"));
        x.writeEmptyElement(QStringLiteral("w:compatSetting"));
        x.writeAttribute(QStringLiteral("w:name"), QStringLiteral("compatibilityMode"));
        x.writeAttribute(QStringLiteral("w:uri"), QStringLiteral("http://schemas.microsoft.com/office/word"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("15"));
        x.writeEndElement();
        x.writeEmptyElement(QStringLiteral("w:themeFontLang"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("en-US"));
        x.writeAttribute(QStringLiteral("w:eastAsia"), QStringLiteral("zh-CN"));
        val(x, QStringLiteral("w:decimalSymbol"), QStringLiteral("."));
        val(x, QStringLiteral("w:listSeparator"), QStringLiteral(","));
        x.writeEndElement();
    });
}

QByteArray footer(bool odd)
{
    return part([odd](QXmlStreamWriter& x) {
        x.writeStartElement(QStringLiteral("w:ftr"));
        x.writeNamespace(DocxXml::w, QStringLiteral("w"));
        x.writeNamespace(DocxXml::r, QStringLiteral("r"));
        x.writeStartElement(QStringLiteral("w:p"));
        x.writeStartElement(QStringLiteral("w:pPr"));
        val(x, QStringLiteral("w:pStyle"),
            odd ? QStringLiteral("PageNumberOdd") : QStringLiteral("PageNumberEven"));
        x.writeEndElement();
        const auto run = [&](const QString& text) {
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeStartElement(QStringLiteral("w:t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(text);
            x.writeEndElement();
            x.writeEndElement();
        };
        const auto field = [&](const char* type) {
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeEmptyElement(QStringLiteral("w:fldChar"));
            x.writeAttribute(QStringLiteral("w:fldCharType"), QLatin1String(type));
            x.writeEndElement();
        };
        run(QStringLiteral("\u2014 "));
        field("begin");
        x.writeStartElement(QStringLiteral("w:r"));
        x.writeStartElement(QStringLiteral("w:instrText"));
        x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x.writeCharacters(QStringLiteral(" PAGE "));
        x.writeEndElement();
        x.writeEndElement();
        field("separate");
        run(QStringLiteral("1"));
        field("end");
        run(QStringLiteral(" \u2014"));
        x.writeEndElement(); // p
        x.writeEndElement(); // ftr
    });
}

QByteArray fontTable()
{
    return part([](QXmlStreamWriter& x) {
        x.writeStartElement(QStringLiteral("w:fonts"));
        x.writeNamespace(DocxXml::w, QStringLiteral("w"));
        // The families the styles name, as GB2312 fonts, so that Word picks a Chinese face for each
        // when the named one is missing.
        QSet<QString> seen;
        using Role = OfficialFonts::Role;
        for (Role role : {Role::Title, Role::Body, Role::Heading1, Role::Heading2, Role::TableHeader,
                          Role::Table, Role::PageNumber}) {
            const QString family = OfficialFonts::instance().family(role);
            if (seen.contains(family))
                continue;
            seen.insert(family);
            x.writeStartElement(QStringLiteral("w:font"));
            x.writeAttribute(QStringLiteral("w:name"), family);
            // CT_Font sequence: charset, family, pitch.
            val(x, QStringLiteral("w:charset"), QStringLiteral("86"));
            val(x, QStringLiteral("w:family"),
                role == Role::Heading1 ? QStringLiteral("modern") : QStringLiteral("roman"));
            val(x, QStringLiteral("w:pitch"), QStringLiteral("variable"));
            x.writeEndElement();
        }
        x.writeEndElement();
    });
}

QByteArray coreProperties(const QString& title, const QDateTime& created)
{
    return part([&](QXmlStreamWriter& x) {
        x.writeStartElement(QStringLiteral("cp:coreProperties"));
        x.writeNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            QStringLiteral("cp"));
        x.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
        x.writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms"));
        x.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
        x.writeTextElement(QStringLiteral("dc:title"), DocxXml::clean(title));
        x.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("Campaign Planner"));
        const QString stamp = created.toUTC().toString(Qt::ISODate);
        for (const char* name : {"dcterms:created", "dcterms:modified"}) {
            x.writeStartElement(QLatin1String(name));
            x.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
            x.writeCharacters(stamp);
            x.writeEndElement();
        }
        x.writeEndElement();
    });
}

QByteArray appProperties()
{
    return part([](QXmlStreamWriter& x) {
        x.writeStartElement(QStringLiteral("Properties"));
        x.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        x.writeTextElement(QStringLiteral("Application"), QStringLiteral("Campaign Planner"));
        x.writeEndElement();
    });
}

} // namespace DocxParts
