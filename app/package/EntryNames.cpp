#include "EntryNames.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace EntryNames {

QString component(const QString& text, int maxLength)
{
    static const QRegularExpression reserved(QStringLiteral("[\\x00-\\x1f/\\\\:*?\"<>|]"));
    QString out = text;
    out.replace(reserved, QStringLiteral("_"));
    out = out.simplified();
    if (out.size() > maxLength)
        out = out.left(maxLength).trimmed();
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("_") : out;
}

QString unique(const QString& wanted, QSet<QString>* used)
{
    QString name = wanted;
    const int slash = wanted.lastIndexOf(QLatin1Char('/'));
    const QString folder = wanted.left(slash + 1);
    const QString file = wanted.mid(slash + 1);
    const QFileInfo info(file);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QStringLiteral(".") + info.suffix();
    for (int n = 2; used->contains(name); ++n)
        name = QStringLiteral("%1%2 (%3)%4").arg(folder, base).arg(n).arg(suffix);
    used->insert(name);
    return name;
}

bool isSafe(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QChar(0)))
        return false;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':')) // C:foo, C:/foo
        return false;
    QString path = name;
    if (path.endsWith(QLatin1Char('/'))) // a folder entry
        path.chop(1);
    for (const QString& part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

} // namespace EntryNames
