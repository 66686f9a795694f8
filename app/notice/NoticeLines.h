#pragma once

#include "notice/NoticeFields.h"

#include <QStringList>

// The recognised fields as `field: value` lines, the form `new-campaign --from-notice` prints and
// tests compare: one line per value, one per pillar, requirement, organizer and slogan.
namespace NoticeLines {

QString levelName(NoticeLevel level); // national, provincial, prefectural, county
QStringList lines(const NoticeFields& fields);

} // namespace NoticeLines
