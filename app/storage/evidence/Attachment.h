#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

// One piece of evidence (佐证材料) attached to an activity: a photo, a video or a document. The bytes
// live in the media store under their SHA-256; this row names them and says what they show.
struct Attachment
{
    enum class Kind : int { Photo = 0, Video = 1, Document = 2 };

    qint64 id = 0;
    QUuid uuid;
    qint64 activityId = 0;
    QString sha256; // lower-case hex
    Kind kind = Kind::Photo;
    QString fileName; // the name the user's file had, shown and used inside packages
    qint64 size = 0;
    QString caption;
    QDateTime taken; // EXIF DateTimeOriginal when present, else invalid
    QString addedBy;
    QDateTime added;
    bool chosen = true;    // sent upward in the report package
    bool inReport = false; // printed in the summary's photo pages

    friend bool operator==(const Attachment&, const Attachment&) = default;
};

namespace AttachmentKinds {
// The kind a file name stands for (jpg/jpeg/png, mp4/mov, pdf/docx/xlsx); false for anything else.
bool fromFileName(const QString& fileName, Attachment::Kind* kind);
// "*.jpg *.jpeg …" for file dialogs.
QString dialogPatterns();
} // namespace AttachmentKinds
