#pragma once

#include "Activity.h"
#include "Campaign.h"
#include "CampaignSnapshot.h"
#include "Metric.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The phrases the summary draft and the news bulletins share, written the way local bureaus write
// them (real-documents.md): figures with their verbs and measure words, dates in prose, the partner
// units ("联合县教育局、县公安局等3个单位"), the campaign's ordinal. Chinese content, not UI text.
namespace DraftWording {

struct Figure
{
    QString name; // the metric's name, e.g. 解答咨询
    QString unit; // its measure word, e.g. 人次
    Amount amount;
};

// The verb phrase a sentence uses for a metric: 解答咨询 → 接受群众咨询, 参与人数 → 参与群众;
// names that already read as a verb phrase (发放宣传资料) are kept.
QString figurePhrase(const QString& metricName);
// "发放宣传资料1500余份，接受群众咨询200余人次": the figures above zero, in the order given, spoken
// (ReportText::spoken); empty when there are none.
QString figureList(const QList<Figure>& figures, const QString& separator = QStringLiteral("，"));
// At most `count` of the figures, those with the largest `weights` (parallel; ties: earlier first),
// kept in their order: a sentence names what stands out, not every metric.
QList<Figure> weightiest(const QList<Figure>& figures, const QList<double>& weights, int count);
// An activity's actual figures in the campaign's metric order.
QList<Figure> actualFigures(const CampaignSnapshot& snapshot, const Activity& activity);

// The activity's date in prose: 9月16日, 9月1日至3日, 8月30日至9月2日, or the plan's own words
// (9月中旬); empty without dates.
QString when(const Activity& activity);
// The activity as the object of a sentence: "开展“质量月”主题宣传进社区活动", or the title itself when it
// starts with its own verb ("制作、群发公益宣传短信").
QString doing(const QString& title);
bool startsWithVerb(const QString& text);
// The title without the place a sentence already names: "在城关镇社区悬挂横幅" → "悬挂横幅",
// "质量知识竞答（城关镇社区）" → "质量知识竞答" when the place is 城关镇社区.
QString withoutPlace(const QString& title, const QString& place);

// True for the bureau's own sections (质量发展股, 办公室, 各市场监督管理所, 综合执法大队); other
// departments (县教育局, 县委宣传部, 电力公司, 领导小组办公室) are partner units. A name rule, since
// the department list does not say which is which.
bool isOwnSection(const QString& departmentName);
// The partner units among these departments (leads and helpers), each once, in department order.
QStringList partners(const CampaignSnapshot& snapshot, const QList<qint64>& departmentIds);
// "县教育局", "县教育局、县公安局", "县教育局、县公安局等3个单位" (noun: 单位 or 部门); empty for none.
QString partnerList(const QStringList& names, const QString& noun);

// The unit's name, or 我局 when the file has none.
QString unitName(const CampaignSnapshot& snapshot);
// "今年9月是第44个全国“质量月”" (今年 only when `today` is in the campaign's year, else "2021年9月").
QString ordinalSentence(const Campaign& campaign, QDate today);
// “text”, with quotes inside it turned into ‘ ’ as nested Chinese quotes are written.
QString quoted(const QString& text);
// Text ending in 。 (a final ， ； or . becomes 。).
QString sentence(const QString& text);

} // namespace DraftWording
