#pragma once

#include <QSqlDatabase>
#include <QString>

// A write transaction: BEGIN IMMEDIATE on construction (a deferred BEGIN can fail with SQLITE_BUSY
// halfway), COMMIT on commit(), ROLLBACK in the destructor if commit() was not reached.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
