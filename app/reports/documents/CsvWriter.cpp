#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace CsvWriter {

QString field(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString t = text;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

static QString line(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out << field(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

bool write(const QList<ReportTable>& tables, QIODevice* device, QString* error)
{
    QString text;
    for (int t = 0; t < tables.size(); ++t) {
        const ReportTable& table = tables[t];
        bool grouped = false;
        for (const ReportRow& r : table.rows)
            grouped = grouped || r.group;
        if (t > 0)
            text += QStringLiteral("\r\n");
        text += line((grouped ? QStringList{QStringLiteral("分组")} : QStringList()) + table.headers);
        QString group;
        for (const ReportRow& r : table.rows) {
            if (r.group) {
                group = r.cells.value(0).text;
                continue;
            }
            QStringList cells;
            if (grouped)
                cells << group;
            for (int c = 0; c < table.headers.size(); ++c)
                cells << (c < r.cells.size() ? r.cells[c].text : QString());
            text += line(cells);
        }
    }
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (device->write(bytes) != bytes.size()) {
        *error = QCoreApplication::translate("CsvWriter", "The file could not be written: %1")
                     .arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace CsvWriter
