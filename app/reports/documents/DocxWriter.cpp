#include "DocxWriter.h"

#include "DocxBody.h"
#include "DocxParts.h"
#include "DocxStyles.h"
#include "ExportProgress.h"
#include "ZipArchiveWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DocxWriter", text);
}

class Package
{
public:
    explicit Package(QIODevice* device) : m_zip(device, false) {} // Office writes no zip64

    bool open() { return m_zip.open() || fail(); }
    bool add(const QString& name, const QByteArray& data)
    {
        if (!m_zip.begin(name, true))
            return fail();
        if (m_zip.entry()->write(data) != data.size())
            return fail();
        return m_zip.end() || fail();
    }
    ZipArchiveWriter& zip() { return m_zip; }
    bool fail()
    {
        if (m_error.isEmpty())
            m_error = m_zip.errorString();
        return false;
    }
    QString error() const { return m_error; }

private:
    ZipArchiveWriter m_zip;
    QString m_error;
};

} // namespace

namespace DocxWriter {

bool write(const ReportDocument& document, QIODevice* device, ExportProgress* progress, QString* error)
{
    Package p(device);
    const auto failed = [&](const QString& reason) {
        *error = tr("The document could not be written: %1")
                     .arg(reason.isEmpty() ? device->errorString() : reason);
        return false;
    };
    if (!p.open() || !p.add(QStringLiteral("[Content_Types].xml"), DocxParts::contentTypes()) ||
        !p.add(QStringLiteral("_rels/.rels"), DocxParts::packageRelationships()) ||
        !p.add(QStringLiteral("docProps/core.xml"),
               DocxParts::coreProperties(document.title, QDateTime::currentDateTime())) ||
        !p.add(QStringLiteral("docProps/app.xml"), DocxParts::appProperties()))
        return failed(p.error());

    // The body goes straight into its zip entry: nothing the size of the document is held in memory.
    if (!p.zip().begin(QStringLiteral("word/document.xml"), true))
        return failed(p.zip().errorString());
    QXmlStreamWriter xml(p.zip().entry());
    DocxBody body(&xml, progress);
    if (!body.write(document)) {
        *error = tr("Cancelled.");
        return false;
    }
    if (xml.hasError() || !p.zip().end())
        return failed(p.zip().errorString());

    if (!p.add(QStringLiteral("word/styles.xml"), DocxStyles::stylesXml()) ||
        !p.add(QStringLiteral("word/settings.xml"), DocxParts::settings()) ||
        !p.add(QStringLiteral("word/fontTable.xml"), DocxParts::fontTable()) ||
        !p.add(QStringLiteral("word/footer1.xml"), DocxParts::footer(true)) ||
        !p.add(QStringLiteral("word/footer2.xml"), DocxParts::footer(false)) ||
        !p.add(QStringLiteral("word/_rels/document.xml.rels"),
               DocxParts::documentRelationships(int(body.pictures().size()))))
        return failed(p.error());
    int n = 0;
    for (const DocxBody::Picture& picture : body.pictures()) {
        // PNG is compressed already: stored, not deflated again.
        if (!p.zip().begin(QStringLiteral("word/media/") + DocxParts::pictureName(++n), false) ||
            !document.blocks.at(picture.block).image.save(p.zip().entry(), "PNG") || !p.zip().end())
            return failed(p.zip().errorString());
    }
    if (!p.zip().close())
        return failed(p.zip().errorString());
    return true;
}

} // namespace DocxWriter
