#pragma once

#include <QSqlDatabase>
#include <QString>

// A write transaction: BEGIN IMMEDIATE on construction (a deferred BEGIN can fail with SQLITE_BUSY
// halfway), COMMIT on commit(), ROLLBACK in the destructor if commit() was not reached.
// Inside another transaction on the same connection it becomes a savepoint, so a repository call can
// be one step of a larger all-or-nothing change (an undo that restores activities with their
// evidence) and still be its own transaction when called alone.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return !m_savepoint.isEmpty(); }
    QString errorString() const { return m_error; }
    bool commit();

private:
    bool run(const QString& sql);

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    QString m_error;
};
