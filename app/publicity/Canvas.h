#pragma once

#include <QList>
#include <QPainter>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace Publicity {

// Where a renderer paints: a page in layout dots (1/1200 inch), whatever the device. The document
// scales the painter to the device, so preview, printer, PDF and PNG share one layout. Every text
// and picture a renderer draws is logged with its ink rectangle, so tests can prove nothing leaves
// the page.
class Canvas
{
public:
    static constexpr qreal dpi = 1200;
    static constexpr qreal mm(qreal v) { return v * dpi / 25.4; }
    static constexpr qreal pt(qreal v) { return v * dpi / 72.0; }

    Canvas(QPainter& painter, const QSizeF& page, QList<QRectF>* inkLog = nullptr)
        : m_painter(painter), m_page(QPointF(0, 0), page), m_inkLog(inkLog),
          m_toPage(painter.transform().inverted())
    {}

    QPainter& painter() const { return m_painter; }
    QRectF page() const { return m_page; }
    qreal width() const { return m_page.width(); }
    qreal height() const { return m_page.height(); }
    bool landscape() const { return m_page.width() > m_page.height(); }
    // A length relative to the page: 1 = 1 % of the shorter side.
    qreal u(qreal percent) const { return qMin(width(), height()) * percent / 100.0; }

    void logInk(const QRectF& r) const
    {
        if (m_inkLog)
            m_inkLog->append((m_painter.transform() * m_toPage).mapRect(r));
    }

private:
    QPainter& m_painter;
    QRectF m_page;
    QList<QRectF>* m_inkLog;
    QTransform m_toPage; // device back to page dots, for the log
};

} // namespace Publicity
