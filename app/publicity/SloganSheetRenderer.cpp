#include "SloganSheetRenderer.h"

#include "Canvas.h"
#include "TextFit.h"

#include <QFontMetricsF>

namespace Publicity {

namespace {

// GB/T 9704 page: margins, 三号 body (16 pt) on a 28.95 pt line pitch, 二号 heading (22 pt).
const qreal kTopMargin = Canvas::mm(37);
const qreal kBottomMargin = Canvas::mm(35);
const qreal kLeftMargin = Canvas::mm(28);
const qreal kRightMargin = Canvas::mm(26);
const qreal kPitch = Canvas::pt(28.95);
const qreal kBodyPt = 16;
const qreal kHeadingPt = 22;

} // namespace

QString SloganSheetRenderer::heading(int year)
{
    return QStringLiteral("%1年全国“质量月”活动口号").arg(year);
}

SloganSheetRenderer::SloganSheetRenderer(const Material& material, const QSizeF& pageSize)
    : m_material(material), m_body(font(Face::Body, kBodyPt))
{
    const qreal width = pageSize.width() - kLeftMargin - kRightMargin;
    const qreal bottom = pageSize.height() - kBottomMargin;
    const QFontMetricsF fm(m_body);
    // Page 1 starts below the label, a blank line, the heading (up to two lines) and a blank line.
    const TextBlock title = fitText(heading(m_material.snapshot.campaign.campaign.year),
                                    QRectF(kLeftMargin, 0, width, Canvas::pt(kHeadingPt) * 3.2),
                                    {Face::Title, true, kHeadingPt, 16, 1.4, Breaking::Anywhere});
    int page = 0;
    qreal baseline = kTopMargin + kPitch * 3 + title.size.height();
    int number = 0;
    for (const QString& slogan : m_material.slogans) {
        const QString label = QStringLiteral("%1. ").arg(++number);
        const qreal indent = fm.horizontalAdvance(label);
        // One line with the notice's 全角 gap between phrases when it fits; else wrapped lines hang
        // under the text, not under the number.
        QStringList lines{slogan};
        bool gaps = lineAdvance(m_body, slogan, 1.0) <= width - indent;
        if (!gaps) {
            lines = fitText(slogan, QRectF(0, 0, width - indent, 1e9),
                            {Face::Body, false, kBodyPt, kBodyPt, 1.0, Breaking::Anywhere, Qt::AlignLeft})
                        .lines;
        }
        for (int i = 0; i < lines.size(); ++i) {
            if (baseline > bottom) {
                ++page;
                baseline = kTopMargin + fm.ascent();
            }
            if (i == 0)
                m_lines.append({page, baseline, kLeftMargin, label, false});
            m_lines.append({page, baseline, kLeftMargin + indent, lines.at(i), gaps});
            baseline += kPitch;
        }
    }
    m_pages = page + 1;
}

void SloganSheetRenderer::paint(const Canvas& canvas, int page) const
{
    QPainter& p = canvas.painter();
    p.fillRect(canvas.page(), Qt::white);
    const qreal width = canvas.width() - kLeftMargin - kRightMargin;
    if (page == 0) {
        const TextBlock label = fitText(QStringLiteral("附件2"),
                                        QRectF(kLeftMargin, kTopMargin, width, Canvas::pt(kBodyPt) * 1.3),
                                        {Face::Heading, false, kBodyPt, kBodyPt, 1.0, Breaking::SingleLine,
                                         Qt::AlignLeft | Qt::AlignTop});
        drawText(canvas, label, Qt::black);
        const TextBlock title = fitText(
            heading(m_material.snapshot.campaign.campaign.year),
            QRectF(kLeftMargin, kTopMargin + kPitch * 2, width, Canvas::pt(kHeadingPt) * 3.2),
            {Face::Title, true, kHeadingPt, 16, 1.4, Breaking::Anywhere, Qt::AlignHCenter | Qt::AlignTop});
        drawText(canvas, title, Qt::black);
    }
    p.save();
    p.setFont(m_body);
    p.setPen(Qt::black);
    const QFontMetricsF fm(m_body);
    for (const Line& line : m_lines) {
        if (line.page != page)
            continue;
        // Phrases keep the 全角 gap of the notice.
        qreal x = line.x;
        const QStringList parts = line.gaps ? phrases(line.text) : QStringList{line.text.trimmed()};
        for (const QString& part : parts) {
            p.drawText(QPointF(x, line.baseline), part);
            canvas.logInk(fm.tightBoundingRect(part).translated(x, line.baseline));
            x += fm.horizontalAdvance(part) + m_body.pixelSize();
        }
    }
    p.restore();
}

} // namespace Publicity
