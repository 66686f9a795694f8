#pragma once

#include <QString>
#include <QStringList>

// Turns notice text as found (reposted web pages, PDF and Word copies) into the plain form the
// reader expects: simplified characters, ASCII digits, Chinese punctuation and paired “” quotes,
// no spaces inside numbers, one paragraph per line with page and line breaks inside a paragraph
// joined, and without a reposting site's own first line or trailer. Pure and idempotent.
namespace NoticeText {

QString normalise(const QString& raw);
// Traditional to simplified characters through ICU's "Traditional-Simplified" transliterator.
QString simplified(const QString& text);
// normalise() split into its non-empty paragraphs.
QStringList paragraphs(const QString& raw);
// True for a paragraph that begins a heading or numbered item (一、 （一） 附件1 1.).
bool startsItem(const QString& paragraph);

} // namespace NoticeText
