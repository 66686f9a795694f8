#include "formats/CsvReader.h"

#include "formats/FormatMessages.h"
#include "formats/GridBuilder.h"
#include "formats/TextDecoding.h"

#include <QCoreApplication>

#include <array>

namespace CsvReader {

QChar detectDelimiter(QStringView text)
{
    constexpr std::array<char16_t, 3> candidates{u',', u'\t', u';'};
    constexpr int sampleLines = 50;
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current{};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < sampleLines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || i + 1 == text.size())) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                counts[k].append(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k] ? 1 : 0;
        }
    }
    // Score: lines that agree with the most common non-zero count, weighted by how many fields it makes.
    QChar best = u',';
    qint64 bestScore = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> frequency;
        for (int n : std::as_const(counts[k])) {
            if (n > 0)
                ++frequency[n];
        }
        qint64 score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            score = qMax<qint64>(score, qint64(it.value()) * 1000 + it.key());
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidates[k]);
        }
    }
    return best;
}

bool read(const QByteArray& bytes, const Options& options, TableDocument* out, QString* error)
{
    if (bytes.isEmpty()) {
        *error = FormatMessages::empty();
        return false;
    }
    TextDecoding::Result decoded;
    if (!TextDecoding::decode(bytes, options.encoding, &decoded, error))
        return false;
    const QString& text = decoded.text;
    const QChar delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;

    GridBuilder grid(QStringLiteral("CSV"));
    qint64 row = 0, column = 0;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the field began with a quote
    bool rowHasData = false; // a delimiter or a character seen in this row
    const auto endField = [&]() {
        TableCell cell;
        if (!field.isEmpty()) {
            cell.kind = TableCell::Kind::Text;
            cell.text = QString(field.constData(), field.size()); // exact size; `field` keeps its buffer
        }
        field.resize(0);
        wasQuoted = false;
        return grid.set(row, column++, cell, error);
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r') {
                field += u'\n';
                if (i + 1 < size && text.at(i + 1) == u'\n')
                    ++i;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = rowHasData = true;
        } else if (c == delimiter) {
            rowHasData = true;
            if (!endField())
                return false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            if ((rowHasData || !field.isEmpty()) && !endField())
                return false;
            ++row;
            column = 0;
            rowHasData = false;
            if (options.progress && (row & 0x3FFF) == 0 && !options.progress(i, size)) {
                *error = FormatMessages::cancelled();
                return false;
            }
        } else {
            field += c;
            rowHasData = true;
        }
    }
    if (quoted)
        decoded.warning = QCoreApplication::translate(
            "TableReader", "The last quoted field is not closed; the file may be cut off.");
    if ((rowHasData || !field.isEmpty()) && !endField())
        return false;

    TableDocument document;
    document.format = QStringLiteral("csv");
    document.encoding = decoded.encoding;
    document.delimiter = delimiter;
    if (!decoded.warning.isEmpty())
        document.warnings.append(decoded.warning);
    TableGrid table;
    if (!grid.finish(&table, error))
        return false;
    document.tables.append(std::move(table));
    *out = std::move(document);
    return true;
}

} // namespace CsvReader
