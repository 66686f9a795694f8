#include "ThumbnailLoader.h"

#include <QCoreApplication>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

// Thumbnails come back on the loader's thread; a loader deleted while its pictures are being made
// is never touched again by the workers (run under AddressSanitizer in CI, where a late touch is a
// heap-use-after-free).
class TestThumbnailLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_photo;

private slots:
    void initTestCase()
    {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        m_photo = m_dir.filePath(QStringLiteral("现场.png"));
        QVERIFY(image.save(m_photo));
    }

    void deliversOnItsThread()
    {
        ThumbnailLoader loader(80);
        QSignalSpy ready(&loader, &ThumbnailLoader::ready);
        const QString sha(64, QLatin1Char('a'));
        QVERIFY(loader.thumbnail(sha, m_photo).isNull()); // requested, not made yet
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toString(), sha);
        const QImage thumb = loader.thumbnail(sha, m_photo);
        QCOMPARE(thumb.size(), QSize(80, 60));
    }

    void deletedWhileWorking()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        int delivered = 0;
        for (int round = 0; round < 300; ++round) {
            auto* loader = new ThumbnailLoader(40);
            connect(loader, &ThumbnailLoader::ready, this, [&delivered] { ++delivered; });
            for (int i = 0; i < 4; ++i)
                (void)loader->thumbnail(QString(64, QLatin1Char('0' + i)), m_photo);
            // Delete at a different moment each round: before, while and after the workers finish.
            QThread::usleep(random.bounded(3000));
            if (random.bounded(2))
                QCoreApplication::processEvents();
            delete loader;
        }
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QCoreApplication::processEvents(); // results posted to deleted loaders must not run
        QCoreApplication::sendPostedEvents();
        QVERIFY(delivered <= 300 * 4);
    }
};

QTEST_GUILESS_MAIN(TestThumbnailLoader)
#include "tst_thumbnailloader.moc"
