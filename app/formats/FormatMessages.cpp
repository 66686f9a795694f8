#include "formats/FormatMessages.h"

#include <QCoreApplication>

namespace FormatMessages {

QString passwordProtected()
{
    return QCoreApplication::translate("TableReader",
                                       "This file is password-protected; remove the password and try again.");
}

QString empty()
{
    return QCoreApplication::translate("TableReader", "The file is empty.");
}

QString cancelled()
{
    return QCoreApplication::translate("TableReader", "Reading was cancelled.");
}

} // namespace FormatMessages
