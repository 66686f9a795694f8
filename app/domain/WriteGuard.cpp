#include "WriteGuard.h"

#include "WriteFailure.h"

WriteGuard::WriteGuard(QIODevice* target) : m_target(target)
{
    QIODevice::open(target->openMode() | QIODevice::Unbuffered);
}

QString WriteGuard::reason() const
{
    return WriteFailure::reason(*m_target);
}

bool WriteGuard::seek(qint64 pos)
{
    return m_target->seek(pos) && QIODevice::seek(pos);
}

qint64 WriteGuard::writeData(const char* data, qint64 size)
{
    if (m_failed)
        return -1;
    if (m_target->write(data, size) == size)
        return size;
    m_failed = true;
    return -1;
}
