#include "SqlUtil.h"

namespace SqlUtil {

QVariant fromDate(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate parseIsoDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    auto number = [s](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : parseIsoDate(v.toString());
}

QVariant nullable(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString describe(const QSqlError& e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.trimmed();
}

bool exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = describe(q.lastError());
    return false;
}

bool prepare(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.prepare(sql))
        return true;
    if (error)
        *error = describe(q.lastError());
    return false;
}

} // namespace SqlUtil
