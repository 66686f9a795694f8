#pragma once

#include "CampaignSnapshot.h"
#include "PublicityOptions.h"
#include "PublicityStyle.h"
#include "QrCode.h"

#include <QImage>
#include <QStringList>

namespace Publicity {

class Canvas;

// Poster, sheet and banner wording is Chinese content, never translated with the interface.
// Everything a renderer draws from, checked and resolved once by PublicityDocument::prepare().
struct Material
{
    CampaignSnapshot snapshot;
    Options options;
    ColourScheme scheme;
    QImage image;        // null = none chosen
    QrCode qr;           // null = none
    QStringList slogans; // posters: the one chosen; banners: the ones to print
    Activity activity;   // event poster
    QString bureau;
    QString date;

    // 1 for A4, √2 for A3, 2 for A2: type sizes grow with the paper.
    static qreal scale(const Canvas& canvas);
};

// Interface of the three families of pages.
class PageRenderer
{
public:
    virtual ~PageRenderer() = default;
    virtual int pageCount() const = 0;
    virtual void paint(const Canvas& canvas, int page) const = 0;
};

QString chineseDate(const QDate& date);
QString chineseDateRange(const QDate& from, const QDate& to);
QString chineseNumeral(int n); // 1 → 一, 10 → 十, 12 → 十二

} // namespace Publicity
