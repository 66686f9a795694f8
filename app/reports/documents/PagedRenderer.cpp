#include "PagedRenderer.h"

#include "ExportProgress.h"
#include "OfficialFonts.h"
#include "OfficialPage.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace {

using Role = OfficialFonts::Role;
using OfficialPage::bodyPt;
using OfficialPage::pageNumberPt;
using OfficialPage::tablePt;
using OfficialPage::titlePt;

// Lines of one wrapped text, laid out for the device.
struct Wrapped
{
    std::shared_ptr<QTextLayout> layout;
    int lines = 0;
};

Wrapped wrap(const QString& text, const QFont& font, QPaintDevice* device, qreal width, qreal firstIndent,
             Qt::Alignment align)
{
    Wrapped w{std::make_shared<QTextLayout>(text, font, device), 0};
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    w.layout->setTextOption(option);
    w.layout->setCacheEnabled(true);
    w.layout->beginLayout();
    for (QTextLine line = w.layout->createLine(); line.isValid(); line = w.layout->createLine()) {
        const qreal indent = w.lines == 0 ? firstIndent : 0;
        line.setLineWidth(qMax<qreal>(1, width - indent));
        line.setPosition(QPointF(indent, 0));
        ++w.lines;
    }
    w.layout->endLayout();
    return w;
}

class Renderer
{
public:
    Renderer(QPagedPaintDevice* device, ExportProgress* progress) : m_device(device), m_progress(progress) {}

    bool run(const ReportDocument& doc, QString* error);

private:
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    QFont font(Role role, qreal size) const { return OfficialFonts::instance().font(role, size); }
    qreal bodyPitch() const { return mm(OfficialPage::linePitchMm); }

    void newPage();
    void ensure(qreal height);
    void drawLines(const Wrapped& w, qreal x, qreal pitch, qreal width);
    void text(const QString& text, Role role, qreal size, qreal pitch, Qt::Alignment align, qreal indent,
              bool balanced = false);
    bool table(const ReportTable& t, qint64* done, qint64 total);
    // Sets the table's column edges and lays out its header; the header's height.
    qreal layoutColumns(const ReportTable& t, QList<Wrapped>* headerCells);
    // What must fit under a heading at `index` for it not to stand alone at the foot of a page.
    qreal keepWithNext(const ReportDocument& doc, qsizetype index);
    qreal rowHeight(const ReportTable& t, const ReportRow& row, QList<Wrapped>* cells, bool header);
    void drawRow(const ReportTable& t, const QList<Wrapped>& cells, qreal height, bool header, bool group);
    void image(const QImage& image, const QString& caption);
    void pageNumber();

    QPagedPaintDevice* m_device;
    ExportProgress* m_progress;
    QPainter m_painter;
    qreal m_dpi = 72;
    qreal m_width = 0, m_height = 0, m_y = 0;
    int m_page = 1;
    QList<qreal> m_columns; // x positions of the current table's column edges
    // The closing paragraph's last lines go onto the next page with the signature rather than leave
    // the signature and date alone there (GB/T 9704): how many lines, and the space after them.
    int m_keepLines = 0;
    qreal m_keepAfter = 0;
};

void Renderer::newPage()
{
    pageNumber();
    m_device->newPage();
    ++m_page;
    m_y = 0;
}

void Renderer::ensure(qreal height)
{
    if (m_y > 0 && m_y + height > m_height)
        newPage();
}

void Renderer::pageNumber()
{
    const QFont f = font(Role::PageNumber, pageNumberPt);
    m_painter.setFont(f);
    const QString label = QStringLiteral("\u2014 %1 \u2014").arg(m_page);
    const qreal inset = pt(pageNumberPt);
    const QRectF box(inset, m_height + mm(OfficialPage::pageNumberGapMm), m_width - 2 * inset,
                     pt(pageNumberPt * 1.6));
    m_painter.drawText(box, (m_page % 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, label);
}

void Renderer::drawLines(const Wrapped& w, qreal x, qreal pitch, qreal width)
{
    Q_UNUSED(width);
    for (int i = 0; i < w.lines; ++i) {
        const int left = w.lines - i;
        ensure(m_keepLines > 0 && left == qMin(m_keepLines, w.lines) ? left * pitch + m_keepAfter : pitch);
        const QTextLine line = w.layout->lineAt(i);
        const qreal top = m_y + (pitch - line.height()) / 2;
        line.draw(&m_painter, QPointF(x, top - line.y()));
        m_y += pitch;
    }
}

void Renderer::text(const QString& text, Role role, qreal size, qreal pitch, Qt::Alignment align,
                    qreal indent, bool balanced)
{
    const QFont f = font(role, size);
    const QStringList paragraphs = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int keepLines = m_keepLines;
    for (const QString& paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty())
            continue;
        m_keepLines = &paragraph == &paragraphs.last() ? keepLines : 0; // only the closing lines
        Wrapped w = wrap(paragraph.trimmed(), f, m_device, m_width, indent, align);
        if (balanced && w.lines > 1) {
            // Titles break into lines of similar length rather than leaving two characters alone.
            const qreal natural = QFontMetricsF(f, m_device).horizontalAdvance(paragraph.trimmed());
            const qreal width = qMin(m_width, natural / w.lines + pt(size) * 1.5);
            Wrapped even = wrap(paragraph.trimmed(), f, m_device, width, indent, align);
            if (even.lines == w.lines) {
                drawLines(even, (m_width - width) / 2, pitch, width);
                continue;
            }
        }
        drawLines(w, 0, pitch, m_width);
    }
    m_keepLines = 0;
}

qreal Renderer::rowHeight(const ReportTable& t, const ReportRow& row, QList<Wrapped>* cells, bool header)
{
    const qreal pad = mm(OfficialPage::cellPaddingMm), pitch = pt(tablePt * OfficialPage::tableLine);
    const QFont f =
        font(header || row.group ? (row.group ? Role::Heading2 : Role::TableHeader) : Role::Table, tablePt);
    int lines = 1;
    cells->clear();
    const int columns = row.group ? 1 : int(t.headers.size());
    for (int c = 0; c < columns; ++c) {
        const qreal width = (row.group ? m_width : m_columns[c + 1] - m_columns[c]) - 2 * pad;
        QString text = header ? t.headers[c] : c < row.cells.size() ? row.cells[c].text : QString();
        // A line break typed in a cell breaks the line, as the .docx and the .odt keep it.
        text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
        const bool centre = !row.group && (header || (c < row.cells.size() && row.cells[c].number) ||
                                           t.headers[c] == QStringLiteral("序号"));
        // "8月29日-9月1日" breaks after the dash, not inside a date, when it does not fit.
        const qsizetype dash = text.indexOf(QLatin1Char('-'));
        if (!header && dash > 0 && QFontMetricsF(f, m_device).horizontalAdvance(text) > width)
            text.insert(dash + 1, QChar(QChar::LineSeparator));
        cells->append(wrap(text, f, m_device, width, 0, centre ? Qt::AlignHCenter : Qt::AlignLeft));
        lines = qMax(lines, cells->last().lines);
    }
    return lines * pitch + 2 * pad;
}

void Renderer::drawRow(const ReportTable& t, const QList<Wrapped>& cells, qreal height, bool header,
                       bool group)
{
    const qreal pad = mm(OfficialPage::cellPaddingMm), pitch = pt(tablePt * OfficialPage::tableLine);
    if (header || group)
        m_painter.fillRect(QRectF(0, m_y, m_width, height), QColor(header ? 0xEEEEEE : 0xF6F6F6));
    m_painter.setPen(QPen(Qt::black, pt(0.6)));
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    m_painter.drawLine(QPointF(0, m_y + height), QPointF(m_width, m_y + height));
    const QList<qreal> edges = group ? QList<qreal>{0, m_width} : m_columns;
    for (qreal x : edges)
        m_painter.drawLine(QPointF(x, m_y), QPointF(x, m_y + height));
    m_painter.setClipRect(QRectF(0, m_y, m_width, height));
    for (int c = 0; c < cells.size(); ++c) {
        const Wrapped& w = cells[c];
        const qreal textTop = m_y + (height - w.lines * pitch) / 2;
        for (int i = 0; i < w.lines; ++i) {
            const QTextLine line = w.layout->lineAt(i);
            line.draw(&m_painter,
                      QPointF(edges[c] + pad, textTop + i * pitch + (pitch - line.height()) / 2 - line.y()));
        }
    }
    m_painter.setClipping(false);
    Q_UNUSED(t);
    m_y += height;
}

qreal Renderer::layoutColumns(const ReportTable& t, QList<Wrapped>* headerCells)
{
    qreal sum = 0;
    for (int c = 0; c < t.headers.size(); ++c)
        sum += c < t.widths.size() ? t.widths[c] : 1;
    m_columns = {0};
    for (int c = 0; c < t.headers.size(); ++c)
        m_columns.append(m_columns.last() + m_width * (c < t.widths.size() ? t.widths[c] : 1) / sum);
    return rowHeight(t, {}, headerCells, true);
}

qreal Renderer::keepWithNext(const ReportDocument& doc, qsizetype index)
{
    const qreal lines = 2 * bodyPitch(); // the heading and a line of what follows
    if (index + 1 >= doc.blocks.size() || doc.blocks.at(index + 1).kind != ReportBlock::Kind::Table)
        return lines;
    const ReportTable& t = doc.tables.at(doc.blocks.at(index + 1).table);
    if (t.headers.isEmpty())
        return lines;
    QList<Wrapped> headerCells;
    return bodyPitch() + layoutColumns(t, &headerCells) * 3; // as much as the table itself asks for
}

bool Renderer::table(const ReportTable& t, qint64* done, qint64 total)
{
    if (t.headers.isEmpty())
        return true;
    QList<Wrapped> headerCells, cells;
    const qreal headerHeight = layoutColumns(t, &headerCells);
    ensure(headerHeight * 3);
    drawRow(t, headerCells, headerHeight, true, false);
    const bool ok = t.forEachRow([&](const ReportRow& row) {
        const qreal height = rowHeight(t, row, &cells, false);
        if (m_y + height > m_height) {
            newPage();
            drawRow(t, headerCells, headerHeight, true, false);
        }
        drawRow(t, cells, qMin(height, m_height - headerHeight), false, row.group);
        return ++*done % 100 != 0 || exportStep(m_progress, *done, total);
    });
    if (!ok)
        return false;
    m_y += pt(OfficialPage::afterTablePt);
    return true;
}

void Renderer::image(const QImage& image, const QString& caption)
{
    if (image.isNull())
        return;
    QSizeF size = image.size();
    size.scale(m_width, m_height * OfficialPage::pictureMaxHeight, Qt::KeepAspectRatio);
    ensure(size.height() + bodyPitch() * 1.5); // the caption stays with its picture
    m_painter.drawImage(QRectF((m_width - size.width()) / 2, m_y, size.width(), size.height()), image);
    m_y += size.height() + pt(4);
    text(caption, Role::Heading2, OfficialPage::captionPt, bodyPitch(), Qt::AlignHCenter, 0);
    m_y += pt(8);
}

bool Renderer::run(const ReportDocument& doc, QString* error)
{
    m_dpi = m_device->logicalDpiY();
    const QRect paint = m_device->pageLayout().paintRectPixels(m_device->logicalDpiX());
    m_width = paint.width();
    m_height = paint.height();
    if (!m_painter.begin(m_device)) {
        *error = QCoreApplication::translate("PagedRenderer", "The document cannot be drawn on this device.");
        return false;
    }
    m_painter.setRenderHint(QPainter::Antialiasing);
    const qreal pitch = bodyPitch(), indent = pt(bodyPt) * 2;
    const qint64 total = doc.rowCount();
    qint64 done = 0;
    if (!exportStep(m_progress, 0, total)) {
        m_painter.end();
        *error = QCoreApplication::translate("PagedRenderer", "Cancelled.");
        return false;
    }
    for (qsizetype i = 0; i < doc.blocks.size(); ++i) {
        const ReportBlock& b = doc.blocks.at(i);
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            text(b.text, Role::Title, titlePt, pt(titlePt * OfficialPage::titleLine), Qt::AlignHCenter, 0,
                 true);
            m_y += pitch * 0.5;
            break;
        case ReportBlock::Kind::Subtitle:
            text(b.text, Role::Heading2, bodyPt, pitch, Qt::AlignHCenter, 0);
            m_y += pitch * 0.5;
            break;
        case ReportBlock::Kind::Heading1:
            ensure(qMax(pitch * 3, keepWithNext(doc, i)));
            text(b.text, Role::Heading1, bodyPt, pitch, Qt::AlignLeft, indent);
            break;
        case ReportBlock::Kind::Heading2:
            ensure(keepWithNext(doc, i));
            text(b.text, Role::Heading2, bodyPt, pitch, Qt::AlignLeft, indent);
            break;
        case ReportBlock::Kind::Paragraph:
            if (i + 1 < doc.blocks.size() && doc.blocks.at(i + 1).kind == ReportBlock::Kind::Signature) {
                m_keepLines = 2;
                m_keepAfter = pitch * (1 + doc.blocks.at(i + 1).text.count(QLatin1Char('\n')) + 1);
            }
            text(b.text, Role::Body, bodyPt, pitch, Qt::AlignJustify, indent);
            break;
        case ReportBlock::Kind::Signature:
            m_y += pitch;
            text(b.text, Role::Body, bodyPt, pitch, Qt::AlignRight, 0);
            break;
        case ReportBlock::Kind::Caption:
            ensure(qMax(pitch * 3, keepWithNext(doc, i)));
            text(b.text, Role::Heading1, bodyPt, pitch, Qt::AlignLeft, 0);
            break;
        case ReportBlock::Kind::PageBreak:
            if (m_y > 0)
                newPage();
            break;
        case ReportBlock::Kind::Table:
            if (!table(doc.tables.at(b.table), &done, total)) {
                m_painter.end();
                *error = QCoreApplication::translate("PagedRenderer", "Cancelled.");
                return false;
            }
            break;
        case ReportBlock::Kind::Image:
            image(b.image, b.text);
            break;
        }
    }
    pageNumber();
    m_painter.end();
    exportStep(m_progress, total, total);
    return true;
}

} // namespace

namespace PagedRenderer {

void applyOfficialLayout(QPagedPaintDevice* device)
{
    device->setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(OfficialPage::leftMm, OfficialPage::topMm, OfficialPage::rightMm, OfficialPage::bottomMm),
        QPageLayout::Millimeter));
}

bool render(const ReportDocument& document, QPagedPaintDevice* device, ExportProgress* progress,
            QString* error)
{
    return Renderer(device, progress).run(document, error);
}

} // namespace PagedRenderer
