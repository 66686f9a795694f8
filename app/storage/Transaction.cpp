#include "Transaction.h"

#include "SqlUtil.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
// True when the connection is already inside BEGIN … COMMIT (SQLite's autocommit mode is off).
bool insideTransaction(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* raw = *static_cast<sqlite3* const*>(handle.constData());
    return raw && sqlite3_get_autocommit(raw) == 0;
}

int nextSavepoint()
{
    static int counter = 0; // connections live on the GUI thread; names only need to differ per nesting
    return ++counter;
}
} // namespace

Transaction::Transaction(const QSqlDatabase& db) : m_db(db)
{
    if (insideTransaction(m_db)) {
        m_savepoint = QStringLiteral("cp_%1").arg(nextSavepoint());
        m_active = run(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (isNested()) {
        // ROLLBACK TO keeps the savepoint open; RELEASE then drops it, leaving the outer transaction.
        run(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        run(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!run(isNested() ? QStringLiteral("RELEASE ") + m_savepoint : QStringLiteral("COMMIT")))
        return false;
    m_active = false;
    return true;
}

bool Transaction::run(const QString& sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = SqlUtil::describe(q.lastError());
    return false;
}
