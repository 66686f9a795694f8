// Must not compile: a transaction whose outcome is ignored (tests/storage/CMakeLists.txt).
#include "Transaction.h"

void writeAndForget(const QSqlDatabase& db, QString* error)
{
    Transaction::run(db, error, [] { return true; });
}
