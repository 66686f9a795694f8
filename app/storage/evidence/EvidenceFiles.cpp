#include "EvidenceFiles.h"

#include "AttachmentRepository.h"
#include "Database.h"
#include "MediaFolder.h"
#include "MediaStore.h"
#include "PhotoDate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace EvidenceFiles {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("EvidenceFiles", text);
}

bool activityExists(const Database& db, qint64 activityId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM activity WHERE id = ?"));
    q.addBindValue(activityId);
    return q.exec() && q.next();
}
} // namespace

bool attach(const Database& db, qint64 activityId, const QStringList& paths, const QString& addedBy,
            QList<Attachment>* out, QString* error)
{
    if (!activityExists(db, activityId)) {
        *error = tr("The activity does not exist in this file.");
        return false;
    }
    QList<Attachment> rows;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        Attachment a;
        if (!info.isFile() || !info.isReadable()) {
            *error = tr("%1 is not a readable file.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!AttachmentKinds::fromFileName(path, &a.kind)) {
            *error = tr("%1 is not a photo (JPEG, PNG), a video (MP4, MOV) or a document (PDF, DOCX, XLSX).")
                         .arg(info.fileName());
            return false;
        }
        a.activityId = activityId;
        a.fileName = info.fileName();
        a.caption = info.completeBaseName();
        a.addedBy = addedBy;
        if (a.kind == Attachment::Kind::Photo)
            a.taken = PhotoDate::fromFile(path);
        rows.append(a);
    }
    MediaStore store(db.path());
    QStringList created;
    auto undo = [&] {
        for (const QString& sha : std::as_const(created))
            store.remove(sha);
    };
    for (int i = 0; i < rows.size(); ++i) {
        MediaStore::Added added;
        if (!store.addFile(paths[i], &added, error)) {
            undo();
            return false;
        }
        if (added.created && !created.contains(added.sha256))
            created << added.sha256;
        rows[i].sha256 = added.sha256;
        rows[i].size = added.size;
    }
    if (!AttachmentRepository(db).insert(rows, error)) {
        undo();
        return false;
    }
    if (out)
        *out = rows;
    return true;
}

bool detach(const Database& db, const Attachment& attachment, QString* error)
{
    return AttachmentRepository(db).remove(attachment.id, error);
}

int collectUnreferenced(const Database& db, QString* error)
{
    QString readError;
    const QStringList named = AttachmentRepository(db).referencedContent(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return -1;
    }
    const QSet<QString> keep(named.cbegin(), named.cend());
    MediaStore store(db.path());
    int removed = 0;
    for (const QString& name : MediaFolder::contents(store.root()))
        if (!keep.contains(name) && store.remove(name))
            ++removed;
    return removed;
}

QStringList referencedContent(const Database& db, QString* error)
{
    return AttachmentRepository(db).referencedContent(error);
}

bool copyMedia(const QString& fromFile, const QString& toFile, const QStringList& names,
               const std::function<bool(qint64, qint64)>& progress, QString* error)
{
    return MediaFolder::copy(MediaFolder::rootFor(fromFile), MediaFolder::rootFor(toFile), names,
                             MediaFolder::Mode::LinkOrCopy, progress, error);
}

QString pathOf(const Database& db, const Attachment& attachment)
{
    return MediaStore(db.path()).pathFor(attachment.sha256);
}

qint64 activityId(const Database& db, const QUuid& uuid, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM activity WHERE uuid = ?"));
    q.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!uuid.isNull() && q.exec() && q.next())
        return q.value(0).toLongLong();
    *error = tr("No activity with the id %1 is in this file.").arg(uuid.toString(QUuid::WithoutBraces));
    return 0;
}

QString currentUser()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace EvidenceFiles
