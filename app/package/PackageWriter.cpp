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
#include <QBuffer>
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

// One zip being written, with the manifest's file list and the progress in bytes of evidence (the
// documents are small and their size is unknown until written). As an ExportProgress it lets the
// document writers notice a cancel without moving the figures.
class Zip : public ExportProgress
{
public:
    Zip(ZipArchiveWriter* zip, ExportProgress* progress, qint64 total)
        : m_zip(zip), m_progress(progress), m_total(total)
    {}

    bool step(qint64, qint64) override { return exportStep(m_progress, m_done, m_total); }

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

    bool addBytes(const QString& name, QByteArray bytes, QString* error)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return add(name, &buffer, true, error, false);
    }

    const QList<PackageFileEntry>& files() const { return m_files; }

private:
    ZipArchiveWriter* m_zip;
    ExportProgress* m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    QList<PackageFileEntry> m_files;
};

bool document(const PackageInput& input, ReportOptions::Kind kind, ReportOptions::Format format, Zip* zip,
              QSet<QString>* used, QString* error)
{
    ReportOptions options = input.summary;
    options.kind = kind;
    options.format = format;
    options.today = input.today;
    if (format != ReportOptions::Format::Pdf)
        options.charts.clear();
    else if (kind == ReportOptions::Kind::Summary)
        options.charts += ReportPhotos::grids(input.snapshot, input.reportPhotos, input.mediaRoot);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!ReportExport::write(input.snapshot, options, &buffer, error, zip))
        return false;
    buffer.close();
    const QString folder =
        kind == ReportOptions::Kind::Summary ? QStringLiteral("总结") : QStringLiteral("方案");
    const QString name = EntryNames::component(ReportExport::suggestedFileName(input.snapshot, options), 120);
    return zip->addBytes(EntryNames::unique(folder + QLatin1Char('/') + name, used), bytes, error);
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
    qint64 total = 0;
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
        SubordinateActivity entry = describe(s, activity);
        const QString folder = evidenceFolder(s, activity, number);
        for (const Attachment* a : byActivity.value(activity.id)) {
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
            entry.evidence.append({a->sha256, static_cast<int>(a->kind), a->fileName, a->caption, a->taken});
        }
        manifest.activities.append(entry);
    }
    manifest.files = zip.files();
    if (!zip.addBytes(QString::fromLatin1(PackageManifest::fileName), manifest.toJson(), error))
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
