#pragma once

#include "Material.h"

#include <QRectF>

namespace Publicity {

// One-page posters in three designs that adapt to any paper size and orientation:
// "theme" (headline with the campaign's pillars), "slogan" (one slogan centred) and
// "event" (an activity's time and place). Every text is fitted into its box, never past it.
class PosterRenderer final : public PageRenderer
{
public:
    explicit PosterRenderer(const Material& material) : m_material(material) {}
    int pageCount() const override { return 1; }
    void paint(const Canvas& canvas, int page) const override;

private:
    void paintTheme(const Canvas& canvas) const;
    void paintSlogan(const Canvas& canvas) const;
    void paintEvent(const Canvas& canvas) const;
    void paintPillars(const Canvas& canvas, const QRectF& area) const;
    // Bureau and date at the left, the QR code with its caption at the right.
    void paintFooter(const Canvas& canvas, const QRectF& area, const QColor& text, const QColor& muted) const;
    qreal footerHeight(const Canvas& canvas) const;
    QRectF paintImage(const Canvas& canvas, const QRectF& slot) const;

    const Material& m_material;
};

} // namespace Publicity
