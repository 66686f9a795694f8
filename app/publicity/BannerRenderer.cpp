#include "BannerRenderer.h"

#include "Canvas.h"
#include "TextFit.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>

namespace Publicity {

const qreal BannerRenderer::overlap = Canvas::mm(15);

namespace {

// Long banners keep 10 mm at the sides and 12 mm above and below for the gluing marks.
const qreal kSide = Canvas::mm(10);
const qreal kEdge = Canvas::mm(12);
constexpr qreal kEm = 0.8;  // type size as a share of the strip's height
constexpr qreal kPad = 0.5; // ems of ground before and after the text

QRectF content(const QSizeF& page)
{
    return QRectF(kSide, kEdge, page.width() - 2 * kSide, page.height() - 2 * kEdge);
}

qreal step(const QSizeF& page)
{
    return content(page).width() - BannerRenderer::overlap;
}

} // namespace

BannerRenderer::BannerRenderer(const Material& material, const QSizeF& page)
    : m_material(material), m_long(material.options.templateName == QLatin1String("long")), m_page(page)
{
    for (int s = 0; s < m_material.slogans.size(); ++s) {
        if (!m_long) {
            m_sheets.append({s, 0, 1});
            continue;
        }
        Strip strip;
        strip.font = font(Face::Heading, 10, true);
        strip.font.setPixelSize(qMax(1, qRound(content(page).height() * kEm)));
        const qreal em = strip.font.pixelSize();
        const qreal text = lineAdvance(strip.font, m_material.slogans.at(s), 1.0);
        const qreal wanted = text + 2 * kPad * em;
        const int count = qMax(1, int(std::ceil((wanted - overlap) / step(page))));
        strip.length = count * step(page) + overlap;
        strip.textStart = (strip.length - text) / 2;
        m_strips.append(strip);
        for (int i = 0; i < count; ++i)
            m_sheets.append({s, i, count});
    }
}

void BannerRenderer::paint(const Canvas& canvas, int page) const
{
    if (page < 0 || page >= m_sheets.size())
        return;
    const Sheet& sheet = m_sheets.at(page);
    if (m_long) {
        paintTile(canvas, sheet);
        paintMarks(canvas, sheet);
    } else {
        paintPage(canvas, m_material.slogans.at(sheet.slogan));
    }
}

void BannerRenderer::paintPage(const Canvas& canvas, const QString& slogan) const
{
    const ColourScheme& c = m_material.scheme;
    QPainter& p = canvas.painter();
    p.fillRect(canvas.page(), c.bands ? c.primary : c.paper);
    const qreal m = canvas.u(6);
    if (!c.bands) {
        p.setPen(QPen(c.primary, canvas.u(0.6)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(canvas.page().adjusted(m / 2, m / 2, -m / 2, -m / 2));
    }
    const TextBlock block =
        fitText(slogan, canvas.page().adjusted(m, m, -m, -m),
                {Face::Heading, true, 2000, 12, 1.25, Breaking::PhrasesOnly, Qt::AlignCenter, 0, 1.0});
    drawText(canvas, block, c.bands ? c.onPrimary : c.primary);
}

void BannerRenderer::paintTile(const Canvas& canvas, const Sheet& sheet) const
{
    const ColourScheme& c = m_material.scheme;
    const Strip& strip = m_strips.at(sheet.slogan);
    QPainter& p = canvas.painter();
    p.fillRect(canvas.page(), Qt::white);
    const QRectF area = content(canvas.page().size());
    p.fillRect(area, c.bands ? c.primary : c.paper);

    // Banner x of this sheet's left content edge; only the characters that show here are drawn,
    // so each page's text is the part of the slogan it carries.
    const qreal from = sheet.index * step(canvas.page().size());
    const qreal em = strip.font.pixelSize();
    const qreal baseline = area.center().y() + 0.38 * em;
    const QFontMetricsF fm(strip.font);
    p.save();
    p.setClipRect(area);
    p.setFont(strip.font);
    p.setPen(c.bands ? c.onPrimary : c.primary);
    QRectF ink;
    qreal x = strip.textStart;
    const QStringList parts = phrases(m_material.slogans.at(sheet.slogan));
    for (const QString& part : parts) {
        for (int i = 0; i < part.size(); ++i) {
            const int n = part.at(i).isHighSurrogate() && i + 1 < part.size() ? 2 : 1;
            const QString ch = part.mid(i, n);
            i += n - 1;
            const qreal advance = fm.horizontalAdvance(ch);
            const qreal left = area.left() + x - from;
            if (left + advance > area.left() && left < area.right()) {
                p.drawText(QPointF(left, baseline), ch);
                ink |= fm.tightBoundingRect(ch).translated(left, baseline) & area;
            }
            x += advance;
        }
        x += em; // the 全角 gap between phrases
    }
    p.restore();
    canvas.logInk(ink);
}

void BannerRenderer::paintMarks(const Canvas& canvas, const Sheet& sheet) const
{
    QPainter& p = canvas.painter();
    const QRectF area = content(canvas.page().size());
    const QColor ink(0x555555);
    const qreal thin = Canvas::mm(0.25);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    auto tick = [&](qreal x, Qt::PenStyle style) {
        p.setPen(QPen(ink, thin, style));
        p.drawLine(QPointF(x, Canvas::mm(2)), QPointF(x, area.top() - Canvas::mm(1)));
        p.drawLine(QPointF(x, area.bottom() + Canvas::mm(1)), QPointF(x, canvas.height() - Canvas::mm(2)));
    };
    auto target = [&](qreal x) {
        const qreal r = Canvas::mm(3);
        p.setPen(QPen(ink, thin));
        p.setBrush(Qt::NoBrush);
        for (const qreal y : {kEdge / 2, canvas.height() - kEdge / 2}) {
            p.drawEllipse(QPointF(x, y), r * 0.6, r * 0.6);
            p.drawLine(QPointF(x - r, y), QPointF(x + r, y));
            p.drawLine(QPointF(x, y - r), QPointF(x, y + r));
        }
    };
    const qreal glue = area.right() - overlap;
    if (sheet.index > 0) {
        tick(area.left(), Qt::DashLine); // cut along here, then lay this edge on the previous sheet's line
        target(area.left() + overlap / 2);
    }
    if (sheet.index + 1 < sheet.count) {
        tick(glue, Qt::SolidLine);
        target(glue + overlap / 2);
        p.fillRect(QRectF(glue, area.bottom() + Canvas::mm(0.5), overlap, Canvas::mm(1)), ink);
    }
    p.restore();

    const qreal row = Canvas::mm(4);
    const TextSpec small{Face::Sans, false, 7, 5, 1.0, Breaking::SingleLine, Qt::AlignCenter};
    QString note =
        QStringLiteral("横幅%1 第%2/%3张").arg(sheet.slogan + 1).arg(sheet.index + 1).arg(sheet.count);
    if (sheet.index > 0)
        note += QStringLiteral("：沿左侧虚线裁切，对齐前一张的实线粘贴");
    const QRectF noteBox(area.left() + overlap + Canvas::mm(8), canvas.height() - kEdge / 2 - row / 2,
                         area.width() - 2 * overlap - Canvas::mm(16), row);
    drawText(canvas, fitText(note, noteBox, small), ink);
}

} // namespace Publicity
