#include "ThumbnailLoader.h"

#include <QImageReader>
#include <QMetaObject>
#include <QMutex>
#include <QPainter>
#include <QThreadPool>

// Shared by the loader and its workers. A worker posts its result while holding the mutex, so the
// loader cannot finish being destroyed in between; a result posted just before is dropped with the
// loader's other pending events.
struct ThumbnailLoader::Mailbox
{
    QMutex mutex;
    ThumbnailLoader* loader = nullptr; // null once the loader is being destroyed

    void deliver(const QString& sha256, const QImage& image)
    {
        QMutexLocker locker(&mutex);
        if (!loader)
            return;
        ThumbnailLoader* target = loader;
        QMetaObject::invokeMethod(
            target, [target, sha256, image] { target->store(sha256, image); }, Qt::QueuedConnection);
    }
};

ThumbnailLoader::ThumbnailLoader(int edge, QObject* parent)
    : QObject(parent), m_mailbox(std::make_shared<Mailbox>()), m_edge(edge)
{
    m_mailbox->loader = this;
}

ThumbnailLoader::~ThumbnailLoader()
{
    QMutexLocker locker(&m_mailbox->mutex);
    m_mailbox->loader = nullptr;
}

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
    const int edge = m_edge;
    QThreadPool::globalInstance()->start(
        [mailbox = m_mailbox, sha256, path, edge] { mailbox->deliver(sha256, make(path, edge)); });
    return {};
}

void ThumbnailLoader::store(const QString& sha256, const QImage& image)
{
    m_pending.remove(sha256);
    m_done.insert(sha256, image);
    emit ready(sha256);
}
