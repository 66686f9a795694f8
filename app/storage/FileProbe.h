#pragma once

#include <QString>

// Looks at a file's first bytes without opening it through SQLite, so that a file we refuse is
// never touched: not SQLite at all, truncated, or unreadable.
namespace FileProbe {
enum class Verdict { Ok, Missing, Unreadable, Empty, NotSqlite, Truncated };
Verdict inspect(const QString& path);
} // namespace FileProbe
