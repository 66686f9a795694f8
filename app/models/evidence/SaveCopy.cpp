#include "SaveCopy.h"

#include "Database.h"
#include "EvidenceFiles.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace SaveCopy {

std::unique_ptr<ExportTask> mediaTask(const Workspace& workspace, const QString& target, QString* error)
{
    const Database& db = workspace.database();
    QString readError;
    const QStringList names = EvidenceFiles::referencedContent(db, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return nullptr;
    }
    const QString source = db.path();
    auto task = std::make_unique<ExportTask>(
        [source, target, names](ExportProgress* progress, QString* workError) {
            return EvidenceFiles::copyMedia(
                source, target, names,
                [progress](qint64 done, qint64 total) { return exportStep(progress, done, total); },
                workError);
        },
        target);
    task->setCancelledMessage(
        QCoreApplication::translate("SaveCopy", "Save As was cancelled; no copy was written."));
    return task;
}

bool finish(const Workspace& workspace, const QString& target, QString* error)
{
    return workspace.database().saveCopyAs(target, error);
}

} // namespace SaveCopy
