#include "Transaction.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Transaction", text);
}

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
    static std::atomic<int> counter = 0; // names only need to differ per nesting
    return ++counter;
}

bool isBusy(const QString& driverError)
{
    return driverError.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           driverError.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}
} // namespace

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QString ignored; // nothing more can be done about a failed rollback; SQLite rolls back on close
    if (!m_savepoint.isEmpty()) {
        // ROLLBACK TO keeps the savepoint open; RELEASE then drops it, leaving the outer transaction.
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint, &ignored);
        exec(QStringLiteral("RELEASE ") + m_savepoint, &ignored);
    } else {
        exec(QStringLiteral("ROLLBACK"), &ignored);
    }
}

bool Transaction::begin(QString* error)
{
    QString driverError;
    if (insideTransaction(m_db)) {
        m_savepoint = QStringLiteral("cp_%1").arg(nextSavepoint());
        m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint, &driverError);
    } else {
        m_active = exec(QStringLiteral("BEGIN IMMEDIATE"), &driverError);
    }
    if (!m_active && error) {
        *error = isBusy(driverError)
                     ? tr("The file is in use by another program; nothing was changed. Try again when it "
                          "is closed there.")
                     : tr("The change could not be started; nothing was changed (%1).").arg(driverError);
    }
    return m_active;
}

bool Transaction::commit(QString* error)
{
    QString driverError;
    if (!exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint,
              &driverError)) {
        if (error)
            *error = tr("The change could not be saved; nothing was changed (%1).").arg(driverError);
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

void Transaction::explainFailure(QString* error) const
{
    // Every body reports its reason; this only guards against a silent failure reaching the user blank.
    if (error && error->isEmpty())
        *error = tr("The change could not be saved; nothing was changed.");
}

bool Transaction::exec(const QString& sql, QString* driverError)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    *driverError = SqlUtil::describe(q.lastError());
    return false;
}
