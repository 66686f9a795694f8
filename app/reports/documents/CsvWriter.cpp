#include "CsvWriter.h"

#include "ExportProgress.h"

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

namespace {

// Lines collect in a buffer that goes to the device every 64 KiB, so a long table is written as it
// is produced and never held whole.
class Lines
{
public:
    explicit Lines(QIODevice* device) : m_device(device) { m_buffer.reserve(kChunk + 4096); }

    void add(const QStringList& cells)
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_buffer += ',';
            m_buffer += field(cells[i]).toUtf8();
        }
        m_buffer += "\r\n";
    }
    void raw(const char* bytes) { m_buffer += bytes; }
    bool flush(bool always)
    {
        if (!m_ok || (!always && m_buffer.size() < kChunk))
            return m_ok;
        m_ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return m_ok;
    }

private:
    static constexpr qsizetype kChunk = 64 * 1024;
    QIODevice* m_device;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace

bool write(const QList<ReportTable>& tables, QIODevice* device, QString* error, ExportProgress* progress)
{
    Lines out(device);
    out.raw("\xEF\xBB\xBF");
    qint64 total = 0, done = 0;
    for (const ReportTable& table : tables)
        total += table.rowCount();
    bool cancelled = false;
    for (qsizetype t = 0; t < tables.size() && !cancelled; ++t) {
        const ReportTable& table = tables[t];
        const bool grouped = table.hasGroupRows();
        if (t > 0)
            out.raw("\r\n");
        out.add((grouped ? QStringList{QStringLiteral("分组")} : QStringList()) + table.headers);
        QString group;
        QStringList cells;
        const bool ok = table.forEachRow([&](const ReportRow& r) {
            if (r.group) {
                group = r.cells.value(0).text;
            } else {
                cells.clear();
                if (grouped)
                    cells << group;
                for (int c = 0; c < table.headers.size(); ++c)
                    cells << (c < r.cells.size() ? r.cells[c].text : QString());
                out.add(cells);
            }
            if (!out.flush(false))
                return false;
            return ++done % 100 != 0 || exportStep(progress, done, total);
        });
        cancelled = !ok;
    }
    if (!out.flush(true)) {
        *error = QCoreApplication::translate("CsvWriter", "The file could not be written: %1")
                     .arg(device->errorString());
        return false;
    }
    if (cancelled) {
        *error = QCoreApplication::translate("CsvWriter", "Cancelled.");
        return false;
    }
    exportStep(progress, total, total);
    return true;
}

} // namespace CsvWriter
