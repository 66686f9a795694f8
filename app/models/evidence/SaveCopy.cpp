#include "SaveCopy.h"

#include "Database.h"
#include "EvidenceFiles.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace SaveCopy {

std::unique_ptr<ExportTask> mediaTask(const Workspace& workspace, const QString& target, Added* added,
                                      QString* error)
{
    const Database& db = workspace.database();
    *added = std::make_shared<MediaFolder::Added>(); // written by the worker, read after finished()
    QStringList names;
    if (!EvidenceFiles::referencedContent(db, &names, error))
        return nullptr;
    const QString source = db.path();
    auto task = std::make_unique<ExportTask>(
        [source, target, names, made = *added](ExportProgress* progress, QString* workError) {
            return EvidenceFiles::copyMedia(
                source, target, names,
                [progress](qint64 done, qint64 total) { return exportStep(progress, done, total); },
                workError, made.get());
        },
        target);
    task->setCancelledMessage(
        QCoreApplication::translate("SaveCopy", "Save As was cancelled; no copy was written."));
    return task;
}

bool finish(const Workspace& workspace, const QString& target, const Added& added, QString* error)
{
    if (workspace.database().saveCopyAs(target, error))
        return true;
    if (added)
        MediaFolder::remove(*added); // a full disk, a folder gone read-only: no half copy stays
    return false;
}

} // namespace SaveCopy
