#pragma once

#include "Activity.h"
#include "CampaignSnapshot.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The news bulletin (工作动态/信息稿) of one completed activity, in the order bureaus publish them
// (real-documents.md): the headline, then (今年9月是第N个全国“质量月”) the date, the unit and its
// partners ("联合…等N个单位"), the place, "开展以“主题”为主题的…活动", how it was done (the activity's
// description), the figures with their measure words, and a closing "下一步…" sentence. The body is
// 150–400 characters: optional sentences are dropped or added to keep it there (only a title, place or
// partner list that alone is longer can push it over). Chinese content, like the summary draft.
namespace BulletinDraft {
constexpr int minLength = 150;
constexpr int maxLength = 400;

QString headline(const CampaignSnapshot& snapshot, const Activity& activity);
// Paragraphs separated by "\n".
QString body(const CampaignSnapshot& snapshot, const Activity& activity, QDate today);
// The headline on the first line, then the body: the form a bulletin is kept and copied in.
QString text(const CampaignSnapshot& snapshot, const Activity& activity, QDate today);
// Characters that count for a bulletin's length: everything but white space.
int length(const QString& text);

// A kept bulletin split again: its first non-blank line and the paragraphs after it.
struct Parts
{
    QString headline;
    QStringList paragraphs;
};
Parts split(const QString& text);
} // namespace BulletinDraft
