#include "EvidenceFiles.h"

#include "AttachmentRepository.h"
#include "Database.h"
#include "MediaFolder.h"
#include "MediaStore.h"
#include "PhotoDate.h"
#include "Transaction.h"

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
    // The files are stored and their rows written under one write transaction: the clean-up when the
    // file closes (collectUnreferenced) takes the same lock, so it never sees stored content before
    // the rows that name it. Killed halfway, stored content without rows is only collected later.
    const bool ok = Transaction::run(db.connection(), error, [&] {
        for (int i = 0; i < rows.size(); ++i) {
            MediaStore::Added added;
            if (!store.addFile(paths[i], &added, error))
                return false;
            if (added.created && !created.contains(added.sha256))
                created << added.sha256;
            rows[i].sha256 = added.sha256;
            rows[i].size = added.size;
        }
        return AttachmentRepository(db).insert(rows, error);
    });
    if (!ok) {
        QString ignored; // the reason already reported is why the attach failed
        for (const QString& sha : std::as_const(created))
            (void)store.remove(sha, &ignored);
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

bool collectUnreferenced(const Database& db, int* removed, QString* error)
{
    // Under the write lock, like attach(): no row naming new content can arrive while this looks.
    int count = 0;
    const bool ok = Transaction::run(db.connection(), error, [&] {
        QStringList named;
        if (!AttachmentRepository(db).referencedContent(&named, error))
            return false;
        const QSet<QString> keep(named.cbegin(), named.cend());
        MediaStore store(db.path());
        bool all = true;
        for (const QString& name : MediaFolder::contents(store.root())) {
            if (keep.contains(name))
                continue;
            if (store.remove(name, error))
                ++count;
            else
                all = false; // the others still go; the reason is the last failure's
        }
        return all;
    });
    *removed = count;
    return ok;
}

bool referencedContent(const Database& db, QStringList* out, QString* error)
{
    return AttachmentRepository(db).referencedContent(out, error);
}

bool copyMedia(const QString& fromFile, const QString& toFile, const QStringList& names,
               const std::function<bool(qint64, qint64)>& progress, QString* error, MediaFolder::Added* added)
{
    return MediaFolder::copy(MediaFolder::rootFor(fromFile), MediaFolder::rootFor(toFile), names,
                             MediaFolder::Mode::LinkOrCopy, progress, error, nullptr, added);
}

QString pathOf(const Database& db, const Attachment& attachment)
{
    return MediaStore(db.path()).pathFor(attachment.sha256);
}

bool activityId(const Database& db, const QUuid& uuid, qint64* out, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM activity WHERE uuid = ?"));
    q.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!uuid.isNull() && q.exec() && q.next()) {
        *out = q.value(0).toLongLong();
        return true;
    }
    *error = tr("No activity with the id %1 is in this file.").arg(uuid.toString(QUuid::WithoutBraces));
    return false;
}

QString currentUser()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace EvidenceFiles
