#include "Console.h"

#include <QDir>
#include <QStringList>

#include <utility>

#include <cstdio>

namespace {

QList<std::pair<QString, QString>> g_aliases;
bool g_holding = false;
QStringList g_held;

QString aliased(QString line)
{
    for (const auto& [path, shown] : std::as_const(g_aliases)) {
        line.replace(QDir::toNativeSeparators(path), shown);
        line.replace(path, shown);
    }
    return line;
}

} // namespace

namespace Console {

void alias(const QString& path, const QString& shown)
{
    g_aliases.append({path, shown});
}

void hold()
{
    g_holding = true;
}

void release(bool print)
{
    g_holding = false;
    const QStringList lines = std::exchange(g_held, {});
    if (print)
        for (const QString& line : lines)
            out(line);
}

void out(const QString& text)
{
    const QString line = aliased(text);
    if (g_holding) {
        g_held << line;
        return;
    }
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString& text)
{
    const QByteArray bytes = aliased(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int fail(const QString& reason, int code)
{
    err(QStringLiteral("campaign-planner: ") + reason);
    return code;
}

} // namespace Console
