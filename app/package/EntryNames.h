#pragma once

#include <QSet>
#include <QString>

// Names inside a report package: readable Chinese folder and file names that every unzip tool can
// create (no separators or reserved characters, bounded length), and the check that refuses
// hostile names (../, absolute paths, drive letters, backslashes) before anything is read.
namespace EntryNames {
// One path component made safe; empty input becomes "_".
QString component(const QString& text, int maxLength = 60);
// `wanted` (folder/name.ext), or "folder/name (2).ext" … when `used` already holds it; adds the result.
QString unique(const QString& wanted, QSet<QString>* used);
// True when `name` is a relative path made of ordinary components.
bool isSafe(const QString& name);
} // namespace EntryNames
