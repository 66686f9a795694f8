#pragma once

#include "Material.h"

#include <QFont>
#include <QSizeF>

namespace Publicity {

// The slogans as the notice's attachment (附件2): label, heading from the campaign year and numbered
// lines in official-document type sizes on A4, continued on further pages when they do not fit.
class SloganSheetRenderer final : public PageRenderer
{
public:
    SloganSheetRenderer(const Material& material, const QSizeF& page);
    int pageCount() const override { return m_pages; }
    void paint(const Canvas& canvas, int page) const override;

    static QString heading(int year);

private:
    struct Line
    {
        int page = 0;
        qreal baseline = 0;
        qreal x = 0;
        QString text;
        bool gaps = false;
    };
    const Material& m_material;
    QFont m_body;
    QList<Line> m_lines;
    int m_pages = 1;
};

} // namespace Publicity
