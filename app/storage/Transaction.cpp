#include "Transaction.h"

#include "SqlUtil.h"

#include <QSqlQuery>

Transaction::Transaction(const QSqlDatabase& db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = SqlUtil::describe(q.lastError());
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = SqlUtil::describe(q.lastError());
        return false;
    }
    m_active = false;
    return true;
}
