#include "SqlUtil.h"

namespace SqlUtil {

QVariant fromDate(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

static int digits(const QChar* p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

QDate toDate(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    const QChar* p = s.constData();
    const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
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
