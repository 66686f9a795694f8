#pragma once

#include <QString>

// Text as people type it in Chinese tables, made comparable: full-width digits, letters and
// punctuation become their ASCII forms, the ideographic space a space, and runs of white space one.
namespace ImportText {

QString normalized(const QString& text);
// normalized(), without any white space at all (for dates and figures: "9 月 1 日", "1 500份").
QString compact(const QString& text);
// A key for "is this the same name": compact, punctuation and quote marks removed.
QString key(const QString& text);
// Drops a leading enumerator: "一、", "（一）", "(1)", "1.", "第一部分", "附件1" is not one.
QString withoutEnumerator(const QString& text);
// True when the text starts with a Chinese group enumerator ("一、", "（一）", "(一)", "第一部分").
bool startsWithGroupEnumerator(const QString& text);

} // namespace ImportText
