#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QStringList>

class QXmlStreamWriter;

// One ReportTable as a w:tbl as wide as the text area: columns in the table's relative widths, a
// shaded header row repeated on every page (w:tblHeader), rows that never break across pages
// (w:cantSplit), group rows as one cell spanning the table; the header keeps with the first two rows,
// so a heading and a table header never end a page alone (as in the PDF). Rows are handed over one
// at a time by row(), the only place a row is written, so they may come from a list or a stream.
class DocxTable
{
public:
    DocxTable(QXmlStreamWriter* xml, const QStringList& headers, const QList<qreal>& widths);

    void begin(); // table properties, the column grid and the header row
    void row(const ReportRow& row);
    void end();

private:
    enum class Shade { None, Header, Group };
    void cell(int width, int span, Shade shade, const QString& style, const QString& text, bool keepNext);

    QXmlStreamWriter* m_xml;
    QStringList m_headers;
    QList<int> m_columns;    // twips
    int m_numberColumn = -1; // 序号 is centred like the figures
    qint64 m_rows = 0;       // rows written after the header
};
