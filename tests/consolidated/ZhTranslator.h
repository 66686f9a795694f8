#pragma once

#include <QHash>
#include <QTranslator>

// The Chinese a zh_CN user reads, for the strings these tests look for, so the read-back checks the
// document as it is sent. Until the lead's .ts has them, this is also the proposed wording.
class ZhTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        return table().value(QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(source));
    }

private:
    static const QHash<QString, QString>& table()
    {
        static const QHash<QString, QString> t = [] {
            QHash<QString, QString> h;
            const auto add = [&h](const char* context, const char* source, const char* zh) {
                h.insert(QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(source),
                         QString::fromUtf8(zh));
            };
            const char* c = "ConsolidatedDocument";
            add(c, "%1 %2 Quality Month consolidated report", "%1%2年质量月活动汇总报告");
            add(c, "%1 Quality Month consolidated report", "%1年质量月活动汇总报告");
            add(c, "Figures as of %1 (subordinate units: as of their packages)",
                "数据截至%1（下级单位截至报送时间）");
            add(c, "d MMMM yyyy", "yyyy年M月d日");
            add(c,
                "This report consolidates the Quality Month activities of this unit and %1 subordinate "
                "unit(s) that sent their report packages: %2 activities in all, %3 done, %4 in progress, "
                "%5 overdue; completion rate %6.",
                "本报告汇总本单位及%1个报送报告包的下级单位的质量月活动情况：共有活动%2项，已完成%3项，"
                "进行中%4项，逾期%5项，完成率%6。");
            add(c,
                "No subordinate unit has sent a report package yet; the figures are this unit's own: %1 "
                "activities, %2 done, %3 in progress, %4 overdue; completion rate %5.",
                "尚无下级单位报送报告包，以下为本单位数据：共有活动%1项，已完成%2项，进行中%3项，逾期%4项，"
                "完成率%5。");
            add(c, "Activities by unit", "各单位活动情况");
            add(c, "Activities by pillar", "按活动内容统计");
            add(c, "Key figures", "主要指标");
            add(c, "Activities of each unit", "各单位活动清单");
            add(c, "By unit", "按单位汇总");
            add(c, "By pillar", "按活动内容");
            add(c, "Activity list", "活动清单");
            add(c, "Unit", "单位");
            add(c, "Region", "地区");
            add(c, "Package time", "报送时间");
            add(c, "Activities", "活动总数");
            add(c, "Done", "已完成");
            add(c, "In progress", "进行中");
            add(c, "Not started", "未开始");
            add(c, "Cancelled", "已取消");
            add(c, "Overdue", "逾期");
            add(c, "Completion rate", "完成率");
            add(c, "Total", "合计");
            add(c, "(this file)", "本级");
            add(c, "This unit", "本单位");
            add(c, "(unit without a name)", "（未填写单位名称）");
            add(c, "Pillar", "活动内容");
            add(c, "No pillar", "未分类");
            add(c, "Figure", "指标");
            add(c, "Measure", "计量单位");
            add(c, "Planned", "计划");
            add(c, "Achieved", "完成");
            add(c, "Units reporting", "报送单位数");
            add(c, "No.", "序号");
            add(c, "Activity", "活动名称");
            add(c, "Lead department", "牵头部门");
            add(c, "Status", "状态");
            add(c, "Evidence", "佐证材料");
            add(c, "No unit reported figures.", "各单位均未填报指标。");
            add(c,
                "A figure marked 余 includes approximate numbers, or some units did not report it: the "
                "true total is at least this.",
                "标“余”的数字含约数，或有单位未填报该项指标，实际合计不少于此数。");
            add(c, "No activities reported.", "未报送活动。");
            c = "ConsolidatedReport";
            add(c, "%1 cannot be written: %2", "%1 无法写入：%2");
            add(c, "The consolidated report is written as .pdf, .xlsx or .odt, not “%1”.",
                "汇总报告只能保存为 .pdf、.xlsx 或 .odt 文件，不能保存为“%1”。");
            add("ActivityStatus", "Not started", "未开始");
            add("ActivityStatus", "In progress", "进行中");
            add("ActivityStatus", "Done", "已完成");
            add("ActivityStatus", "Cancelled", "已取消");
            return h;
        }();
        return t;
    }
};
