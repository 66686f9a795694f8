#include "Console.h"

#include <cstdio>

namespace Console {

void out(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int fail(const QString& reason, int code)
{
    err(QStringLiteral("campaign-planner: ") + reason);
    return code;
}

} // namespace Console
