#include "server/ServerAdmin.h"

#include "server/ServerTransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerAdmin", text);
}

bool fail(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return false;
}

// 0 when there is no such unit.
bool unitByName(const QSqlDatabase& db, const QString& name, int* id, QString* level, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, level FROM unit WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(error, QCoreApplication::translate("ServerAdmin", "cannot read the units: %1")
                               .arg(q.lastError().databaseText()));
    *id = 0;
    if (q.next()) {
        *id = q.value(0).toInt();
        *level = q.value(1).toString();
    }
    return true;
}

} // namespace

namespace ServerAdmin {

bool addUnit(QSqlDatabase& db, const QString& name, const QString& level, const QString& parentName,
             QString* error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(error, tr("a unit needs a name"));
    static const QStringList levels = {QStringLiteral("county"), QStringLiteral("prefecture"),
                                       QStringLiteral("province")};
    if (!levels.contains(level))
        return fail(error, tr("the level must be county, prefecture or province, not %1").arg(level));
    if (level == QLatin1String("province") && !parentName.isEmpty())
        return fail(error, tr("a province has no parent unit"));
    if (level != QLatin1String("province") && parentName.isEmpty())
        return fail(error, tr("a %1 needs its parent unit (--parent NAME)").arg(level));
    return ServerTransaction::run(db, error, [&] {
        int existing = 0;
        QString existingLevel;
        if (!unitByName(db, trimmed, &existing, &existingLevel, error))
            return false;
        if (existing != 0)
            return fail(error, tr("the unit %1 already exists").arg(trimmed));
        QVariant parentId;
        if (!parentName.isEmpty()) {
            int parent = 0;
            QString parentLevel;
            if (!unitByName(db, parentName, &parent, &parentLevel, error))
                return false;
            if (parent == 0)
                return fail(error, tr("there is no unit %1").arg(parentName));
            const bool fits = level == QLatin1String("prefecture") ? parentLevel == QLatin1String("province")
                                                                   : parentLevel != QLatin1String("county");
            if (!fits)
                return fail(error, tr("a %1 cannot belong to the %2 %3").arg(level, parentLevel, parentName));
            parentId = parent;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO unit (name, level, parent_id) VALUES (?, ?, ?)"));
        q.addBindValue(trimmed);
        q.addBindValue(level);
        q.addBindValue(parentId.isValid() ? parentId : QVariant(QMetaType(QMetaType::Int)));
        if (!q.exec())
            return fail(error, tr("cannot add the unit %1: %2").arg(trimmed, q.lastError().databaseText()));
        return true;
    });
}

bool addUser(QSqlDatabase& db, const QString& roleName, const QString& unitName, const QString& password,
             QString* error)
{
    // Lower-case ASCII only: a PostgreSQL identifier needs no quoting then, and psql, pg_hba.conf and
    // the program all spell it the same.
    static const QRegularExpression namePattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!namePattern.match(roleName).hasMatch())
        return fail(error,
                    tr("a user name is 1 to 63 lower-case letters, digits or _, starting with a letter: %1")
                        .arg(roleName));
    if (roleName.startsWith(QLatin1String("pg_")) || roleName == QLatin1String("cp_user"))
        return fail(error, tr("the user name %1 is reserved").arg(roleName));
    return ServerTransaction::run(db, error, [&] {
        int unit = 0;
        QString level;
        if (!unitByName(db, unitName, &unit, &level, error))
            return false;
        if (unit == 0)
            return fail(error, tr("there is no unit %1").arg(unitName));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        q.addBindValue(roleName);
        if (!q.exec())
            return fail(error, q.lastError().databaseText());
        if (q.next())
            return fail(error, tr("the user %1 already exists").arg(roleName));
        // CREATE ROLE takes no bind parameters; the name was checked above and the verifier is
        // base64 and '$', so neither needs quoting beyond the literal's quotes.
        QString sql = QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE cp_user").arg(roleName);
        if (!password.isEmpty()) {
            QByteArray salt(16, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
            sql += QStringLiteral(" PASSWORD '%1'").arg(scramVerifier(password, salt));
        }
        if (!q.exec(sql))
            return fail(error,
                        tr("cannot create the user %1: %2").arg(roleName, q.lastError().databaseText()));
        q.prepare(QStringLiteral("INSERT INTO unit_member (role_name, unit_id) VALUES (?, ?)"));
        q.addBindValue(roleName);
        q.addBindValue(unit);
        if (!q.exec())
            return fail(error,
                        tr("cannot tie %1 to %2: %3").arg(roleName, unitName, q.lastError().databaseText()));
        return true;
    });
}

QString scramVerifier(const QString& password, const QByteArray& salt, int iterations)
{
    // SASLprep's main step; PostgreSQL applies the same normalisation before hashing.
    const QByteArray normalised = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, normalised, salt, iterations, 32);
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey =
        QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace ServerAdmin
