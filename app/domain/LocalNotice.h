#pragma once

#include <QDate>
#include <QString>

// A provincial, prefectural or county notice that localises a campaign's national notice
// (省市场监督管理局《关于开展2022年全省“质量月”活动的通知》). The 实施方案 cites it next to the
// national one.
struct LocalNotice
{
    enum class Level : int { Provincial = 1, Prefectural = 2, County = 3 };

    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0;
    Level level = Level::Provincial;
    QString issuingBody;
    QString title; // 关于开展2022年全省“质量月”活动的通知
    QString documentNumber;
    QDate issuedOn;
    QString theme; // the localised theme (质量强省 …), as the notice words it

    friend bool operator==(const LocalNotice&, const LocalNotice&) = default;
};
