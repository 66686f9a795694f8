#pragma once

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// One table cell: the text every output prints, plus the typed value a spreadsheet keeps
// (a number with its 余 flag, a date or a time stamp).
struct ReportCell
{
    QString text;
    std::optional<double> number;
    bool approximate = false;
    QDate date;
    QDateTime stamp;

    static ReportCell ofText(const QString& t) { return {t, std::nullopt, false, {}, {}}; }
    static ReportCell ofNumber(double v, const QString& t) { return {t, v, false, {}, {}}; }
};

// A table row; a group row is one cell spanning the table (a pillar heading inside the plan table).
struct ReportRow
{
    QList<ReportCell> cells;
    bool group = false;
};

// A table whose rows are produced when a writer asks for them, one at a time, and not kept by the
// table: every writer's row loop is one forEachRow() call, so a plan of a million activities costs
// the writers one row of memory. Small tables (statistics, totals) keep the rows they were given with
// append(); large ones get a source (setSource) that builds each row from the campaign as it goes.
// A source usually refers to the snapshot it was built from: the table is valid while that lives.
struct ReportTable
{
    // Receives one row, valid only during the call; returns false to stop (a cancelled export).
    using RowSink = std::function<bool(const ReportRow& row)>;
    // Hands every row, in order, to the sink; false when the sink stopped it. May run more than once.
    using RowSource = std::function<bool(const RowSink& sink)>;

    QString name; // short name, e.g. the spreadsheet sheet or CSV section it becomes
    QStringList headers;
    QList<qreal> widths; // relative column widths

    // The appended rows, then the source's; false when `sink` returned false.
    bool forEachRow(const RowSink& sink) const;
    // Rows forEachRow() hands out (group rows included), known without producing them.
    qint64 rowCount() const { return m_rows.size() + m_sourceRows; }
    // Whether any row is a group row (a CSV then writes a 分组 column before the first row).
    bool hasGroupRows() const;

    void append(ReportRow row) { m_rows.append(std::move(row)); }
    void append(const QList<ReportRow>& rows) { m_rows.append(rows); }
    // Rows produced on demand after the appended ones: `rowCount` of them, some of them group rows
    // when `grouped`.
    void setSource(RowSource source, qint64 rowCount, bool grouped);
    // Every row as a list, for tests and small tables; a large table is better walked with forEachRow.
    QList<ReportRow> rows() const;

private:
    QList<ReportRow> m_rows;
    RowSource m_source;
    qint64 m_sourceRows = 0;
    bool m_sourceGrouped = false;
};

// One block of an official document, in reading order. Headings carry their own numbering ("一、").
struct ReportBlock
{
    // Caption: an attachment label ("附件1"), left, 黑体. Image: a picture with its caption in `text`.
    enum class Kind {
        Title,
        Subtitle,
        Heading1,
        Heading2,
        Paragraph,
        Signature,
        Caption,
        Table,
        Image,
        PageBreak
    };
    Kind kind = Kind::Paragraph;
    QString text;
    int table = -1; // index into ReportDocument::tables for Kind::Table
    QImage image;
};

// A plan or summary computed once from the campaign, then painted to PDF or paper, written as ODT
// or CSV. The same blocks and tables feed every output, so their figures cannot disagree.
struct ReportDocument
{
    QString title;
    QList<ReportBlock> blocks;
    QList<ReportTable> tables;

    void add(ReportBlock::Kind kind, const QString& text) { blocks.append({kind, text, -1, {}}); }
    void addTable(const ReportTable& t)
    {
        blocks.append({ReportBlock::Kind::Table, {}, int(tables.size()), {}});
        tables.append(t);
    }
    void addImage(const QImage& image, const QString& caption)
    {
        blocks.append({ReportBlock::Kind::Image, caption, -1, image});
    }
    qint64 rowCount() const
    {
        qint64 n = 0;
        for (const ReportTable& t : tables)
            n += t.rowCount();
        return n;
    }
};
