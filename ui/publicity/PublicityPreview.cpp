#include "PublicityPreview.h"

#include "PublicityDocument.h"

#include <QPainter>

PublicityPreview::PublicityPreview(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(240, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PublicityPreview::setDocument(std::shared_ptr<const Publicity::PublicityDocument> document)
{
    m_document = std::move(document);
    m_message.clear();
    m_cache = {};
    if (m_page >= pageCount())
        m_page = qMax(0, pageCount() - 1);
    update();
    emit pageChanged(m_page);
}

void PublicityPreview::setMessage(const QString& message)
{
    m_message = message;
    m_document.reset();
    m_cache = {};
    update();
    emit pageChanged(0);
}

int PublicityPreview::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

void PublicityPreview::setCurrentPage(int page)
{
    page = qBound(0, page, qMax(0, pageCount() - 1));
    if (page == m_page)
        return;
    m_page = page;
    m_cache = {};
    update();
    emit pageChanged(m_page);
}

QRectF PublicityPreview::pageRect() const
{
    if (!m_document)
        return {};
    const QSizeF page = m_document->pageSizeDots();
    const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -12);
    const QSizeF size = page.scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(),
                  size.height());
}

void PublicityPreview::resizeEvent(QResizeEvent* event)
{
    m_cache = {};
    QWidget::resizeEvent(event);
}

void PublicityPreview::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    if (!m_document || m_document->pageCount() == 0) {
        p.setPen(palette().color(QPalette::BrightText));
        p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRectF target = pageRect();
    const qreal ratio = devicePixelRatioF();
    if (m_cache.isNull()) {
        m_cache = QImage((target.size() * ratio).toSize(), QImage::Format_RGB32);
        m_cache.setDevicePixelRatio(ratio);
        m_cache.fill(Qt::white);
        QPainter page(&m_cache);
        m_document->paintPage(page, m_page, QRectF(QPointF(0, 0), target.size()));
    }
    p.fillRect(target.translated(3, 3), QColor(0, 0, 0, 60));
    p.drawImage(target.topLeft(), m_cache);
}
