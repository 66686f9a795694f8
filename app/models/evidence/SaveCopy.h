#pragma once

#include "ExportTask.h"

#include <QString>

#include <memory>

class Workspace;

// "Save As" of a campaign file with its evidence. The media the file names is copied first, on a
// worker thread (hard links where the file system allows, else real copies with progress), then the
// database itself on the caller's thread, which owns the connection. Media first: the new file never
// names content its folder lacks, and a cancel leaves no new campaign file behind.
namespace SaveCopy {
// The media half as a task to start; nullptr and a reason when the file's rows cannot be read.
std::unique_ptr<ExportTask> mediaTask(const Workspace& workspace, const QString& target, QString* error);
// The database half, after the media task succeeded.
bool finish(const Workspace& workspace, const QString& target, QString* error);
} // namespace SaveCopy
