#include "CalendarExport.h"

#include "IcsWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

#include "WriteFailure.h"
#include <QStringList>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CalendarExport", text);
}

} // namespace

namespace CalendarExport {

qint64 findDepartment(const CampaignSnapshot& s, const QString& name, QString* error)
{
    for (const Department& d : s.departments)
        if (d.name == name)
            return d.id;
    const QString wanted = name.simplified();
    QStringList names;
    for (const Department& d : s.departments) {
        if (d.name.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            return d.id;
        if (!d.archived)
            names << d.name;
    }
    *error = tr("No department is called “%1”. Departments: %2").arg(name, names.join(QStringLiteral("、")));
    return 0;
}

bool writeIcsFile(const CampaignSnapshot& snapshot, const QString& departmentName, const QString& path,
                  QString* error, const std::function<bool(qint64 done, qint64 total)>& progress)
{
    IcsWriter::Options options;
    options.progress = progress;
    options.fallbackStamp = QDateTime::currentDateTimeUtc();
    if (!departmentName.trimmed().isEmpty()) {
        options.departmentId = findDepartment(snapshot, departmentName, error);
        if (options.departmentId == 0)
            return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!IcsWriter::write(snapshot, options, &file, error))
        return false; // QSaveFile discards the partial file
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, WriteFailure::reason(file));
        return false;
    }
    return true;
}

} // namespace CalendarExport
