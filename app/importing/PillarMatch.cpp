#include "importing/PillarMatch.h"

#include "importing/ImportText.h"

#include <QSet>

namespace PillarMatch {

static QString core(const QString& text)
{
    return ImportText::key(ImportText::withoutEnumerator(text));
}

double overlap(const QString& a, const QString& b)
{
    const QString x = core(a), y = core(b);
    if (x.size() < 2 || y.size() < 2)
        return x == y && !x.isEmpty() ? 1.0 : 0.0;
    QSet<QString> bx, by;
    for (int i = 0; i + 1 < x.size(); ++i)
        bx.insert(x.mid(i, 2));
    for (int i = 0; i + 1 < y.size(); ++i)
        by.insert(y.mid(i, 2));
    int common = 0;
    for (const QString& g : bx)
        common += by.contains(g) ? 1 : 0;
    return 2.0 * common / double(bx.size() + by.size());
}

qint64 match(const QString& text, const QList<Pillar>& pillars)
{
    const QString k = core(text);
    if (k.isEmpty())
        return 0;
    for (const Pillar& p : pillars)
        if (core(p.title) == k)
            return p.id;
    // The first clause of a long title is often all a table repeats: "开展质量主题宣传".
    for (const Pillar& p : pillars) {
        const QString title = core(p.title);
        const QString shortName = core(p.shortName);
        if ((!shortName.isEmpty() && (k == shortName || k.contains(shortName) || shortName.contains(k))) ||
            (k.size() >= 4 && title.startsWith(k)) || (title.size() >= 4 && k.startsWith(title)))
            return p.id;
    }
    qint64 best = 0;
    double bestScore = 0.34; // below a third of shared pairs, two headings are about different things
    for (const Pillar& p : pillars) {
        const double s = qMax(overlap(text, p.title), overlap(text, p.shortName));
        if (s > bestScore) {
            bestScore = s;
            best = p.id;
        }
    }
    return best;
}

} // namespace PillarMatch
