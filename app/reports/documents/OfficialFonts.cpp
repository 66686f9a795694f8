#include "OfficialFonts.h"

#include "SearchableFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace {

struct Wish
{
    QStringList official;
    QString fallback;
    QFont::Weight fallbackWeight;
};

Wish wish(OfficialFonts::Role role)
{
    const QString serif = QStringLiteral("Noto Serif CJK SC");
    const QString sans = QStringLiteral("Noto Sans CJK SC");
    switch (role) {
    case OfficialFonts::Role::Title:
        return {{QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
                 QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("FZXiaoBiaoSong-B05")},
                serif,
                QFont::Bold};
    case OfficialFonts::Role::Body:
    case OfficialFonts::Role::Table:
        return {{QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
                 QStringLiteral("FangSong"), QStringLiteral("STFangsong")},
                serif,
                QFont::Normal};
    case OfficialFonts::Role::Heading1:
    case OfficialFonts::Role::TableHeader:
        return {{QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("方正黑体_GBK"),
                 QStringLiteral("方正黑体简体")},
                sans,
                QFont::Normal};
    case OfficialFonts::Role::Heading2:
        return {{QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"),
                 QStringLiteral("KaiTi"), QStringLiteral("STKaiti"), QStringLiteral("AR PL UKai CN")},
                serif,
                QFont::Bold};
    case OfficialFonts::Role::PageNumber:
        return {{QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("AR PL UMing CN")},
                serif,
                QFont::Normal};
    }
    return {{}, serif, QFont::Normal};
}

} // namespace

const OfficialFonts& OfficialFonts::instance()
{
    static const OfficialFonts fonts;
    return fonts;
}

OfficialFonts::OfficialFonts()
{
    const QStringList installed = QFontDatabase::families();
    for (int r = 0; r < 7; ++r) {
        const Wish w = wish(Role(r));
        Choice& c = m_choices[r];
        for (const QString& name : w.official) {
            if (installed.contains(name)) {
                c.family = name;
                c.official = true;
                break;
            }
        }
        if (!c.official) {
            c.family = w.fallback;
            c.weight = w.fallbackWeight;
        }
        QFont probe(c.family);
        probe.setWeight(c.weight);
        const QString drawn = SearchableFont::familyFor(probe);
        c.drawn = drawn.isEmpty() ? c.family : drawn;
    }
}

QFont OfficialFonts::font(Role role, qreal pointSize) const
{
    const Choice& c = m_choices[int(role)];
    QFont f(c.drawn);
    f.setWeight(c.weight);
    f.setPointSizeF(pointSize);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QString OfficialFonts::family(Role role) const
{
    return m_choices[int(role)].family;
}

bool OfficialFonts::isOfficial(Role role) const
{
    return m_choices[int(role)].official;
}

bool OfficialFonts::isBold(Role role) const
{
    return m_choices[int(role)].weight >= QFont::Bold;
}
