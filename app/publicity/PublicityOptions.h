#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>

// What the 宣传物料 page, the CLI and the tests ask a PublicityDocument to draw. Plain value.
namespace Publicity {

enum class Kind { Poster, SloganSheet, Banner };

struct Options
{
    Kind kind = Kind::Poster;
    // Poster: "theme", "slogan" or "event"; banner: "pages" (one slogan a sheet) or "long" (tiled).
    QString templateName;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool landscape = false; // posters only: slogan sheets are portrait, banners landscape
    QString scheme;         // colour scheme id, empty = the first
    int slogan = 0;         // 1-based; 0 = posters use the first, banners print every slogan
    qint64 activityId = 0;  // event poster; 0 = the earliest activity
    QString imagePath;      // optional picture or logo; unreadable = error
    QString qrText;         // empty = no QR code
    QString qrCaption;
    QDate date; // printed under the bureau's name; invalid = the campaign's start
};

QString kindId(Kind kind);
bool kindFromId(const QString& id, Kind* out);

} // namespace Publicity
