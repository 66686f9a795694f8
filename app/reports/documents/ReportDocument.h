#pragma once

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

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

struct ReportTable
{
    QString name; // short name, e.g. the spreadsheet sheet or CSV section it becomes
    QStringList headers;
    QList<qreal> widths; // relative column widths
    QList<ReportRow> rows;
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
            n += t.rows.size();
        return n;
    }
};
