#pragma once

#include <QSqlDatabase>
#include <QString>

#include <utility>

// The only way to write in a transaction: Transaction::run(db, error, body) begins one (BEGIN
// IMMEDIATE, so a busy file is found out before anything is written, never halfway), runs `body` and
// commits. There is no transaction object to forget to check: when BEGIN fails the body never runs,
// and when the body fails or COMMIT fails everything is rolled back.
// Inside another run() on the same connection it becomes a savepoint, so a repository call can be
// one step of a larger all-or-nothing change (an undo that restores activities with their evidence)
// and still be its own transaction when called alone.
class Transaction
{
public:
    // `body` returns false after putting one line in *error. False with a translated reason also when
    // the transaction cannot begin (another program holds the file) or commit (the driver's message).
    template <typename Body>
    [[nodiscard]] static bool run(const QSqlDatabase& db, QString* error, Body&& body)
    {
        Transaction tx(db);
        if (!tx.begin(error))
            return false;
        if (!std::forward<Body>(body)()) {
            tx.explainFailure(error);
            return false;
        }
        return tx.commit(error);
    }

    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    explicit Transaction(const QSqlDatabase& db) : m_db(db) {}
    ~Transaction();

    [[nodiscard]] bool begin(QString* error);
    [[nodiscard]] bool commit(QString* error);
    void explainFailure(QString* error) const;
    bool exec(const QString& sql, QString* driverError);

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
};
