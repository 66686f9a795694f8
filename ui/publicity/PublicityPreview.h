#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

namespace Publicity {
class PublicityDocument;
}

// The live preview: one page of the current document, scaled to the widget on a grey desk, painted
// by the same renderer as the printer and the files. The page image is cached until the document,
// the page or the size changes.
class PublicityPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PublicityPreview(QWidget* parent = nullptr);

    void setDocument(std::shared_ptr<const Publicity::PublicityDocument> document);
    void setMessage(const QString& message); // shown instead of a page, e.g. why there is none
    int currentPage() const { return m_page; }
    int pageCount() const;
    void setCurrentPage(int page);
    QSize sizeHint() const override { return {480, 600}; }

signals:
    void pageChanged(int page);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF pageRect() const;

    std::shared_ptr<const Publicity::PublicityDocument> m_document;
    QString m_message;
    int m_page = 0;
    QImage m_cache;
};
