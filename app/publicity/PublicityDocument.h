#pragma once

#include "CampaignSnapshot.h"
#include "PublicityOptions.h"

#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;

namespace Publicity {

struct Material;
class PageRenderer;

struct TemplateInfo
{
    QString id;
    QString name; // translated
};

// A poster, slogan sheet or banner set for one campaign: checks its inputs once (prepare), then
// paints any page onto any painter — widget preview, QPrinter, QPdfWriter or QImage.
class PublicityDocument
{
public:
    PublicityDocument(const CampaignSnapshot& snapshot, const Options& options);
    ~PublicityDocument();
    PublicityDocument(const PublicityDocument&) = delete;
    PublicityDocument& operator=(const PublicityDocument&) = delete;

    static QList<TemplateInfo> templates(Kind kind);

    // Loads the picture, encodes the QR code, picks the slogan and activity. False and a translated
    // reason (e.g. the picture is missing or unreadable) leaves the document unpainted.
    bool prepare(QString* error);
    bool isReady() const { return m_renderer != nullptr; }

    const Options& options() const { return m_options; }
    // The page as the options ask for it: paper, orientation, no margins.
    QPageLayout pageLayout() const;
    QSizeF pageSizeDots() const; // layout units, 1/1200 inch
    int pageCount() const;
    QString title() const; // for the PDF's metadata and print jobs

    // Paints page `page` scaled into `target` (device coordinates; the aspect ratio is kept and the
    // page centred). `inkLog` receives page-relative rectangles (dots) of every text and picture.
    void paintPage(QPainter& painter, int page, const QRectF& target, QList<QRectF>* inkLog = nullptr) const;

private:
    CampaignSnapshot m_snapshot;
    Options m_options;
    std::unique_ptr<Material> m_material;
    std::unique_ptr<PageRenderer> m_renderer;
};

} // namespace Publicity
