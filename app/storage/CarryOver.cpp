#include "CarryOver.h"

#include "Database.h"
#include "DepartmentRepository.h"
#include "ProfileRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace CarryOver {

namespace {

// Reads what moves over from a copy of `oldPath` (with its WAL, which may hold the last edits).
bool readOld(const QString& oldPath, QList<Department>* departments, UnitProfile* unit, QString* error)
{
    if (!QFileInfo(oldPath).isFile()) {
        *error = QCoreApplication::translate("CarryOver", "%1 is not a file.").arg(oldPath);
        return false;
    }
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("previous.campaign"));
    if (!dir.isValid() || !QFile::copy(oldPath, copy)) {
        *error = QCoreApplication::translate("CarryOver", "%1 could not be read.").arg(oldPath);
        return false;
    }
    if (QFileInfo::exists(oldPath + QStringLiteral("-wal")))
        QFile::copy(oldPath + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    std::unique_ptr<Database> old = Database::open(copy, error);
    if (!old)
        return false;
    return DepartmentRepository(*old).list(departments, error) && ProfileRepository(*old).load(unit, error);
}

} // namespace

bool fromFile(const Database& target, const QString& oldPath, Result* result, QString* error)
{
    QList<Department> oldDepartments;
    UnitProfile unit;
    if (!readOld(oldPath, &oldDepartments, &unit, error))
        return false;
    DepartmentRepository departments(target);
    QList<Department> current;
    if (!departments.list(&current, error))
        return false;
    QSet<QString> present;
    for (const Department& d : std::as_const(current))
        present.insert(d.name);
    Result r;
    if (!Transaction::run(target.connection(), error, [&] {
            for (const Department& old : std::as_const(oldDepartments)) {
                if (old.archived || present.contains(old.name))
                    continue;
                Department d;
                d.name = old.name;
                if (!departments.save(d, error))
                    return false;
                present.insert(d.name);
                ++r.departmentsAdded;
            }
            if (!unit.name.trimmed().isEmpty()) {
                if (!ProfileRepository(target).save(unit, error))
                    return false;
                r.unitCopied = true;
            }
            return true;
        }))
        return false;
    *result = r;
    return true;
}

} // namespace CarryOver
