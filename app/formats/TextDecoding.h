#pragma once

#include <QByteArray>
#include <QString>

// Turns the bytes of a .csv or .txt into text: a BOM decides (UTF-8, UTF-16LE/BE); else strict UTF-8;
// else GB18030 (a superset of GBK and GB2312), through Qt's ICU-backed QStringDecoder. Bytes that
// are neither, or that mix UTF-8 lines with GB18030 lines, are refused rather than shown garbled.
namespace TextDecoding {

struct Result
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or what the caller asked for
    QString warning;  // translated; set when a requested encoding left undecodable bytes
};

// `encoding` empty = detect.
bool decode(const QByteArray& bytes, const QByteArray& encoding, Result* out, QString* error);

} // namespace TextDecoding
