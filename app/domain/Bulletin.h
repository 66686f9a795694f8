#pragma once

#include <QString>
#include <QtGlobal>

// The news bulletin (工作动态) of one activity as the user kept it: the headline on the first line, the
// body after it. An activity without one is shown a draft written from its data (BulletinDraft).
struct Bulletin
{
    qint64 activityId = 0;
    QString text;

    friend bool operator==(const Bulletin&, const Bulletin&) = default;
};
