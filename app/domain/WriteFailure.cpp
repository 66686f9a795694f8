#include "WriteFailure.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace WriteFailure {

QString reason(const QIODevice& device)
{
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    const bool known = file ? file->error() != QFileDevice::NoError : !device.errorString().isEmpty();
    if (known && device.errorString() != QLatin1String("Unknown error"))
        return device.errorString();
    return QCoreApplication::translate("WriteFailure", "the disk is full, or the file is too large for it");
}

} // namespace WriteFailure
