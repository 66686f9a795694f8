#include "PublicityStyle.h"

#include "Canvas.h"
#include "SearchableFont.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace Publicity {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Publicity", text);
}

QString firstInstalled(const QStringList& candidates, const QString& fallback)
{
    const QStringList families = QFontDatabase::families();
    for (const QString& c : candidates)
        if (families.contains(c, Qt::CaseInsensitive))
            return c;
    return fallback;
}

QColor rgb(QRgb value)
{
    return QColor(value);
}

} // namespace

QList<ColourScheme> colourSchemes()
{
    return {
        {QStringLiteral("red"), tr("China red"), rgb(0xFFF8EE), rgb(0xC8102E), rgb(0xFFFFFF), rgb(0xFFD34D),
         rgb(0x2B2B2B), rgb(0x6B5B55), rgb(0xFFFFFF), true},
        {QStringLiteral("blue"), tr("Quality blue"), rgb(0xF3F7FC), rgb(0x0B4EA2), rgb(0xFFFFFF),
         rgb(0xFFC53D), rgb(0x1F2933), rgb(0x52606D), rgb(0xFFFFFF), true},
        {QStringLiteral("green"), tr("Green"), rgb(0xF4FAF6), rgb(0x1E7B4F), rgb(0xFFFFFF), rgb(0xF6D365),
         rgb(0x1F2D26), rgb(0x4F6358), rgb(0xFFFFFF), true},
        {QStringLiteral("plain"), tr("Plain (saves ink)"), rgb(0xFFFFFF), rgb(0xC00000), rgb(0xC00000),
         rgb(0xC00000), rgb(0x000000), rgb(0x444444), rgb(0xFFFFFF), false},
    };
}

ColourScheme colourScheme(const QString& id)
{
    const QList<ColourScheme> all = colourSchemes();
    for (const ColourScheme& s : all)
        if (s.id == id)
            return s;
    return all.first();
}

QString fontFamily(Face face)
{
    static const QString serif = QStringLiteral("Noto Serif CJK SC");
    static const QString sans = QStringLiteral("Noto Sans CJK SC");
    switch (face) {
    case Face::Title: {
        static const QString f =
            firstInstalled({QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋简体"),
                            QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05")},
                           serif);
        return f;
    }
    case Face::Heading: {
        static const QString f = firstInstalled({QStringLiteral("SimHei"), QStringLiteral("黑体")}, sans);
        return f;
    }
    case Face::Body: {
        static const QString f =
            firstInstalled({QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋_GB2312"),
                            QStringLiteral("FangSong"), QStringLiteral("仿宋")},
                           serif);
        return f;
    }
    case Face::Sans:
        return sans;
    }
    return serif;
}

QFont font(Face face, qreal sizePt, bool bold)
{
    // Official faces come in one weight; Noto has a real bold.
    const QString family = fontFamily(face);
    QFont probe(family);
    probe.setBold(bold && family.startsWith(QLatin1String("Noto")));
    // Drawn through a copy whose text extracts from PDFs as typed (月, not the radical ⽉).
    const QString drawn = SearchableFont::familyFor(probe);
    QFont f(drawn.isEmpty() ? family : drawn);
    f.setBold(probe.bold());
    f.setPixelSize(qMax(1, qRound(Canvas::pt(sizePt))));
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    return f;
}

} // namespace Publicity
