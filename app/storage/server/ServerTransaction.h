#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <utility>

// Transaction::run for a PostgreSQL connection (the file's Transaction begins with SQLite's BEGIN
// IMMEDIATE): BEGIN, `body`, COMMIT; any failure rolls everything back. PostgreSQL's DDL is
// transactional, so a schema step or a new user is all or nothing too.
namespace ServerTransaction {

template <typename Body> [[nodiscard]] bool run(QSqlDatabase& db, QString* error, Body&& body)
{
    if (!db.transaction()) {
        if (error)
            *error = QCoreApplication::translate("ServerTransaction", "cannot begin a transaction: %1")
                         .arg(db.lastError().text());
        return false;
    }
    if (!std::forward<Body>(body)()) {
        db.rollback();
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("ServerTransaction", "the change was not saved");
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = QCoreApplication::translate("ServerTransaction", "the change was not saved: %1")
                         .arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace ServerTransaction
