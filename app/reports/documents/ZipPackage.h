#pragma once

#include <QByteArray>
#include <QList>

// Just enough zip to amend an OpenDocument package in memory: read every entry (stored or
// deflated, via the central directory) and write them back, the "mimetype" entry first and
// stored as ODF requires. Our own because QuaZip's minizip symbols clash with libxlsxwriter's
// bundled copy when both are linked into one program.
namespace ZipPackage {
struct Entry
{
    QByteArray name;
    QByteArray data;
};
bool read(const QByteArray& zip, QList<Entry>* entries);
QByteArray write(const QList<Entry>& entries);
} // namespace ZipPackage
