#include "Attachment.h"

#include <QFileInfo>
#include <QStringList>

namespace AttachmentKinds {

namespace {
const QStringList kPhotos = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png")};
const QStringList kVideos = {QStringLiteral("mp4"), QStringLiteral("mov")};
const QStringList kDocuments = {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("xlsx")};
} // namespace

bool fromFileName(const QString& fileName, Attachment::Kind* kind)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (kPhotos.contains(suffix))
        *kind = Attachment::Kind::Photo;
    else if (kVideos.contains(suffix))
        *kind = Attachment::Kind::Video;
    else if (kDocuments.contains(suffix))
        *kind = Attachment::Kind::Document;
    else
        return false;
    return true;
}

QString dialogPatterns()
{
    QStringList out;
    for (const QStringList* list : {&kPhotos, &kVideos, &kDocuments})
        for (const QString& s : *list)
            out << QStringLiteral("*.") + s;
    return out.join(QLatin1Char(' '));
}

} // namespace AttachmentKinds
