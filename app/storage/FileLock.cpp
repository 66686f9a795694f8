#include "FileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

FileLock::FileLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}

FileLock::~FileLock() = default;

QString FileLock::lockPath(const QString& campaignFile)
{
    const QFileInfo info(campaignFile);
    return QStringLiteral("%1/.%2.lock").arg(info.absolutePath(), info.fileName());
}

std::unique_ptr<FileLock> FileLock::take(const QString& campaignFile, QString* error)
{
    auto lock = std::make_unique<QLockFile>(lockPath(campaignFile));
    lock->setStaleLockTime(0); // a lock left by a crashed program is taken over (its process is gone)
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            *error = QCoreApplication::translate("FileLock",
                                                 "%1 is already open in another Campaign Planner window. "
                                                 "Switch to that window, or close the file there first.")
                         .arg(QDir::toNativeSeparators(QFileInfo(campaignFile).absoluteFilePath()));
            return nullptr;
        }
        lock.reset(); // a folder where no lock can be written
    }
    return std::unique_ptr<FileLock>(new FileLock(std::move(lock)));
}
