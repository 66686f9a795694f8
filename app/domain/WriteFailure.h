#pragma once

#include <QIODevice>
#include <QString>

// Why writing to a file failed, in the user's words. A write that stops short on a full disk (or
// past a file-size limit) often leaves Qt with no reason at all ("Unknown error"); that is what it
// almost always means, so it is said.
namespace WriteFailure {
QString reason(const QIODevice& device);
} // namespace WriteFailure
