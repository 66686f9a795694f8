#include "formats/PdfText.h"
#include "formats/FormatMessages.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

#include <memory>

namespace PdfText {

namespace {
bool isCjk(QChar c)
{
    return (c.unicode() >= 0x3000 && c.unicode() <= 0x9FFF) ||
           (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

// Poppler puts a space where a run of Chinese meets digits or Latin letters (the glyphs' gap); a
// Chinese text has none there ("开展 2024 年" → "开展2024年").
QString withoutGapSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' && i > 0 && i + 1 < text.size()) {
            const QChar before = text.at(i - 1), after = text.at(i + 1);
            if ((isCjk(before) && after.unicode() < 0x80 && after.isLetterOrNumber()) ||
                (isCjk(after) && before.unicode() < 0x80 && before.isLetterOrNumber()))
                continue;
        }
        out += c;
    }
    return out;
}
} // namespace

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
    *text = withoutGapSpaces(pages.join(u'\n'));
    return true;
}

} // namespace PdfText
