#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

// The statement helpers push, apply and the evidence upload share.
namespace ServerSql {

// The server's refusals read as such; anything else is the driver's message.
inline QString serverFailure(const QSqlQuery& q)
{
    const QSqlError e = q.lastError();
    if (e.nativeErrorCode() == QLatin1String("42501"))
        return QCoreApplication::translate(
                   "ServerPush", "the server refused: this user may write only its own unit's data (%1)")
            .arg(e.databaseText().trimmed());
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text() : text;
}

inline bool run(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* error)
{
    if (!q.prepare(sql)) {
        *error = serverFailure(q);
        return false;
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = serverFailure(q);
        return false;
    }
    return true;
}

} // namespace ServerSql
