#pragma once

#include <QSet>
#include <QtGlobal>

// What the summary draft knows besides the activities: which of them have evidence (photos, videos,
// documents) in the file. Read by the caller from storage; unknown means the draft says nothing on it.
struct DraftFacts
{
    bool evidenceKnown = false;
    QSet<qint64> withEvidence; // activity ids with at least one attachment
};
