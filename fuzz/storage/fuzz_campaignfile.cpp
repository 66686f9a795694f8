// libFuzzer target for opening a campaign file someone sent (email, USB stick): any bytes on disk
// are refused with a reason or opened, their campaign read, and `check` run on them, without a crash,
// a hang or a refusal that changed the file. Seeds: campaign files of every schema version.
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/SnapshotLoader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 2 * 1024 * 1024)
        return 0;
    static int argc = 1;
    static char name[] = "fuzz_campaignfile";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // the SQL driver is a plugin
    static QTemporaryDir dir;
    QDir(dir.path()).removeRecursively();
    QDir().mkpath(dir.path());
    const QString path = dir.filePath(QStringLiteral("来件.campaign"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    const QByteArray before = digest(path);

    const IntegrityReport report = IntegrityCheck::run(path);
    if (!report.healthy && report.reason.isEmpty())
        std::abort();
    if (digest(path) != before)
        std::abort(); // `check` never writes

    QString error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    if (!db) {
        if (error.isEmpty())
            std::abort();
        if (digest(path) != before)
            std::abort(); // a refused file keeps its bytes
        return 0;
    }
    QList<Campaign> campaigns;
    if (CampaignRepository(*db).list(&campaigns, &error)) {
        for (const Campaign& c : std::as_const(campaigns)) {
            CampaignSnapshot snapshot;
            if (!SnapshotLoader::loadById(*db, c.id, &snapshot, &error) && error.isEmpty())
                std::abort();
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    return 0;
}
