// The same calls as the compile_fail cases, checked: this compiles in every build, so those cases
// fail for the one reason they test and not for a missing include.
#include "AttachmentRepository.h"
#include "DepartmentRepository.h"
#include "Transaction.h"

bool checkedCalls(const QSqlDatabase& db, DepartmentRepository& departments, Department& department,
                  const AttachmentRepository& attachments, QList<Attachment>* rows, QString* error)
{
    return Transaction::run(db, error, [] { return true; }) && departments.save(department, error) &&
           attachments.forActivity(department.id, rows, error);
}
