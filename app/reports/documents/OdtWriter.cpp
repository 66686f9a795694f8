#include "OdtWriter.h"

#include "ExportProgress.h"
#include "OdtCjkFonts.h"
#include "OdtPageLayout.h"
#include "OfficialFonts.h"
#include "ZipPackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

#include <memory>

namespace {

using Role = OfficialFonts::Role;

QTextCharFormat charFormat(Role role, qreal size)
{
    QTextCharFormat f;
    const QString family = OfficialFonts::instance().family(role);
    f.setFontFamilies({family});
    f.setProperty(QTextFormat::FontFamily, family); // what QTextDocumentWriter's ODF output reads
    f.setFontPointSize(size);
    f.setFontWeight(role == Role::TableHeader || OfficialFonts::instance().isBold(role) ? QFont::Bold
                                                                                        : QFont::Normal);
    return f;
}

void paragraph(QTextCursor& c, const QString& text, Role role, qreal size, Qt::Alignment align,
               qreal indentPt, bool first)
{
    QTextBlockFormat b;
    b.setAlignment(align);
    b.setTextIndent(indentPt);
    b.setLineHeight(28.9, QTextBlockFormat::FixedHeight);
    if (first)
        c.setBlockFormat(b);
    else
        c.insertBlock(b);
    c.insertText(text, charFormat(role, size));
}

bool table(QTextCursor& c, const ReportTable& t, ExportProgress* progress, qint64* done, qint64 total)
{
    const int columns = int(t.headers.size());
    if (columns == 0)
        return true;
    QTextTableFormat tf;
    tf.setHeaderRowCount(1);
    tf.setBorderCollapse(true);
    tf.setBorder(0.5);
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    qreal sum = 0;
    for (int i = 0; i < columns; ++i)
        sum += i < t.widths.size() ? t.widths[i] : 1;
    QList<QTextLength> widths;
    for (int i = 0; i < columns; ++i)
        widths << QTextLength(QTextLength::PercentageLength,
                              100 * (i < t.widths.size() ? t.widths[i] : 1) / sum);
    tf.setColumnWidthConstraints(widths);
    const int rows = int(t.rowCount());
    QTextTable* table = c.insertTable(rows + 1, columns, tf);
    const QTextCharFormat head = charFormat(Role::TableHeader, 12), body = charFormat(Role::Table, 12),
                          group = charFormat(Role::Heading2, 12);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    for (int i = 0; i < columns; ++i) {
        cell.insertText(t.headers[i], head);
        cell.movePosition(QTextCursor::NextCell);
    }
    int r = 0;
    const bool ok = t.forEachRow([&](const ReportRow& row) {
        if (r >= rows)
            return true; // a source that gives more rows than it said: the table has no room
        if (row.group) {
            table->mergeCells(r + 1, 0, 1, columns);
            cell = table->cellAt(r + 1, 0).firstCursorPosition();
            cell.insertText(row.cells.value(0).text, group);
            if (r + 1 < rows)
                cell = table->cellAt(r + 2, 0).firstCursorPosition();
        } else {
            for (int i = 0; i < columns; ++i) {
                cell.insertText(i < row.cells.size() ? row.cells[i].text : QString(), body);
                cell.movePosition(QTextCursor::NextCell);
            }
        }
        ++r;
        return ++*done % 100 != 0 || exportStep(progress, *done, total);
    });
    if (!ok)
        return false;
    c.movePosition(QTextCursor::End);
    return true;
}

} // namespace

namespace OdtWriter {

QTextDocument* toTextDocument(const ReportDocument& document, ExportProgress* progress, bool* cancelled)
{
    *cancelled = false;
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle, document.title);
    QTextCursor c(doc.get());
    const qreal indent = 32; // two 3号 characters
    bool first = true;
    qint64 done = 0;
    const qint64 total = document.rowCount();
    if (!exportStep(progress, 0, total)) {
        *cancelled = true;
        return nullptr;
    }
    int images = 0;
    bool pageBreak = false;
    for (const ReportBlock& b : document.blocks) {
        const int blockBefore = c.blockNumber();
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            paragraph(c, b.text, Role::Title, 22, Qt::AlignHCenter, 0, first);
            break;
        case ReportBlock::Kind::Subtitle:
            paragraph(c, b.text, Role::Heading2, 16, Qt::AlignHCenter, 0, first);
            break;
        case ReportBlock::Kind::Caption:
            paragraph(c, b.text, Role::Heading1, 16, Qt::AlignLeft, 0, first);
            break;
        case ReportBlock::Kind::PageBreak:
            pageBreak = true;
            continue;
        case ReportBlock::Kind::Heading1:
            paragraph(c, b.text, Role::Heading1, 16, Qt::AlignLeft, indent, first);
            break;
        case ReportBlock::Kind::Heading2:
            paragraph(c, b.text, Role::Heading2, 16, Qt::AlignLeft, indent, first);
            break;
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Signature:
            for (const QString& line : b.text.split(QLatin1Char('\n'))) {
                if (line.trimmed().isEmpty())
                    continue;
                const bool sign = b.kind == ReportBlock::Kind::Signature;
                paragraph(c, line.trimmed(), Role::Body, 16, sign ? Qt::AlignRight : Qt::AlignJustify,
                          sign ? 0 : indent, first);
                first = false;
            }
            break;
        case ReportBlock::Kind::Table:
            if (!first)
                c.insertBlock();
            if (!table(c, document.tables.at(b.table), progress, &done, total)) {
                *cancelled = true;
                return nullptr;
            }
            break;
        case ReportBlock::Kind::Image: {
            const QUrl name(QStringLiteral("chart%1.png").arg(++images));
            doc->addResource(QTextDocument::ImageResource, name, b.image);
            QTextImageFormat image;
            image.setName(name.toString());
            image.setWidth(440);
            image.setHeight(b.image.isNull() ? 0 : 440.0 * b.image.height() / b.image.width());
            QTextBlockFormat centred;
            centred.setAlignment(Qt::AlignHCenter);
            c.insertBlock(centred);
            c.insertImage(image);
            paragraph(c, b.text, Role::Heading2, 14, Qt::AlignHCenter, 0, false);
            break;
        }
        }
        if (pageBreak) { // the first paragraph after the break starts a new page
            QTextCursor start(doc->findBlockByNumber(first ? blockBefore : blockBefore + 1));
            QTextBlockFormat f;
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            start.mergeBlockFormat(f);
            pageBreak = false;
        }
        first = false;
    }
    return doc.release();
}

bool write(const ReportDocument& document, QIODevice* device, ExportProgress* progress, QString* error)
{
    bool cancelled = false;
    std::unique_ptr<QTextDocument> doc(toTextDocument(document, progress, &cancelled));
    if (!doc) {
        *error = QCoreApplication::translate("OdtWriter", "Cancelled.");
        return false;
    }
    // The zip writer closes its device when done, which QSaveFile forbids: write to memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        *error = QCoreApplication::translate("OdtWriter", "The document could not be written.");
        return false;
    }
    // What QTextDocumentWriter leaves out: fonts for Chinese text, the page, page numbers, column widths.
    QList<ZipPackage::Entry> entries;
    if (!ZipPackage::read(buffer.data(), &entries)) {
        *error = QCoreApplication::translate("OdtWriter", "The document could not be written.");
        return false;
    }
    for (ZipPackage::Entry& e : entries)
        if (e.name == "content.xml")
            e.data = OdtPageLayout::amendContent(OdtCjkFonts::amendContent(e.data));
    OdtPageLayout::addStyles(&entries);
    const QByteArray odt = ZipPackage::write(entries);
    if (device->write(odt) != odt.size()) {
        *error = QCoreApplication::translate("OdtWriter", "The document could not be written: %1")
                     .arg(device->errorString());
        return false;
    }
    exportStep(progress, document.rowCount(), document.rowCount());
    return true;
}

} // namespace OdtWriter
