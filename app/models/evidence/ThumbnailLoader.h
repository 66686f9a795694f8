#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

// Makes small pictures of stored photos on the global thread pool, so a gallery of large photos opens
// at once; each finished thumbnail arrives through ready() on the loader's thread and is kept by hash.
// The loader may be deleted while pictures are being made: the workers never touch it but through a
// mailbox it closes in its destructor.
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailLoader(int edge = 160, QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    // The thumbnail when made; otherwise null, and it is requested once.
    QImage thumbnail(const QString& sha256, const QString& path);
    // Scaled on the calling thread; used by the worker and by tests.
    static QImage make(const QString& path, int edge);
    // A plain card naming the file type ("MP4", "PDF"), for videos and documents.
    static QImage card(const QString& label, int edge);

signals:
    void ready(const QString& sha256);

private:
    struct Mailbox;

    void store(const QString& sha256, const QImage& image);

    std::shared_ptr<Mailbox> m_mailbox;
    int m_edge;
    QHash<QString, QImage> m_done;
    QSet<QString> m_pending;
};
