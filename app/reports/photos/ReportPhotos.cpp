#include "ReportPhotos.h"

#include "Database.h"
#include "MediaStore.h"

#include "AttachmentRepository.h"

#include <QImageReader>
#include <QPainter>

namespace ReportPhotos {

namespace {
constexpr int kWidth = 1800; // ~ A4 text width at 250 dpi
constexpr int kCell = kWidth / 2;
constexpr int kPhotoHeight = 600;
constexpr int kCaption = 140;

void drawCell(QPainter& p, const QRect& cell, const QImage& photo, const QString& caption,
              const QString& detail)
{
    const QRect area(cell.left() + 20, cell.top() + 20, cell.width() - 40, kPhotoHeight);
    if (!photo.isNull()) {
        const QSize size = photo.size().scaled(area.size(), Qt::KeepAspectRatio);
        const QRect target(area.left() + (area.width() - size.width()) / 2,
                           area.top() + (area.height() - size.height()) / 2, size.width(), size.height());
        p.drawImage(target, photo);
    } else {
        p.drawRect(area);
    }
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(34);
    p.setFont(font);
    const QRect text(cell.left() + 20, area.bottom() + 10, cell.width() - 40, kCaption);
    p.drawText(text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, caption);
    font.setPixelSize(26);
    p.setFont(font);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(text.adjusted(0, 50, 0, 0), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detail);
    p.setPen(Qt::black);
}
} // namespace

QList<ReportChart> grids(const CampaignSnapshot& snapshot, const QList<Attachment>& photos,
                         const QString& mediaRoot)
{
    QHash<qint64, QString> titles;
    for (const Activity& a : snapshot.activities)
        titles.insert(a.id, a.title);
    QList<ReportChart> out;
    for (int first = 0; first < photos.size(); first += 4) {
        const int count = int(qMin<qsizetype>(4, photos.size() - first));
        const int rows = (count + 1) / 2;
        QImage page(kWidth, rows * (kPhotoHeight + kCaption + 60), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter p(&page);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        for (int i = 0; i < count; ++i) {
            const Attachment& a = photos.at(first + i);
            QImageReader reader(QStringLiteral("%1/%2/%3").arg(mediaRoot, a.sha256.left(2), a.sha256));
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid()) // never decode a 40-megapixel photo at full size for a 900-pixel cell
                reader.setScaledSize(size.scaled(QSize(kCell, kPhotoHeight), Qt::KeepAspectRatio));
            const QString date =
                a.taken.isValid() ? a.taken.date().toString(QStringLiteral("yyyy年M月d日")) : QString();
            const QRect cell((i % 2) * kCell, (i / 2) * (kPhotoHeight + kCaption + 60), kCell,
                             kPhotoHeight + kCaption + 60);
            drawCell(p, cell, reader.read(), a.caption.isEmpty() ? a.fileName : a.caption,
                     QStringList{titles.value(a.activityId), date}.join(QStringLiteral("　")).trimmed());
        }
        p.end();
        out.append({QStringLiteral("活动照片（%1）").arg(first / 4 + 1), page});
    }
    return out;
}

bool picked(const Database& db, qint64 campaignId, QList<Attachment>* out, QString* error)
{
    QList<Attachment> all;
    if (!AttachmentRepository(db).forCampaign(campaignId, &all, error))
        return false;
    out->clear();
    for (const Attachment& a : std::as_const(all))
        if (a.inReport && a.kind == Attachment::Kind::Photo)
            out->append(a);
    return true;
}

bool pickedGrids(const Database& db, const CampaignSnapshot& snapshot, QList<ReportChart>* out,
                 QString* error)
{
    QList<Attachment> photos;
    if (!picked(db, snapshot.campaign.campaign.id, &photos, error))
        return false;
    *out = grids(snapshot, photos, MediaStore(db.path()).root());
    return true;
}

} // namespace ReportPhotos
