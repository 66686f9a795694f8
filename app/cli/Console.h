#pragma once

#include <QString>

// stdout/stderr in UTF-8 whatever the locale, so Chinese messages survive `LANG=C` servers.
namespace Console {
void out(const QString& line);
void err(const QString& line);
// Prints "campaign-planner: <reason>" to stderr and returns `code`.
int fail(const QString& reason, int code = 1);
} // namespace Console
