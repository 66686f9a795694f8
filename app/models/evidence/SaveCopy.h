#pragma once

#include "ExportTask.h"
#include "MediaFolder.h"

#include <QString>

#include <memory>

class Workspace;

// "Save As" of a campaign file with its evidence. The media the file names is copied first, on a
// worker thread (hard links where the file system allows, else real copies with progress), then the
// database itself on the caller's thread, which owns the connection. Media first: the new file never
// names content its folder lacks. Whatever fails (a full disk, a cancel), the target folder is left
// as it was: no campaign file, and none of the media this Save As added.
namespace SaveCopy {
// What the media half added, read by finish() once the task has finished.
using Added = std::shared_ptr<MediaFolder::Added>;
// The media half as a task to start; nullptr and a reason when the file's rows cannot be read.
std::unique_ptr<ExportTask> mediaTask(const Workspace& workspace, const QString& target, Added* added,
                                      QString* error);
// The database half, after the media task succeeded; on failure the added media go again.
[[nodiscard]] bool finish(const Workspace& workspace, const QString& target, const Added& added,
                          QString* error);
} // namespace SaveCopy
