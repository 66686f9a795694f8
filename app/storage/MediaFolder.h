#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Where a campaign file keeps its evidence (`<file>-media/ab/<sha256>`) and how that folder is
// copied along with the file. Lives with the database because a copy or a backup of the file is only
// whole with its media; what the files mean is the evidence layer's business (MediaStore).
namespace MediaFolder {
QString rootFor(const QString& campaignFilePath);
QString relativePath(const QString& sha256); // "ab/<sha256>"
bool isContentName(const QString& name);     // 64 lower-case hex digits
// The content names stored under `root`, sorted; temporary files and anything else are skipped.
QStringList contents(const QString& root);

enum class Mode {
    LinkOrCopy, // hard links where the file system allows them, else a copy
    LinkOnly    // hard links or nothing (cheap backups; content files are never changed in place)
};
// Gets bytes done and total; false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;
// What a copy added: its files, and the folders it had to make (outermost first). A caller whose next
// step fails takes them back with remove(), so the target folder is as it was.
struct Added
{
    QStringList files;
    QStringList folders;
};
void remove(const Added& added);
// Puts the named content of `fromRoot` under `toRoot`. Content already there is kept (same name,
// same bytes). Each file appears under its name only when complete. On failure or cancel the files
// this call created are removed again. With LinkOnly, content that cannot be linked is skipped and
// counted in `skipped`. `added`, when given, receives what this call created.
[[nodiscard]] bool copy(const QString& fromRoot, const QString& toRoot, const QStringList& names, Mode mode,
                        const Progress& progress, QString* error, int* skipped = nullptr,
                        Added* added = nullptr);
} // namespace MediaFolder
