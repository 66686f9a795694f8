#include "Icons.h"

#include <QDir>

namespace Icons {

QIcon named(const QString& name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon application()
{
    return QIcon::fromTheme(QStringLiteral("campaign-planner"),
                            QIcon(QStringLiteral(":/icons/campaign-planner.svg")));
}

QStringList shipped()
{
    QStringList names;
    for (const QString& file : QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}))
        names << file.chopped(4);
    names.removeAll(QStringLiteral("campaign-planner"));
    return names;
}

} // namespace Icons
