// libFuzzer target for manifest.json of a report package: any bytes are refused with a reason or
// read; what is read writes back to JSON that reads again to the same manifest.
#include "package/PackageManifest.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    PackageManifest manifest;
    QString error;
    if (!PackageManifest::fromJson(json, &manifest, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    PackageManifest again;
    if (!PackageManifest::fromJson(manifest.toJson(), &again, &error))
        std::abort(); // what we read, we can write and read again
    if (again.files.size() != manifest.files.size() ||
        again.activities.size() != manifest.activities.size() || again.unit.uuid != manifest.unit.uuid)
        std::abort();
    return 0;
}
