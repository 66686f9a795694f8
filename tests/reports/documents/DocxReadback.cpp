#include "DocxReadback.h"

#include "ExternalReaders.h"
#include "ReportExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace DocxReadback {

namespace {

QString styleOf(ReportBlock::Kind kind)
{
    switch (kind) {
    case ReportBlock::Kind::Title:
        return QStringLiteral("Title");
    case ReportBlock::Kind::Subtitle:
        return QStringLiteral("Subtitle");
    case ReportBlock::Kind::Heading1:
        return QStringLiteral("Heading 1");
    case ReportBlock::Kind::Heading2:
        return QStringLiteral("Heading 2");
    case ReportBlock::Kind::Caption:
        return QStringLiteral("Attachment label");
    case ReportBlock::Kind::Paragraph:
        return QStringLiteral("Normal");
    case ReportBlock::Kind::Signature:
        return QStringLiteral("Signature");
    case ReportBlock::Kind::Image:
        return QStringLiteral("Figure caption");
    case ReportBlock::Kind::Table:
    case ReportBlock::Kind::PageBreak:
        break;
    }
    return {};
}

bool near(const QJsonObject& o, const char* key, double expected)
{
    return qAbs(o.value(QLatin1String(key)).toDouble() - expected) < 0.05;
}

} // namespace

bool run(const QString& mode, const QString& docx, QJsonObject* out, QString* error)
{
    QByteArray json;
    if (!ExternalReaders::run(QStringLiteral("/usr/bin/python3"),
                              {QStringLiteral(CP_DOCX_READBACK), mode, docx}, &json, error))
        return false;
    QJsonParseError parse;
    *out = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = parse.errorString() + QStringLiteral(": ") + QString::fromUtf8(json.left(400));
        return false;
    }
    return true;
}

QString compareContent(const QJsonObject& read, const ReportDocument& doc)
{
    // Paragraphs with text, in order, with their styles (empty ones are spacers and picture holders).
    QStringList expected, actual;
    int pictures = 0;
    for (const ReportBlock& b : doc.blocks) {
        if (b.kind == ReportBlock::Kind::Image) {
            if (b.image.isNull())
                continue;
            ++pictures;
        }
        const QString style = styleOf(b.kind);
        if (style.isEmpty())
            continue;
        for (const QString& line : b.text.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                expected << style + QStringLiteral(" | ") + line.trimmed();
    }
    int readPictures = 0;
    for (const QJsonValue& v : read.value(QStringLiteral("paragraphs")).toArray()) {
        const QJsonObject p = v.toObject();
        readPictures += p.value(QStringLiteral("pictures")).toInt();
        if (!p.value(QStringLiteral("text")).toString().isEmpty())
            actual << p.value(QStringLiteral("style")).toString() + QStringLiteral(" | ") +
                          p.value(QStringLiteral("text")).toString();
    }
    if (expected != actual) {
        for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i)
            if (expected.value(i) != actual.value(i))
                return QStringLiteral("paragraph %1: expected “%2”, read “%3” (%4 vs %5 paragraphs)")
                    .arg(i)
                    .arg(expected.value(i), actual.value(i))
                    .arg(expected.size())
                    .arg(actual.size());
    }
    if (pictures != readPictures || read.value(QStringLiteral("pictures")).toArray().size() != pictures)
        return QStringLiteral("%1 pictures, %2 read").arg(pictures).arg(readPictures);

    QList<const ReportTable*> tables;
    for (const ReportBlock& b : doc.blocks)
        if (b.kind == ReportBlock::Kind::Table && !doc.tables.at(b.table).headers.isEmpty())
            tables << &doc.tables.at(b.table);
    const QJsonArray readTables = read.value(QStringLiteral("tables")).toArray();
    if (readTables.size() != tables.size())
        return QStringLiteral("%1 tables, %2 read").arg(tables.size()).arg(readTables.size());
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const ReportTable& table = *tables[t];
        const QList<ReportRow> tableRows = table.rows();
        const QJsonArray rows = readTables[t].toObject().value(QStringLiteral("rows")).toArray();
        const QString where = QStringLiteral("table %1 (%2)").arg(t + 1).arg(table.name);
        if (rows.size() != tableRows.size() + 1)
            return QStringLiteral("%1: %2 rows, %3 read")
                .arg(where)
                .arg(tableRows.size() + 1)
                .arg(rows.size());
        const int columns = int(table.headers.size());
        int grid = 0;
        for (const QJsonValue& w : readTables[t].toObject().value(QStringLiteral("grid")).toArray())
            grid += w.toInt();
        if (readTables[t].toObject().value(QStringLiteral("grid")).toArray().size() != columns ||
            qAbs(grid - 8844) > 1) // 156 mm in twips
            return QStringLiteral("%1: the grid is not %2 columns over 156 mm").arg(where).arg(columns);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows[r].toObject();
            const QString at = QStringLiteral("%1 row %2").arg(where).arg(r);
            if (!row.value(QStringLiteral("cantSplit")).toBool())
                return at + QStringLiteral(" may split across pages");
            if (row.value(QStringLiteral("header")).toBool() != (r == 0))
                return at + QString::fromLatin1(r == 0 ? " does not repeat" : " repeats as a header");
            const QStringList cells = row.value(QStringLiteral("cells")).toVariant().toStringList();
            QStringList want;
            QList<int> spans;
            if (r == 0) {
                want = table.headers;
            } else if (tableRows[r - 1].group) {
                want << tableRows[r - 1].cells.value(0).text;
                spans << columns;
            } else {
                for (int c = 0; c < columns; ++c)
                    want << tableRows[r - 1].cells.value(c).text;
            }
            if (cells != want)
                return QStringLiteral("%1: cells “%2”, read “%3”")
                    .arg(at, want.join(QLatin1Char('|')), cells.join(QLatin1Char('|')));
            if (!spans.isEmpty() && row.value(QStringLiteral("spans")).toArray().at(0).toInt() != columns)
                return at + QStringLiteral(" is a group row that does not span the table");
        }
    }
    return {};
}

QString checkPage(const QJsonObject& read)
{
    const QJsonObject s = read.value(QStringLiteral("section")).toObject();
    if (!near(s, "width", 210) || !near(s, "height", 297) ||
        s.value(QStringLiteral("orientation")).toInt() != 0)
        return QStringLiteral("not A4 portrait: ") +
               QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact));
    if (!near(s, "top", 37) || !near(s, "bottom", 35) || !near(s, "left", 28) || !near(s, "right", 26))
        return QStringLiteral("not the GB/T 9704 margins: ") +
               QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact));
    if (s.value(QStringLiteral("sections")).toInt() != 1)
        return QStringLiteral("more than one section");
    if (!read.value(QStringLiteral("evenAndOdd")).toBool())
        return QStringLiteral("even pages share the odd pages' footer");
    for (const char* which : {"oddFooter", "evenFooter"}) {
        const QJsonObject f = read.value(QLatin1String(which)).toObject();
        const bool odd = qstrcmp(which, "oddFooter") == 0;
        if (f.value(QStringLiteral("linked")).toBool() || !f.value(QStringLiteral("page")).toBool() ||
            f.value(QStringLiteral("text")).toString() != QStringLiteral("\u2014 1 \u2014") ||
            f.value(QStringLiteral("align")).toString() !=
                (odd ? QStringLiteral("right") : QStringLiteral("left")) ||
            f.value(QStringLiteral("fldChars")).toInt() != 3)
            return QLatin1String(which) + QStringLiteral(": ") +
                   QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact));
    }
    const QJsonArray errors = read.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty())
        return errors.toVariantList().first().toString() +
               QStringLiteral(" (and %1 more)").arg(errors.size() - 1);
    return {};
}

QString comparableText(const QString& pdf, const ReportDocument& doc, QString* error)
{
    QString text = ExternalReaders::withoutSpace(ExternalReaders::pdfText(pdf, error));
    static const QRegularExpression pageNumber(QStringLiteral("\u2014\\d+\u2014"));
    text.remove(pageNumber);
    for (const ReportTable& t : doc.tables)
        if (!t.headers.isEmpty())
            text.remove(ExternalReaders::withoutSpace(t.headers.join(QString())));
    return text;
}

int pageCount(const QString& pdf, QString* error)
{
    QByteArray info;
    if (!ExternalReaders::run(QStringLiteral("pdfinfo"), {pdf}, &info, error))
        return -1;
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
        .match(QString::fromLatin1(info))
        .captured(1)
        .toInt();
}

QString compareWithOurPdf(const QString& docx, const ReportDocument& doc, const QString& dir)
{
    const QString name = QFileInfo(docx).completeBaseName();
    const QString ours = QDir(dir).filePath(name + QStringLiteral("-ours.pdf"));
    QString error;
    if (!ReportExport::writeAtomically(
            ours, [&](QIODevice* d, QString* e) { return ReportExport::writePdf(doc, d, nullptr, e); },
            &error))
        return error;
    const QString outDir = QDir(dir).filePath(QStringLiteral("lo-") + name);
    QDir().mkpath(outDir);
    const QString theirs = ExternalReaders::libreOfficeConvert(docx, QStringLiteral("pdf"), outDir, &error);
    if (theirs.isEmpty())
        return error;
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS")) {
        const QDir keep(qEnvironmentVariable("CP_KEEP_EXPORTS"));
        QFile::copy(theirs, keep.filePath(name + QStringLiteral("-libreoffice.pdf")));
        QFile::copy(ours, keep.filePath(name + QStringLiteral("-ours.pdf")));
    }
    QByteArray info;
    if (!ExternalReaders::run(QStringLiteral("pdfinfo"), {theirs}, &info, &error))
        return error;
    if (!info.contains("(A4)"))
        return QStringLiteral("LibreOffice's pages are not A4: ") + QString::fromUtf8(info);

    const QString ourText = comparableText(ours, doc, &error);
    const QString theirText = comparableText(theirs, doc, &error);
    if (ourText.isEmpty() || theirText.isEmpty())
        return QStringLiteral("no text: ") + error;
    if (ourText != theirText) {
        qsizetype at = 0;
        while (at < ourText.size() && at < theirText.size() && ourText[at] == theirText[at])
            ++at;
        const qsizetype from = qMax<qsizetype>(0, at - 20);
        return QStringLiteral("the texts part at %1 of %2: ours “%3”, LibreOffice's “%4”")
            .arg(at)
            .arg(ourText.size())
            .arg(ourText.mid(from, 60), theirText.mid(from, 60));
    }
    // Both set 22 body lines to the page and the tables in the same type, but each breaks lines by
    // its own rules (our PDF balances a two-line title and breaks "9月1日-9月3日" after the dash;
    // LibreOffice's line breaking and its line heights inside table cells differ by a fraction),
    // so a long table can end a few rows earlier or later and carry a page over. A difference of
    // one page, or 5 % of a long document, is layout; more would be a page or a table set wrong.
    const int ourPages = pageCount(ours, &error), theirPages = pageCount(theirs, &error);
    if (ourPages <= 0 || theirPages <= 0)
        return error;
    qInfo("%s: our PDF %d pages, LibreOffice's %d", qPrintable(name), ourPages, theirPages);
    if (qAbs(ourPages - theirPages) > qMax(1, ourPages / 20))
        return QStringLiteral("LibreOffice makes %1 pages, our PDF %2").arg(theirPages).arg(ourPages);
    // Page numbers as our PDF prints them, on every page.
    const QString pages = ExternalReaders::withoutSpace(ExternalReaders::pdfText(theirs, &error));
    for (int page = 1; page <= theirPages; ++page)
        if (!pages.contains(QStringLiteral("\u2014%1\u2014").arg(page)))
            return QStringLiteral("no page number on page %1").arg(page);
    return {};
}

} // namespace DocxReadback
