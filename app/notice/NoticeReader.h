#pragma once

#include "notice/NoticeFields.h"

#include <QString>

// Recognises the fields of a 质量月 notice in its plain text (pasted, or read from a file by
// DocumentText): a pure function, no files, no database. What it cannot find stays empty;
// NoticeCheck says whether the result is enough to set a campaign up.
namespace NoticeReader {

NoticeFields read(const QString& text);

// The pillar's short name for tables and charts (质量宣传, 质量提升 …), from a keyword table.
QString shortName(const QString& pillarTitle);

} // namespace NoticeReader
