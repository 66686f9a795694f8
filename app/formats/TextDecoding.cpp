#include "formats/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace TextDecoding {

namespace {
// Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when it is not one.
int utf8Sequence(const QByteArray& bytes, qsizetype i)
{
    const auto b = uchar(bytes.at(i));
    int length = b < 0x80                   ? 1
                 : (b >= 0xC2 && b <= 0xDF) ? 2
                 : (b >= 0xE0 && b <= 0xEF) ? 3
                 : (b >= 0xF0 && b <= 0xF4) ? 4
                                            : 0;
    if (length == 0 || i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((uchar(bytes.at(i + k)) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// True when some lines are valid UTF-8 with Chinese in them while others are not UTF-8 at all: a
// file pasted together from two sources. A GB18030 line is valid UTF-8 by chance only when short.
bool mixesUtf8(const QByteArray& bytes)
{
    bool utf8Line = false, otherLine = false;
    qsizetype i = 0;
    while (i < bytes.size()) {
        int threeByte = 0;
        bool invalid = false;
        while (i < bytes.size() && bytes.at(i) != '\n') {
            const int n = utf8Sequence(bytes, i);
            if (n == 0) {
                invalid = true;
                ++i;
            } else {
                threeByte += n >= 3 ? 1 : 0;
                i += n;
            }
        }
        ++i;
        if (invalid)
            otherLine = true;
        else if (threeByte >= 2)
            utf8Line = true;
        if (utf8Line && otherLine)
            return true;
    }
    return false;
}

// Qt's UTF-16 decoder passes unpaired surrogates through; they are not text.
bool hasLoneSurrogate(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

bool decodeWith(QStringDecoder& decoder, const QByteArray& bytes, QString* text)
{
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}
} // namespace

bool decode(const QByteArray& bytes, const QByteArray& encoding, Result* out, QString* error)
{
    if (!encoding.isEmpty()) {
        QStringDecoder decoder(encoding.constData(), QStringDecoder::Flag::Stateless);
        if (!decoder.isValid()) {
            *error = QCoreApplication::translate("TableReader", "The text encoding %1 is not known.")
                         .arg(QString::fromLatin1(encoding));
            return false;
        }
        out->encoding = QString::fromLatin1(encoding);
        if (!decodeWith(decoder, bytes, &out->text))
            out->warning = QCoreApplication::translate(
                               "TableReader", "Some characters could not be read as %1 and were replaced.")
                               .arg(out->encoding);
        if (out->text.startsWith(QChar::ByteOrderMark))
            out->text.remove(0, 1);
        return true;
    }
    const auto startsWith = [&](const char* bom) { return bytes.startsWith(QByteArray(bom)); };
    QStringDecoder decoder;
    if (startsWith("\xEF\xBB\xBF")) {
        decoder = QStringDecoder(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        out->encoding = QStringLiteral("UTF-8");
    } else if (startsWith("\xFF\xFE")) {
        decoder = QStringDecoder(QStringConverter::Utf16LE, QStringDecoder::Flag::Stateless);
        out->encoding = QStringLiteral("UTF-16LE");
    } else if (startsWith("\xFE\xFF")) {
        decoder = QStringDecoder(QStringConverter::Utf16BE, QStringDecoder::Flag::Stateless);
        out->encoding = QStringLiteral("UTF-16BE");
    }
    if (decoder.isValid()) {
        const bool utf16 = out->encoding.startsWith(QStringLiteral("UTF-16"));
        if (!decodeWith(decoder, bytes, &out->text) ||
            (utf16 && (bytes.size() % 2 || hasLoneSurrogate(out->text)))) {
            out->text.clear();
            *error = QCoreApplication::translate("TableReader",
                                                 "The file is not valid %1 text although it starts like it.")
                         .arg(out->encoding);
            return false;
        }
        if (out->text.startsWith(QChar::ByteOrderMark))
            out->text.remove(0, 1);
        return true;
    }
    if (bytes.contains('\0')) {
        *error =
            QCoreApplication::translate("TableReader", "The file is not a spreadsheet, a document or text.");
        return false;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    if (decodeWith(utf8, bytes, &out->text)) {
        out->encoding = QStringLiteral("UTF-8");
        return true;
    }
    if (mixesUtf8(bytes)) {
        *error = QCoreApplication::translate(
            "TableReader",
            "The file mixes text encodings (UTF-8 and GB18030); save it again in one encoding.");
        return false;
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid() && decodeWith(gb, bytes, &out->text)) {
        out->encoding = QStringLiteral("GB18030");
        return true;
    }
    *error = QCoreApplication::translate(
        "TableReader", "The text encoding of the file cannot be recognised (neither UTF-8 nor GB18030); "
                       "choose the encoding by hand.");
    out->text.clear();
    return false;
}

} // namespace TextDecoding
