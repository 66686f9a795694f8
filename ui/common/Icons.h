#pragma once

#include <QIcon>
#include <QString>

// The icons the program shows: the desktop's icon theme draws them when it has them, else the
// program's own drawings (resources/icons, compiled in), so a desktop without an icon theme still
// shows every one.
namespace Icons {
// A freedesktop icon name the program ships a drawing for (view-calendar, list-add …).
QIcon named(const QString& name);
// The program's own icon, for its windows.
QIcon application();
// The names the program ships drawings for.
QStringList shipped();
} // namespace Icons
