#include "notice/NoticeFile.h"

#ifdef CP_HAVE_DOCUMENT_TEXT
#include "formats/DocumentText.h"
#endif

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace NoticeFile {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NoticeFile", text);
}

#ifndef CP_HAVE_DOCUMENT_TEXT
constexpr qint64 kMaxText = 16 * 1024 * 1024; // a notice is a few pages; refuse to read a disk image

QString decode(const QByteArray& bytes)
{
    if (auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder d(*bom);
        return d.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        const QString gbText = gb.decode(bytes);
        if (!gb.hasError())
            return gbText;
    }
    return text;
}
#endif

} // namespace

bool read(const QString& path, QString* text, QString* error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("%1: no such file.").arg(path);
        return false;
    }
#ifdef CP_HAVE_DOCUMENT_TEXT
    if (!DocumentText::read(path, text, error))
        return false;
#else
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text")) {
        QFile file(path);
        if (file.size() > kMaxText) {
            *error = tr("%1 is too large for a notice.").arg(info.fileName());
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString());
            return false;
        }
        *text = decode(file.readAll());
    } else {
        *error = tr("This build reads notices from .txt files only; paste the text of %1 instead.")
                     .arg(info.fileName());
        return false;
    }
#endif
    if (text->trimmed().isEmpty()) {
        *error = tr("%1 contains no text (an image-only scan cannot be read; paste the text instead).")
                     .arg(info.fileName());
        return false;
    }
    return true;
}

QString dialogFilter()
{
#ifdef CP_HAVE_DOCUMENT_TEXT
    return tr("Notices (*.txt *.docx *.odt *.pdf *.doc *.wps);;All files (*)");
#else
    return tr("Text files (*.txt);;All files (*)");
#endif
}

} // namespace NoticeFile
