#include "Migrations.h"

#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Migrations {

QStringList statements(int version, QString* error)
{
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QLatin1Char('0'));
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList({prefix + QStringLiteral("*.sql")});
    if (files.size() != 1) {
        *error = QCoreApplication::translate("Migrations", "Schema step %1 is missing from this build.")
                     .arg(version);
        return {};
    }
    QFile file(QStringLiteral(":/sql/") + files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QString sql = QString::fromUtf8(file.readAll());
    sql.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    QStringList out;
    // A trigger's body holds semicolons of its own: pieces are joined until SQLite's own tokenizer
    // says the statement is complete (the comments are gone, so a "--" in a string would not survive;
    // the schema files hold none).
    QString pending;
    for (const QString& part : sql.split(QLatin1Char(';'))) {
        pending += part + QLatin1Char(';');
        if (!sqlite3_complete(pending.toUtf8().constData()))
            continue;
        const QString statement = pending.chopped(1).trimmed();
        if (!statement.isEmpty())
            out << statement;
        pending.clear();
    }
    if (!pending.isEmpty() && !pending.chopped(1).trimmed().isEmpty())
        out << pending.chopped(1).trimmed(); // an unfinished last statement: exec reports it
    return out;
}

bool run(const QSqlDatabase& db, int from, int to, QString* error)
{
    // The whole chain is one transaction (SQLite's DDL is transactional): a step that fails leaves the
    // file at its old version, with none of the earlier steps applied.
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        for (int version = from + 1; version <= to; ++version) {
            const QStringList steps = statements(version, error);
            if (steps.isEmpty())
                return false;
            for (const QString& statement : steps) {
                if (!q.exec(statement)) {
                    *error = QCoreApplication::translate("Migrations", "Schema step %1 failed: %2")
                                 .arg(version)
                                 .arg(SqlUtil::describe(q.lastError()));
                    return false;
                }
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to))) {
            *error = SqlUtil::describe(q.lastError());
            return false;
        }
        return true;
    });
}

} // namespace Migrations
