#pragma once

#include <QString>

#include <memory>

class QLockFile;

// The lock a campaign file's one writer holds (`.NAME.lock` beside the file): the window that has the
// file open, or a command-line attach or import while it runs. A second holder is refused, so the
// window's clean-up at close never races a command's writes. A lock left by a crashed program is
// taken over; a folder where no lock can be written gives a lock that holds nothing (the file's own
// checks decide then: such a folder is read-only for the database too).
class FileLock
{
public:
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // Null and a translated reason when another program holds the lock.
    [[nodiscard]] static std::unique_ptr<FileLock> take(const QString& campaignFile, QString* error);
    static QString lockPath(const QString& campaignFile);

private:
    explicit FileLock(std::unique_ptr<QLockFile> lock);

    std::unique_ptr<QLockFile> m_lock;
};
