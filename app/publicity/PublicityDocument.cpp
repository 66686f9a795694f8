#include "PublicityDocument.h"

#include "BannerRenderer.h"
#include "Canvas.h"
#include "Material.h"
#include "PosterRenderer.h"
#include "SloganSheetRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

#include <algorithm>

namespace Publicity {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Publicity::PublicityDocument", text);
}

} // namespace

QString kindId(Kind kind)
{
    switch (kind) {
    case Kind::Poster:
        return QStringLiteral("poster");
    case Kind::SloganSheet:
        return QStringLiteral("slogans");
    case Kind::Banner:
        return QStringLiteral("banner");
    }
    return {};
}

bool kindFromId(const QString& id, Kind* out)
{
    for (const Kind k : {Kind::Poster, Kind::SloganSheet, Kind::Banner})
        if (kindId(k) == id) {
            *out = k;
            return true;
        }
    return false;
}

PublicityDocument::PublicityDocument(const CampaignSnapshot& snapshot, const Options& options)
    : m_snapshot(snapshot), m_options(options)
{
    const QList<TemplateInfo> known = templates(m_options.kind);
    const bool valid = std::any_of(known.begin(), known.end(),
                                   [&](const TemplateInfo& t) { return t.id == m_options.templateName; });
    if (!valid)
        m_options.templateName = known.isEmpty() ? QString() : known.first().id;
}

PublicityDocument::~PublicityDocument() = default;

QList<TemplateInfo> PublicityDocument::templates(Kind kind)
{
    switch (kind) {
    case Kind::Poster:
        return {{QStringLiteral("theme"), tr("Theme and pillars")},
                {QStringLiteral("slogan"), tr("One slogan")},
                {QStringLiteral("event"), tr("Event notice")}};
    case Kind::Banner:
        return {{QStringLiteral("pages"), tr("One slogan per sheet")},
                {QStringLiteral("long"), tr("Long banner, tiled")}};
    case Kind::SloganSheet:
        return {{QStringLiteral("attachment"), tr("Notice attachment")}};
    }
    return {};
}

bool PublicityDocument::prepare(QString* error)
{
    m_renderer.reset();
    auto material = std::make_unique<Material>();
    material->snapshot = m_snapshot;
    material->options = m_options;
    material->scheme = colourScheme(m_options.scheme);
    material->bureau = m_snapshot.unit.name.trimmed();
    const QDate date = m_options.date.isValid() ? m_options.date : m_snapshot.campaign.campaign.start;
    material->date = chineseDate(date);

    if (!m_options.imagePath.isEmpty()) {
        if (!QFileInfo::exists(m_options.imagePath)) {
            *error = tr("The picture %1 does not exist.").arg(m_options.imagePath);
            return false;
        }
        QImageReader reader(m_options.imagePath);
        reader.setAutoTransform(true);
        material->image = reader.read();
        if (material->image.isNull()) {
            *error = tr("The picture %1 cannot be read: %2").arg(m_options.imagePath, reader.errorString());
            return false;
        }
    }
    if (!m_options.qrText.isEmpty() && !material->qr.encode(m_options.qrText, error))
        return false;

    QStringList all;
    for (const Slogan& s : m_snapshot.campaign.slogans)
        if (!s.text.trimmed().isEmpty())
            all << s.text.trimmed();
    if (m_options.slogan < 0 || m_options.slogan > all.size()) {
        *error =
            all.isEmpty()
                ? tr("The campaign has no slogans.")
                : tr("There is no slogan %1; the campaign has %2.").arg(m_options.slogan).arg(all.size());
        return false;
    }
    const bool needsSlogans =
        m_options.kind != Kind::Poster || m_options.templateName == QLatin1String("slogan");
    if (needsSlogans && all.isEmpty()) {
        *error = tr("The campaign has no slogans.");
        return false;
    }
    if (m_options.slogan > 0)
        material->slogans = {all.at(m_options.slogan - 1)};
    else if (m_options.kind == Kind::Poster)
        material->slogans = all.mid(0, 1);
    else
        material->slogans = all;
    if (m_options.kind == Kind::SloganSheet)
        material->slogans = all; // the attachment always lists them all

    if (m_options.kind == Kind::Poster && m_options.templateName == QLatin1String("event")) {
        QList<Activity> candidates = m_snapshot.activities;
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Activity& a, const Activity& b) { return a.start < b.start; });
        const auto it = std::find_if(candidates.begin(), candidates.end(), [&](const Activity& a) {
            return m_options.activityId ? a.id == m_options.activityId : true;
        });
        if (it == candidates.end()) {
            *error = m_options.activityId ? tr("The chosen activity no longer exists.")
                                          : tr("The campaign has no activities to announce.");
            return false;
        }
        material->activity = *it;
    }

    m_material = std::move(material);
    const QSizeF page = pageSizeDots();
    switch (m_options.kind) {
    case Kind::Poster:
        m_renderer = std::make_unique<PosterRenderer>(*m_material);
        break;
    case Kind::SloganSheet:
        m_renderer = std::make_unique<SloganSheetRenderer>(*m_material, page);
        break;
    case Kind::Banner:
        m_renderer = std::make_unique<BannerRenderer>(*m_material, page);
        break;
    }
    return true;
}

QPageLayout PublicityDocument::pageLayout() const
{
    QPageSize size(m_options.pageSize);
    QPageLayout::Orientation orientation =
        m_options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (m_options.kind == Kind::SloganSheet) {
        size = QPageSize(QPageSize::A4);
        orientation = QPageLayout::Portrait;
    } else if (m_options.kind == Kind::Banner) {
        orientation = QPageLayout::Landscape;
    }
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QSizeF PublicityDocument::pageSizeDots() const
{
    // Millimetres are exact for ISO sizes; QPageLayout's inches are rounded to 1/100.
    return pageLayout().fullRect(QPageLayout::Millimeter).size() / 25.4 * Canvas::dpi;
}

int PublicityDocument::pageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

QString PublicityDocument::title() const
{
    const QString campaign = m_snapshot.campaign.campaign.title;
    switch (m_options.kind) {
    case Kind::Poster:
        return QStringLiteral("%1 宣传海报").arg(campaign);
    case Kind::SloganSheet:
        return SloganSheetRenderer::heading(m_snapshot.campaign.campaign.year);
    case Kind::Banner:
        return QStringLiteral("%1 横幅").arg(campaign);
    }
    return campaign;
}

void PublicityDocument::paintPage(QPainter& painter, int page, const QRectF& target,
                                  QList<QRectF>* inkLog) const
{
    if (!m_renderer || page < 0 || page >= pageCount())
        return;
    const QSizeF dots = pageSizeDots();
    const qreal scale = qMin(target.width() / dots.width(), target.height() / dots.height());
    painter.save();
    painter.translate(target.center().x() - dots.width() * scale / 2,
                      target.center().y() - dots.height() * scale / 2);
    painter.scale(scale, scale);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    const Canvas canvas(painter, dots, inkLog);
    m_renderer->paint(canvas, page);
    painter.restore();
}

} // namespace Publicity
