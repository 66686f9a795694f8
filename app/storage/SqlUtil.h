#pragma once

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small conversions shared by the repositories. Dates are stored as ISO text, NULL when unset.
namespace SqlUtil {
QVariant fromDate(QDate d);
// Fast path for yyyy-MM-dd; anything else gives an invalid date.
QDate toDate(const QVariant& v);
QDate parseIsoDate(QStringView s);
QVariant nullable(qint64 id); // 0 becomes NULL
// A null QString binds as SQL NULL; text columns are NOT NULL, so bind an empty string instead.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
// Prepares and executes; on failure fills `error` with the driver's message.
[[nodiscard]] bool exec(QSqlQuery& q, QString* error);
[[nodiscard]] bool prepare(QSqlQuery& q, const QString& sql, QString* error);
QString describe(const QSqlError& e);
} // namespace SqlUtil
