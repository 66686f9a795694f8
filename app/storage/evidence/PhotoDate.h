#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// When a photo was taken, from the EXIF DateTimeOriginal tag of a JPEG (DateTime as a fallback).
// A deliberately small reader: it follows IFD0 to the Exif IFD and nothing else, and gives an
// invalid QDateTime for PNGs, damaged data or anything it does not understand — never a crash.
namespace PhotoDate {
QDateTime fromFile(const QString& path);
QDateTime fromJpeg(const QByteArray& head); // the first bytes of the file (64 KiB is plenty)
} // namespace PhotoDate
