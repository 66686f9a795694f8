#pragma once

#include "Material.h"

#include <QFont>
#include <QSizeF>

namespace Publicity {

// 横幅. "pages": one slogan a landscape sheet in the largest type that fits, on one line or split at
// its space. "long": each slogan on one line as tall as the sheet allows, tiled across several sheets
// that overlap by 15 mm, with cut lines, alignment lines, register marks and sheet numbers for gluing.
class BannerRenderer final : public PageRenderer
{
public:
    BannerRenderer(const Material& material, const QSizeF& page);
    int pageCount() const override { return int(m_sheets.size()); }
    void paint(const Canvas& canvas, int page) const override;

    static const qreal overlap;

private:
    struct Sheet
    {
        int slogan = 0;
        int index = 0; // within the slogan's strip
        int count = 1;
    };
    struct Strip
    {
        QFont font;
        qreal length = 0; // of the whole banner, in dots
        qreal textStart = 0;
    };
    void paintPage(const Canvas& canvas, const QString& slogan) const;
    void paintTile(const Canvas& canvas, const Sheet& sheet) const;
    void paintMarks(const Canvas& canvas, const Sheet& sheet) const;

    const Material& m_material;
    bool m_long = false;
    QSizeF m_page;
    QList<Strip> m_strips;
    QList<Sheet> m_sheets;
};

} // namespace Publicity
