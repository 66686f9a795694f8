#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

// The text rules of RFC 5545 (section 3.1 and 3.3): escaping, folding and value formats.
namespace IcsText {
// TEXT value escaping: backslash, semicolon, comma and newlines (CR LF, LF or CR become \n).
QString escape(const QString& text);
// One content line "NAME;PARAMS:value" as UTF-8, folded so no physical line exceeds 75 octets
// (a UTF-8 sequence is never split), each physical line ended by CRLF.
QByteArray line(const QString& content);
QString date(QDate d);             // 20210901
QString utcDateTime(QDateTime dt); // 20210901T083000Z
} // namespace IcsText
