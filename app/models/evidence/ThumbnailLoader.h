#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

// Makes small pictures of stored photos on the global thread pool, so a gallery of large photos opens
// at once; each finished thumbnail arrives through ready() on the loader's thread and is kept by hash.
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailLoader(int edge = 160, QObject* parent = nullptr);

    // The thumbnail when made; otherwise null, and it is requested once.
    QImage thumbnail(const QString& sha256, const QString& path);
    // Scaled on the calling thread; used by the worker and by tests.
    static QImage make(const QString& path, int edge);
    // A plain card naming the file type ("MP4", "PDF"), for videos and documents.
    static QImage card(const QString& label, int edge);

signals:
    void ready(const QString& sha256);

private:
    void store(const QString& sha256, const QImage& image);

    int m_edge;
    QHash<QString, QImage> m_done;
    QSet<QString> m_pending;
};
