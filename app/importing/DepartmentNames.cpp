#include "importing/DepartmentNames.h"

#include "importing/ImportText.h"

#include <QRegularExpression>

namespace DepartmentNames {

QStringList split(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、,;/\\s\\n]+"));
    QStringList out;
    for (QString part : ImportText::normalized(text).split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        // "等" closes a list ("县教育局等"); "（牵头）" marks a role, not a name.
        if (part.endsWith(QStringLiteral("等")) && part.size() > 2)
            part.chop(1);
        static const QRegularExpression remark(QStringLiteral("\\((?:牵头|配合|协助|主办|协办)\\)$"));
        part.remove(remark);
        if (!part.isEmpty() && !out.contains(part))
            out << part;
    }
    return out;
}

QString matchKey(const QString& name, const UnitProfile& unit)
{
    QString k = ImportText::key(name);
    k.replace(QStringLiteral("监督管理"), QStringLiteral("监管"));
    for (QString prefix : {unit.name, unit.region}) {
        prefix = ImportText::key(prefix);
        prefix.replace(QStringLiteral("监督管理"), QStringLiteral("监管"));
        if (!prefix.isEmpty() && k.startsWith(prefix) && k.size() > prefix.size()) {
            k = k.mid(prefix.size());
            break;
        }
    }
    // Any county, district or city name in front: "青山县", "城关区", or the bare "县"/"区".
    static const QRegularExpression region(QStringLiteral(
        "^(?:[\\x{4e00}-\\x{9fff}]{1,6}?(?:自治县|自治州|自治区|省|县|区|旗))|^(?:县|区|旗)|^市(?!场)"));
    const QRegularExpressionMatch m = region.match(k);
    if (m.hasMatch() && m.capturedLength() < k.size() - 1)
        k = k.mid(m.capturedLength());
    // A section named with its bureau: "县市场监管局质量发展股" is the bureau's own 质量发展股.
    const QString bureau = QStringLiteral("市场监管局");
    if (k.startsWith(bureau) && k.size() > bureau.size() + 1)
        k = k.mid(bureau.size());
    return k;
}

qint64 match(const QString& name, const QList<Department>& known, const UnitProfile& unit)
{
    const QString exact = ImportText::key(name);
    for (const Department& d : known)
        if (!d.archived && ImportText::key(d.name) == exact)
            return d.id;
    const QString k = matchKey(name, unit);
    if (k.isEmpty())
        return 0;
    for (const Department& d : known)
        if (!d.archived && matchKey(d.name, unit) == k)
            return d.id;
    return 0;
}

} // namespace DepartmentNames
