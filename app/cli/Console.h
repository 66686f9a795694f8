#pragma once

#include <QString>

// stdout/stderr in UTF-8 whatever the locale, so Chinese messages survive `LANG=C` servers.
namespace Console {
void out(const QString& line);
void err(const QString& line);
// Prints "campaign-planner: <reason>" to stderr and returns `code`.
int fail(const QString& reason, int code = 1);

// A command over a server address works on a local copy whose private path means nothing to the
// user: lines naming `path` name `shown` instead.
void alias(const QString& path, const QString& shown);
// Standard output is held back until release(): a command whose result then fails to reach the server
// prints only why (release(false)), not a success that did not happen.
void hold();
void release(bool print);
} // namespace Console
