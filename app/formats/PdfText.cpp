#include "formats/PdfText.h"
#include "formats/FormatMessages.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

#include <memory>

namespace PdfText {

bool read(const QByteArray& bytes, QString* text, QString* error)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        *error = QCoreApplication::translate("TableReader", "The PDF is damaged and cannot be read.");
        return false;
    }
    if (document->isLocked()) {
        *error = FormatMessages::passwordProtected();
        return false;
    }
    QStringList pages;
    bool any = false;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QString pageText = page ? page->text(QRectF()) : QString();
        any = any || !pageText.trimmed().isEmpty();
        pages.append(pageText);
    }
    if (!any) {
        *error = QCoreApplication::translate("TableReader",
                                             "The PDF has no text layer (it is a scan or an image); "
                                             "ask for the original document or a text PDF.");
        return false;
    }
    *text = pages.join(u'\n');
    return true;
}

} // namespace PdfText
