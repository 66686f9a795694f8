#pragma once

#include <QString>

// Messages several readers give, worded once.
namespace FormatMessages {
QString passwordProtected();
QString empty();
QString cancelled();
} // namespace FormatMessages
