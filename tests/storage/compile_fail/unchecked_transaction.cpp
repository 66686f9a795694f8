// Must not compile: a transaction object whose BEGIN nobody checks (tests/storage/CMakeLists.txt).
#include "Transaction.h"

void writeWithoutChecking(const QSqlDatabase& db)
{
    Transaction tx(db);
}
