#include "notice/NoticeLines.h"

namespace NoticeLines {

QString levelName(NoticeLevel level)
{
    switch (level) {
    case NoticeLevel::National:
        return QStringLiteral("national");
    case NoticeLevel::Provincial:
        return QStringLiteral("provincial");
    case NoticeLevel::Prefectural:
        return QStringLiteral("prefectural");
    case NoticeLevel::County:
        return QStringLiteral("county");
    }
    return {};
}

QStringList lines(const NoticeFields& f)
{
    QStringList out;
    const auto add = [&out](const char* name, const QString& value) {
        out << QLatin1String(name) + QStringLiteral(": ") + value;
    };
    add("level", levelName(f.level));
    add("title", f.title.value);
    add("year", f.year.value);
    add("document-number", f.documentNumber.value);
    add("issuing-body", f.issuingBody.value);
    add("body-count", f.bodyCount.value);
    add("bodies", f.bodies.join(QStringLiteral("、")));
    add("theme", f.theme.value);
    add("month", f.month.value);
    add("issued-on", f.issuedOn.value);
    for (const NoticeItem& p : f.pillars)
        add("pillar", QStringLiteral("%1 | %2 | %3").arg(p.shortName, p.title, p.text));
    for (const NoticeItem& r : f.requirements)
        add("requirement", QStringLiteral("%1 | %2").arg(r.title, r.text));
    for (const NoticeItem& o : f.organizers)
        add("organizer", o.text.isEmpty() ? o.title : QStringLiteral("%1 | %2").arg(o.title, o.text));
    for (const QString& s : f.slogans)
        add("slogan", s);
    add("summary-deadline", f.summaryDeadline.value);
    add("recipient", f.recipient.value);
    return out;
}

} // namespace NoticeLines
