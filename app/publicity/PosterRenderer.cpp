#include "PosterRenderer.h"

#include "Canvas.h"
#include "TextFit.h"

#include <algorithm>

namespace Publicity {

namespace {

QColor pillarColour(const Pillar& p, const QColor& fallback)
{
    const QColor c(p.colour);
    return c.isValid() ? c : fallback;
}

TextSpec spec(Face face, bool bold, qreal maxPt, Breaking breaking, Qt::Alignment align, int maxLines = 0)
{
    TextSpec s;
    s.face = face;
    s.bold = bold;
    s.maxPt = maxPt;
    s.breaking = breaking;
    s.align = align;
    s.maxLines = maxLines;
    if (breaking == Breaking::Phrases || breaking == Breaking::PhrasesOnly)
        s.phraseGap = 1.0;
    return s;
}

// One size for a list of texts: the smallest, unless one outlier would shrink all the others.
qreal evenSize(QList<qreal> sizes, qreal minimum)
{
    std::sort(sizes.begin(), sizes.end());
    const qreal median = sizes.at(sizes.size() / 2);
    return qMax(minimum, sizes.first() < median * 0.6 ? median : sizes.first());
}

} // namespace

void PosterRenderer::paint(const Canvas& canvas, int page) const
{
    if (page != 0)
        return;
    const QString& t = m_material.options.templateName;
    if (t == QLatin1String("slogan"))
        paintSlogan(canvas);
    else if (t == QLatin1String("event"))
        paintEvent(canvas);
    else
        paintTheme(canvas);
}

qreal PosterRenderer::footerHeight(const Canvas& canvas) const
{
    return m_material.qr.isNull() ? canvas.u(10) : canvas.u(19);
}

QRectF PosterRenderer::paintImage(const Canvas& canvas, const QRectF& slot) const
{
    if (m_material.image.isNull() || slot.width() <= 0 || slot.height() <= 0)
        return {};
    const QSizeF size = QSizeF(m_material.image.size()).scaled(slot.size(), Qt::KeepAspectRatio);
    QRectF r(QPointF(0, 0), size);
    r.moveCenter(slot.center());
    canvas.painter().drawImage(r, m_material.image);
    canvas.logInk(r);
    return r;
}

void PosterRenderer::paintFooter(const Canvas& canvas, const QRectF& area, const QColor& text,
                                 const QColor& muted) const
{
    const qreal s = Material::scale(canvas);
    qreal right = area.right();
    if (!m_material.qr.isNull()) {
        const qreal side = area.height();
        const QRectF code =
            m_material.qr.paint(canvas.painter(), QRectF(area.right() - side, area.top(), side, side));
        canvas.logInk(code);
        right = code.left() - canvas.u(2);
        const qreal captionWidth = qMin(canvas.u(26), (right - area.left()) / 2);
        const QRectF caption(right - captionWidth, area.top(), captionWidth, area.height());
        drawText(canvas,
                 fitText(m_material.options.qrCaption, caption,
                         spec(Face::Sans, false, 16 * s, Breaking::Anywhere,
                              Qt::AlignRight | Qt::AlignVCenter, 3)),
                 text);
        right = caption.left() - canvas.u(2);
    }
    const QRectF left(area.left(), area.top(), right - area.left(), area.height());
    const qreal line = qMin(canvas.u(5), left.height() / 2);
    const QRectF bureau(left.left(), left.center().y() - line, left.width(), line);
    const QRectF date(left.left(), left.center().y() + canvas.u(0.6), left.width(), line * 0.8);
    drawText(
        canvas,
        fitText(m_material.bureau, bureau,
                spec(Face::Heading, true, 24 * s, Breaking::Anywhere, Qt::AlignLeft | Qt::AlignBottom, 2)),
        text);
    drawText(canvas,
             fitText(m_material.date, date,
                     spec(Face::Sans, false, 18 * s, Breaking::SingleLine, Qt::AlignLeft | Qt::AlignTop)),
             muted);
}

void PosterRenderer::paintTheme(const Canvas& canvas) const
{
    const ColourScheme& c = m_material.scheme;
    const CampaignContent& content = m_material.snapshot.campaign;
    QPainter& p = canvas.painter();
    const qreal W = canvas.width(), H = canvas.height(), m = canvas.u(6), s = Material::scale(canvas);
    p.fillRect(canvas.page(), c.paper);
    const qreal band = canvas.landscape() ? H * 0.40 : H * 0.34;
    if (c.bands) {
        p.fillRect(QRectF(0, 0, W, band), c.primary);
        p.fillRect(QRectF(m, band - canvas.u(1.6), W - 2 * m, canvas.u(0.5)), c.accent);
    } else {
        p.fillRect(QRectF(0, band - canvas.u(0.8), W, canvas.u(0.8)), c.primary);
    }
    const QColor onBand = c.bands ? c.onPrimary : c.primary;

    const qreal logo = m_material.image.isNull() ? 0 : canvas.u(16);
    if (logo > 0)
        paintImage(canvas, QRectF(m, m, logo, logo));
    const qreal inset = logo > 0 ? logo + canvas.u(2) : 0;
    const QRectF title(m + inset, m, W - 2 * (m + inset), qMax(canvas.u(8), logo * 0.6));
    drawText(canvas,
             fitText(content.campaign.title, title,
                     spec(Face::Title, true, 60 * s, Breaking::Anywhere, Qt::AlignCenter, 2)),
             onBand);
    const qreal themeTop = m + qMax(canvas.u(11), logo + canvas.u(2));
    const QRectF theme(m, themeTop, W - 2 * m, band - themeTop - canvas.u(9));
    TextSpec headline = spec(Face::Title, true, 300 * s, Breaking::Phrases, Qt::AlignCenter);
    headline.spacing = 1.3;
    drawText(canvas, fitText(content.campaign.theme, theme, headline), c.bands ? c.accent : c.primary);
    const QString period = chineseDateRange(content.campaign.start, content.campaign.end);
    if (!period.isEmpty())
        drawText(canvas,
                 fitText(QStringLiteral("活动时间：") + period,
                         QRectF(m, band - canvas.u(7.5), W - 2 * m, canvas.u(4)),
                         spec(Face::Sans, false, 24 * s, Breaking::Anywhere, Qt::AlignCenter, 1)),
                 onBand);

    const qreal fh = footerHeight(canvas);
    const QRectF footer(m, H - m - fh, W - 2 * m, fh);
    paintPillars(canvas,
                 QRectF(m, band + canvas.u(4), W - 2 * m, footer.top() - canvas.u(4) - band - canvas.u(4)));
    paintFooter(canvas, footer, c.text, c.muted);
}

void PosterRenderer::paintPillars(const Canvas& canvas, const QRectF& area) const
{
    const QList<Pillar>& pillars = m_material.snapshot.campaign.pillars;
    if (pillars.isEmpty() || area.height() <= 0)
        return;
    const ColourScheme& c = m_material.scheme;
    QPainter& p = canvas.painter();
    const qreal s = Material::scale(canvas);
    const qreal headingHeight = canvas.u(5);
    drawText(
        canvas,
        fitText(QStringLiteral("活动内容"), QRectF(area.left(), area.top(), area.width(), headingHeight),
                spec(Face::Heading, true, 28 * s, Breaking::SingleLine, Qt::AlignLeft | Qt::AlignVCenter)),
        c.primary);
    const qreal top = area.top() + headingHeight + canvas.u(2);
    const qreal gap = canvas.u(1.6);
    const int n = int(pillars.size());
    const bool columns = canvas.landscape() && n <= 6;
    const qreal cw = columns ? (area.width() - gap * (n - 1)) / n : area.width();
    const qreal ch = columns ? area.bottom() - top : (area.bottom() - top - gap * (n - 1)) / n;
    if (cw <= 0 || ch <= 0)
        return;
    // Two passes: every card's text at the size the tightest card allows, so the list reads evenly.
    struct Card
    {
        QRectF frame, block, numeral, name, text;
    };
    QList<Card> cards;
    const qreal pad = canvas.u(1);
    TextSpec nameSpec = spec(Face::Sans, true, 22 * s, Breaking::Anywhere, Qt::AlignCenter, 2);
    TextSpec body = spec(Face::Title, false, 26 * s, Breaking::Anywhere,
                         columns ? Qt::AlignHCenter | Qt::AlignTop : Qt::AlignLeft | Qt::AlignVCenter);
    body.minPt = 7;
    QList<qreal> nameSizes, bodySizes;
    for (int i = 0; i < n; ++i) {
        Card k;
        k.frame = columns ? QRectF(area.left() + i * (cw + gap), top, cw, ch)
                          : QRectF(area.left(), top + i * (ch + gap), cw, ch);
        k.block = columns ? QRectF(k.frame.left(), k.frame.top(), k.frame.width(),
                                   qMin(k.frame.height() * 0.36, k.frame.width() * 0.8))
                          : QRectF(k.frame.left(), k.frame.top(),
                                   qMin(k.frame.width() * 0.26, k.frame.height() * 1.6), k.frame.height());
        const QRectF inner = k.block.adjusted(pad, pad, -pad, -pad);
        k.numeral = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.55);
        k.name = QRectF(inner.left(), k.numeral.bottom(), inner.width(), inner.height() * 0.45);
        k.text = columns ? QRectF(k.frame.left() + pad * 1.5, k.block.bottom() + pad * 2,
                                  k.frame.width() - pad * 3, k.frame.bottom() - k.block.bottom() - pad * 4)
                         : QRectF(k.block.right() + pad * 3, k.frame.top() + pad,
                                  k.frame.right() - k.block.right() - pad * 5, k.frame.height() - 2 * pad);
        nameSizes << fitText(pillars.at(i).shortName, k.name, nameSpec).pointSize();
        bodySizes << fitText(pillars.at(i).title, k.text, body).pointSize();
        cards << k;
    }
    nameSpec.maxPt = evenSize(nameSizes, nameSpec.minPt);
    body.maxPt = evenSize(bodySizes, body.minPt);
    for (int i = 0; i < n; ++i) {
        const Pillar& pillar = pillars.at(i);
        const Card& k = cards.at(i);
        const QColor colour = pillarColour(pillar, c.primary);
        p.fillRect(k.frame, c.card);
        p.setPen(QPen(colour, canvas.u(0.2)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(k.frame);
        p.fillRect(k.block, colour);
        drawText(canvas,
                 fitText(chineseNumeral(i + 1), k.numeral,
                         spec(Face::Title, true, 60 * s, Breaking::SingleLine, Qt::AlignCenter)),
                 Qt::white);
        drawText(canvas, fitText(pillar.shortName, k.name, nameSpec), Qt::white);
        drawText(canvas, fitText(pillar.title, k.text, body), c.text);
    }
}

void PosterRenderer::paintSlogan(const Canvas& canvas) const
{
    const ColourScheme& c = m_material.scheme;
    const CampaignContent& content = m_material.snapshot.campaign;
    QPainter& p = canvas.painter();
    const qreal W = canvas.width(), H = canvas.height(), s = Material::scale(canvas);
    p.fillRect(canvas.page(), c.bands ? c.primary : c.paper);
    const QColor frame = c.bands ? c.accent : c.primary;
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(frame, canvas.u(0.8)));
    p.drawRect(canvas.page().adjusted(canvas.u(3), canvas.u(3), -canvas.u(3), -canvas.u(3)));
    p.setPen(QPen(frame, canvas.u(0.25)));
    p.drawRect(canvas.page().adjusted(canvas.u(4.4), canvas.u(4.4), -canvas.u(4.4), -canvas.u(4.4)));

    const qreal m = canvas.u(8);
    const QColor text = c.bands ? c.onPrimary : c.text;
    drawText(canvas,
             fitText(content.campaign.title, QRectF(m, m, W - 2 * m, canvas.u(7)),
                     spec(Face::Title, true, 60 * s, Breaking::Anywhere, Qt::AlignCenter, 2)),
             c.bands ? c.onPrimary : c.primary);
    qreal y = m + canvas.u(9);
    if (!m_material.image.isNull()) {
        const QRectF slot(m, y, W - 2 * m, H * (canvas.landscape() ? 0.22 : 0.18));
        paintImage(canvas, slot);
        y = slot.bottom() + canvas.u(2);
    }
    const qreal fh = footerHeight(canvas);
    const QRectF footer(m, H - m - fh, W - 2 * m, fh);
    const QRectF theme(m, footer.top() - canvas.u(9), W - 2 * m, canvas.u(5));
    drawText(canvas,
             fitText(content.campaign.theme, theme,
                     spec(Face::Title, false, 36 * s, Breaking::Phrases, Qt::AlignCenter)),
             text);

    const QRectF box(m + canvas.u(2), y + canvas.u(5), W - 2 * m - canvas.u(4),
                     theme.top() - canvas.u(5) - y - canvas.u(5));
    TextSpec big = spec(Face::Title, true, 600 * s, Breaking::Phrases, Qt::AlignCenter);
    big.spacing = 1.45;
    const QString slogan = m_material.slogans.value(0);
    const QRectF ink = drawText(canvas, fitText(slogan, box, big), c.bands ? c.accent : c.primary);
    if (!ink.isEmpty()) {
        // Short rules above and below the slogan, inside the room its box leaves.
        const qreal half = qMin(canvas.u(14), ink.width() / 2);
        for (const qreal ry : {ink.top() - canvas.u(3), ink.bottom() + canvas.u(2.5)})
            p.fillRect(QRectF(ink.center().x() - half, ry, 2 * half, canvas.u(0.5)), frame);
    }
    paintFooter(canvas, footer, text, text);
}

void PosterRenderer::paintEvent(const Canvas& canvas) const
{
    const ColourScheme& c = m_material.scheme;
    const CampaignContent& content = m_material.snapshot.campaign;
    const Activity& a = m_material.activity;
    QPainter& p = canvas.painter();
    const qreal W = canvas.width(), H = canvas.height(), m = canvas.u(6), s = Material::scale(canvas);
    p.fillRect(canvas.page(), c.paper);
    const qreal band = canvas.landscape() ? H * 0.26 : H * 0.2;
    if (c.bands)
        p.fillRect(QRectF(0, 0, W, band), c.primary);
    else
        p.fillRect(QRectF(0, band - canvas.u(0.8), W, canvas.u(0.8)), c.primary);
    const QColor onBand = c.bands ? c.onPrimary : c.primary;
    const QColor accent = c.bands ? c.accent : c.primary;

    const QRectF label(m, m * 0.8, W - 2 * m, canvas.u(6));
    drawText(canvas,
             fitText(QStringLiteral("活动通知"), label,
                     spec(Face::Heading, true, 48 * s, Breaking::SingleLine, Qt::AlignCenter)),
             accent);
    const QRectF title(m, label.bottom() + canvas.u(1.5), W - 2 * m, canvas.u(6));
    drawText(canvas,
             fitText(content.campaign.title, title,
                     spec(Face::Title, true, 48 * s, Breaking::Anywhere, Qt::AlignCenter, 2)),
             onBand);
    const QRectF theme(m, title.bottom() + canvas.u(1.5), W - 2 * m, band - title.bottom() - canvas.u(4));
    drawText(canvas,
             fitText(content.campaign.theme, theme,
                     spec(Face::Title, false, 40 * s, Breaking::Phrases, Qt::AlignCenter)),
             onBand);

    const qreal fh = footerHeight(canvas);
    const QRectF footer(m, H - m - fh, W - 2 * m, fh);
    const QRectF body(m, band + canvas.u(5), W - 2 * m, footer.top() - canvas.u(4) - band - canvas.u(5));
    const QRectF headline(body.left(), body.top(), body.width(), qMin(canvas.u(22), body.height() * 0.25));
    const QRectF headInk = drawText(
        canvas,
        fitText(a.title, headline, spec(Face::Title, true, 90 * s, Breaking::Anywhere, Qt::AlignCenter, 3)),
        c.bands ? c.text : c.primary);

    QList<QPair<QString, QString>> rows;
    rows << qMakePair(QStringLiteral("时间"), chineseDateRange(a.start.isValid() ? a.start : a.deadline,
                                                               a.end.isValid() ? a.end : a.deadline));
    if (!a.location.trimmed().isEmpty())
        rows << qMakePair(QStringLiteral("地点"), a.location.trimmed());
    if (const QString lead = m_material.snapshot.departmentName(a.leadDepartmentId); !lead.isEmpty())
        rows << qMakePair(QStringLiteral("主办"), lead);
    QStringList helpers;
    for (const qint64 id : a.assistingDepartmentIds)
        if (const QString name = m_material.snapshot.departmentName(id); !name.isEmpty())
            helpers << name;
    if (!helpers.isEmpty())
        rows << qMakePair(QStringLiteral("协办"), helpers.join(QStringLiteral("、")));
    const QString contact =
        QStringList{a.owner.trimmed(), a.phone.trimmed()}.join(QLatin1Char(' ')).trimmed();
    if (!contact.isEmpty())
        rows << qMakePair(QStringLiteral("联系人"), contact);

    const qreal infoWidth = m_material.image.isNull() ? body.width() : body.width() * 0.6;
    const qreal rowsTop = qMax(headline.bottom(), headInk.bottom()) + canvas.u(4);
    // The rows take at most 60 % of what is left when a description follows.
    const qreal share = a.description.trimmed().isEmpty() ? 1.0 : 0.6;
    const qreal rowHeight = qMin(canvas.u(8), (body.bottom() - rowsTop) * share / rows.size());
    const qreal labelWidth = canvas.u(17);
    qreal y = rowsTop;
    for (const auto& [name, value] : rows) {
        const QRectF tag(body.left(), y + rowHeight * 0.1, labelWidth, rowHeight * 0.8);
        if (c.bands)
            p.fillRect(tag, c.primary);
        drawText(canvas,
                 fitText(name, tag.adjusted(canvas.u(1), 0, -canvas.u(1), 0),
                         spec(Face::Heading, true, 24 * s, Breaking::SingleLine, Qt::AlignCenter)),
                 c.bands ? c.onPrimary : c.primary);
        const QRectF value_(tag.right() + canvas.u(3), y, infoWidth - labelWidth - canvas.u(3), rowHeight);
        drawText(canvas,
                 fitText(value, value_,
                         spec(Face::Title, false, 28 * s, Breaking::Anywhere,
                              Qt::AlignLeft | Qt::AlignVCenter, 2)),
                 c.text);
        y += rowHeight;
    }
    const QRectF description(body.left(), y + canvas.u(3), infoWidth, body.bottom() - y - canvas.u(3));
    TextSpec para = spec(Face::Body, false, 20 * s, Breaking::Anywhere, Qt::AlignLeft | Qt::AlignTop);
    para.spacing = 1.5;
    para.minPt = 7;
    drawText(canvas, fitText(a.description, description, para), c.text);
    if (!m_material.image.isNull())
        paintImage(canvas, QRectF(body.left() + infoWidth + canvas.u(3), rowsTop,
                                  body.width() - infoWidth - canvas.u(3), body.bottom() - rowsTop));
    paintFooter(canvas, footer, c.text, c.muted);
}

} // namespace Publicity
