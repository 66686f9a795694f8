#include "ThumbnailLoader.h"

#include <QImageReader>
#include <QMetaObject>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>

ThumbnailLoader::ThumbnailLoader(int edge, QObject* parent) : QObject(parent), m_edge(edge) {}

QImage ThumbnailLoader::make(const QString& path, int edge)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // EXIF orientation: phone photos stand upright
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    return reader.read();
}

QImage ThumbnailLoader::card(const QString& label, int edge)
{
    QImage image(edge, edge * 3 / 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xe8, 0xea, 0xed));
    QPainter p(&image);
    p.setPen(QColor(0x5f, 0x63, 0x68));
    QFont font = p.font();
    font.setPixelSize(edge / 5);
    font.setBold(true);
    p.setFont(font);
    p.drawText(image.rect(), Qt::AlignCenter, label);
    return image;
}

QImage ThumbnailLoader::thumbnail(const QString& sha256, const QString& path)
{
    const auto it = m_done.constFind(sha256);
    if (it != m_done.cend())
        return *it;
    if (m_pending.contains(sha256))
        return {};
    m_pending.insert(sha256);
    QPointer<ThumbnailLoader> self(this);
    const int edge = m_edge;
    QThreadPool::globalInstance()->start([self, sha256, path, edge] {
        const QImage image = make(path, edge);
        if (self)
            QMetaObject::invokeMethod(self, [self, sha256, image] {
                if (self)
                    self->store(sha256, image);
            });
    });
    return {};
}

void ThumbnailLoader::store(const QString& sha256, const QImage& image)
{
    m_pending.remove(sha256);
    m_done.insert(sha256, image);
    emit ready(sha256);
}
