#include "PackageWriter.h"

#include "CampaignSummary.h"
#include "EntryNames.h"
#include "ExportProgress.h"
#include "MediaStore.h"
#include "PackageFigures.h"
#include "PackageManifest.h"
#include "ReportExport.h"
#include "ReportPhotos.h"
#include "StreamCopy.h"

#include "ZipArchiveWriter.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace PackageWriter {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PackageWriter", text);
}

// Passes what a writer writes on to the zip entry, hashing and counting it on the way.
class HashingWriter : public QIODevice
{
public:
    explicit HashingWriter(QIODevice* to) : m_to(to), m_hash(QCryptographicHash::Sha256)
    {
        QIODevice::open(QIODevice::WriteOnly);
    }
    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 bytes() const { return m_bytes; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_to->write(data, size) != size)
            return -1;
        m_hash.addData(QByteArrayView(data, size));
        m_bytes += size;
        return size;
    }

private:
    QIODevice* m_to;
    QCryptographicHash m_hash;
    qint64 m_bytes = 0;
};

// One zip being written, with the manifest's file list and the progress. The documents come first,
// weighed by their rows (a row counts as much as kRowBytes of evidence), then the evidence by bytes.
// As an ExportProgress it is what the document writers report to.
class Zip : public ExportProgress
{
public:
    static constexpr qint64 kRowBytes = 2000;

    Zip(ZipArchiveWriter* zip, ExportProgress* progress, qint64 total)
        : m_zip(zip), m_progress(progress), m_total(total)
    {}

    // A document writer's rows: `done` of `total` within the current document.
    bool step(qint64 done, qint64) override
    {
        return exportStep(m_progress, m_done + done * kRowBytes, m_total);
    }
    // The current document is finished: its rows move the figures for good.
    void documentDone(qint64 rows) { m_done += rows * kRowBytes; }

    bool add(const QString& name, QIODevice* from, bool compress, QString* error, bool counted = true)
    {
        if (!m_zip->begin(name, compress)) {
            *error = QCoreApplication::translate("PackageWriter", "The package cannot be written: %1")
                         .arg(m_zip->errorString());
            return false;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const qint64 before = m_done;
        const StreamCopy::Result r = StreamCopy::copy(from, m_zip->entry(), &hash, -1, [&](qint64 bytes) {
            if (counted)
                m_done = before + bytes;
            return exportStep(m_progress, m_done, m_total);
        });
        const bool ended = m_zip->end();
        if (!r.ok || !ended) {
            *error = r.cancelled
                         ? QCoreApplication::translate("PackageWriter", "The package export was cancelled.")
                         : QCoreApplication::translate("PackageWriter", "The package cannot be written: %1")
                               .arg(r.ok ? m_zip->errorString() : r.error);
            return false;
        }
        m_files.append({name, QString::fromLatin1(hash.result().toHex()), r.bytes});
        return true;
    }

    // An entry whose bytes `write` produces straight into the zip (documents, the manifest): nothing
    // is collected in memory first.
    bool write(const QString& name, bool compress, QString* error,
               const std::function<bool(QIODevice* device, QString* error)>& write)
    {
        if (!m_zip->begin(name, compress)) {
            *error = QCoreApplication::translate("PackageWriter", "The package cannot be written: %1")
                         .arg(m_zip->errorString());
            return false;
        }
        HashingWriter device(m_zip->entry());
        const bool ok = write(&device, error);
        const bool ended = m_zip->end();
        if (ok && !ended)
            *error = QCoreApplication::translate("PackageWriter", "The package cannot be written: %1")
                         .arg(m_zip->errorString());
        if (!ok || !ended)
            return false;
        m_files.append({name, device.sha256(), device.bytes()});
        return true;
    }

    const QList<PackageFileEntry>& files() const { return m_files; }

private:
    ZipArchiveWriter* m_zip;
    ExportProgress* m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    QList<PackageFileEntry> m_files;
};

ReportOptions documentOptions(const PackageInput& input, ReportOptions::Kind kind,
                              ReportOptions::Format format)
{
    ReportOptions options = input.summary;
    options.kind = kind;
    options.format = format;
    options.today = input.today;
    if (format != ReportOptions::Format::Pdf)
        options.charts.clear();
    else if (kind == ReportOptions::Kind::Summary)
        options.charts += ReportPhotos::grids(input.snapshot, input.reportPhotos, input.mediaRoot);
    return options;
}

// Rows the three documents walk, for the progress: the activities once per table they appear in.
qint64 documentRows(const CampaignSnapshot& s)
{
    const qint64 n = s.activities.size();
    return n /* summary PDF: completed list, at most */ + 4 * n /* summary XLSX: four sheets */ +
           n /* plan PDF */;
}

bool document(const PackageInput& input, ReportOptions::Kind kind, ReportOptions::Format format, Zip* zip,
              QSet<QString>* used, QString* error)
{
    const ReportOptions options = documentOptions(input, kind, format);
    const QString folder =
        kind == ReportOptions::Kind::Summary ? QStringLiteral("总结") : QStringLiteral("方案");
    const QString name = EntryNames::component(ReportExport::suggestedFileName(input.snapshot, options), 120);
    const bool ok = zip->write(EntryNames::unique(folder + QLatin1Char('/') + name, used), true, error,
                               [&](QIODevice* device, QString* e) {
                                   return ReportExport::write(input.snapshot, options, device, e, zip);
                               });
    const qint64 n = input.snapshot.activities.size();
    zip->documentDone(format == ReportOptions::Format::Xlsx ? 4 * n : n);
    return ok;
}

SubordinateActivity describe(const CampaignSnapshot& s, const Activity& a)
{
    SubordinateActivity out;
    out.uuid = a.uuid;
    out.title = a.title;
    if (const Pillar* p = s.pillar(a.pillarId))
        out.pillar = p->shortName.isEmpty() ? p->title : p->shortName;
    out.leadDepartment = s.departmentName(a.leadDepartmentId);
    out.start = a.start;
    out.end = a.end;
    out.status = static_cast<int>(a.status);
    out.progress = a.progress;
    out.updated = a.updated;
    return out;
}

} // namespace

QString evidenceFolder(const CampaignSnapshot& snapshot, const Activity& activity, int activityNumber)
{
    QString pillar = QStringLiteral("00 未分类");
    if (const Pillar* p = snapshot.pillar(activity.pillarId))
        pillar = QStringLiteral("%1 %2")
                     .arg(p->position + 1, 2, 10, QLatin1Char('0'))
                     .arg(EntryNames::component(p->shortName.isEmpty() ? p->title : p->shortName, 40));
    return QStringLiteral("佐证材料/%1/%2 %3")
        .arg(pillar)
        .arg(activityNumber, 3, 10, QLatin1Char('0'))
        .arg(EntryNames::component(activity.title, 60));
}

QString suggestedFileName(const CampaignSnapshot& snapshot)
{
    return EntryNames::component(QStringLiteral("%1%2年质量月活动总结报送包.zip")
                                     .arg(snapshot.unit.name)
                                     .arg(snapshot.campaign.campaign.year),
                                 120);
}

bool write(const PackageInput& input, const QString& path, QString* error, ExportProgress* progress)
{
    const CampaignSnapshot& s = input.snapshot;
    qint64 total = documentRows(s) * Zip::kRowBytes;
    for (const Attachment& a : input.evidence)
        total += a.size;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    ZipArchiveWriter archive(&file);
    if (!archive.open()) {
        file.cancelWriting();
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), archive.errorString());
        return false;
    }
    Zip zip(&archive, progress, total);
    QSet<QString> used{QString::fromLatin1(PackageManifest::fileName)};
    // The old target stays until commit(); a failure or cancel discards the temporary file.
    auto fail = [&] {
        file.cancelWriting();
        return false;
    };
    using K = ReportOptions::Kind;
    using F = ReportOptions::Format;
    if (!document(input, K::Summary, F::Pdf, &zip, &used, error) ||
        !document(input, K::Summary, F::Xlsx, &zip, &used, error) ||
        !document(input, K::Plan, F::Pdf, &zip, &used, error))
        return fail();

    PackageManifest manifest;
    manifest.created = input.created.isValid() ? input.created.toUTC() : QDateTime::currentDateTimeUtc();
    manifest.generator = QStringLiteral("campaign-planner %1").arg(QCoreApplication::applicationVersion());
    manifest.unit.uuid = input.unitUuid;
    manifest.unit.name = s.unit.name;
    manifest.unit.region = s.unit.region;
    manifest.unit.level = static_cast<int>(s.unit.level);
    const Campaign& c = s.campaign.campaign;
    manifest.campaign = {{QStringLiteral("year"), c.year},
                         {QStringLiteral("title"), c.title},
                         {QStringLiteral("theme"), c.theme},
                         {QStringLiteral("start"), c.start.toString(Qt::ISODate)},
                         {QStringLiteral("end"), c.end.toString(Qt::ISODate)}};
    manifest.figures =
        PackageFigures::toJson(Summary::summarize(s.campaign, s.activities, s.departments, input.today));

    QHash<qint64, QList<const Attachment*>> byActivity;
    for (const Attachment& a : input.evidence)
        byActivity[a.activityId].append(&a);
    int number = 0;
    for (const Activity& activity : s.activities) {
        if (activity.campaignId != c.id)
            continue;
        ++number;
        const auto evidence = byActivity.constFind(activity.id);
        if (evidence == byActivity.cend())
            continue;
        const QString folder = evidenceFolder(s, activity, number);
        for (const Attachment* a : *evidence) {
            QFile source(input.mediaRoot + QStringLiteral("/%1/%2").arg(a->sha256.left(2), a->sha256));
            if (!source.open(QIODevice::ReadOnly)) {
                *error = tr("The evidence file “%1” of “%2” is missing from the media folder.")
                             .arg(a->fileName, activity.title);
                return fail();
            }
            const QString name =
                EntryNames::unique(folder + QLatin1Char('/') + EntryNames::component(a->fileName, 80), &used);
            const bool compress = a->kind == Attachment::Kind::Document &&
                                  a->fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
            if (!zip.add(name, &source, compress, error))
                return fail();
            if (zip.files().last().sha256 != a->sha256) {
                *error = tr("The evidence file “%1” in the media folder is damaged (its checksum changed).")
                             .arg(a->fileName);
                return fail();
            }
        }
    }
    manifest.files = zip.files();
    // The activities are described as the manifest is written, not gathered first.
    const auto eachActivity = [&](const PackageManifest::ActivitySink& sink) {
        for (const Activity& activity : s.activities) {
            if (activity.campaignId != c.id)
                continue;
            SubordinateActivity entry = describe(s, activity);
            for (const Attachment* a : byActivity.value(activity.id))
                entry.evidence.append(
                    {a->sha256, static_cast<int>(a->kind), a->fileName, a->caption, a->taken});
            if (!sink(entry))
                return false;
        }
        return true;
    };
    const bool manifestWritten = zip.write(
        QString::fromLatin1(PackageManifest::fileName), true, error, [&](QIODevice* device, QString* e) {
            if (manifest.writeJson(
                    [&](const QByteArray& bytes) { return device->write(bytes) == bytes.size(); },
                    eachActivity))
                return true;
            *e = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), device->errorString());
            return false;
        });
    if (!manifestWritten)
        return fail();
    if (!archive.close()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), archive.errorString());
        return fail();
    }
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace PackageWriter
