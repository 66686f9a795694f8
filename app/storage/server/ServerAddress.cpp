#include "server/ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>
#include <QUrl>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

// The libpq keywords an address may carry; anything else (password above all) is refused.
const QStringList kPassedThrough = {QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                    QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                    QStringLiteral("connect_timeout"), QStringLiteral("host")};
const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

bool ServerAddress::looksLikeServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool ServerAddress::parse(const QString& text, ServerAddress* out, QString* error)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!looksLikeServer(text))
        return fail(tr("%1 is not a server address (postgresql://user@host:port/dbname)").arg(text));
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    ServerAddress a;
    a.database = slash >= 0 ? decoded(rest.mid(slash + 1)) : QString();
    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(QLatin1Char(':')))
            return fail(tr("a password does not belong in the server address; use PGPASSWORD or ~/.pgpass"));
        a.user = decoded(userInfo);
        hostPort = authority.mid(at + 1);
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) { // IPv6 literal
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("%1: unterminated [ in the host").arg(text));
        a.host = hostPort.mid(1, close - 1);
        if (hostPort.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = hostPort.mid(close + 2);
    } else if (const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        a.host = decoded(hostPort.left(colon));
        portText = hostPort.mid(colon + 1);
    } else {
        a.host = decoded(hostPort);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        a.port = portText.toInt(&ok);
        if (!ok || a.port <= 0 || a.port > 65535)
            return fail(tr("%1: the port must be a number from 1 to 65535").arg(text));
    }
    QStringList options;
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(eq >= 0 ? pair.left(eq) : pair);
        const QString value = eq >= 0 ? decoded(pair.mid(eq + 1)) : QString();
        if (!kPassedThrough.contains(key))
            return fail(tr("%1: the option %2 is not accepted in a server address").arg(text, key));
        // libpq's connection string is space-separated and Qt joins options with ';'.
        if (value.isEmpty() || value.contains(QRegularExpression(QStringLiteral("[\\s;'\\\\]"))))
            return fail(tr("%1: the value of %2 is empty or contains a space, ';', quote or backslash")
                            .arg(text, key));
        if (key == QLatin1String("sslmode") && !kSslModes.contains(value))
            return fail(tr("%1: sslmode must be one of %2").arg(text, kSslModes.join(QStringLiteral(", "))));
        if (key == QLatin1String("host"))
            a.host = value;
        else
            options << key + QLatin1Char('=') + value;
    }
    if (a.database.isEmpty())
        return fail(tr("%1: the address names no database (…/dbname)").arg(text));
    a.connectOptions = options.join(QLatin1Char(';'));
    *out = a;
    return true;
}

QString ServerAddress::display() const
{
    const QString hostText =
        host.contains(QLatin1Char('/')) ? QString::fromUtf8(QUrl::toPercentEncoding(host)) : host;
    // Concatenated, not .arg() in steps: a socket folder's %2F would be taken for a placeholder.
    return QStringLiteral("postgresql://") + (user.isEmpty() ? QString() : user + QLatin1Char('@')) +
           hostText + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
}
