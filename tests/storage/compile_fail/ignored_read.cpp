// Must not compile: a read whose failure is ignored (tests/storage/CMakeLists.txt).
#include "AttachmentRepository.h"

QList<Attachment> readAndHope(const AttachmentRepository& repository, qint64 activityId, QString* error)
{
    QList<Attachment> rows;
    repository.forActivity(activityId, &rows, error);
    return rows;
}
