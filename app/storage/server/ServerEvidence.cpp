#include "server/ServerEvidence.h"

#include "server/ServerSql.h"
#include "server/ServerTables.h"
#include "storage/MediaFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace ServerEvidence {

bool send(QSqlQuery& q, const QString& mediaRoot, int unitId, const QString& sha, qint64* sentBytes,
          QString* error)
{
    const QString& root = mediaRoot;
    QFile f(root + QLatin1Char('/') + MediaFolder::relativePath(sha));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ServerPush", "the evidence file %1 cannot be read: %2")
                     .arg(f.fileName(), f.errorString());
        return false;
    }
    const qint64 size = f.size();
    const qint64 chunks = (size + ServerTables::evidenceChunkBytes - 1) / ServerTables::evidenceChunkBytes;
    if (!ServerSql::run(
            q,
            QStringLiteral("INSERT INTO evidence_blob (unit_id, sha256, size, chunks) VALUES (?, ?, ?, ?)"),
            {unitId, sha, size, chunks}, error)) {
        *error = QCoreApplication::translate("ServerPush", "the evidence file %1 was not accepted: %2")
                     .arg(sha.left(12), *error);
        return false;
    }
    if (!q.prepare(QStringLiteral("INSERT INTO evidence_chunk (unit_id, sha256, seq, bytes, chunk_sha256) "
                                  "VALUES (?, ?, ?, ?, ?)"))) {
        *error = ServerSql::serverFailure(q);
        return false;
    }
    QCryptographicHash whole(QCryptographicHash::Sha256);
    qint64 sent = 0;
    for (int seq = 0; seq < chunks; ++seq) {
        const QByteArray bytes = f.read(ServerTables::evidenceChunkBytes);
        if (bytes.isEmpty()) {
            *error = QCoreApplication::translate("ServerPush", "the evidence file %1 cannot be read: %2")
                         .arg(f.fileName(), f.errorString());
            return false;
        }
        whole.addData(bytes);
        sent += bytes.size();
        q.addBindValue(unitId);
        q.addBindValue(sha);
        q.addBindValue(seq);
        q.addBindValue(bytes);
        q.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        if (!q.exec()) {
            *error = QCoreApplication::translate("ServerPush", "the evidence file %1 was not accepted: %2")
                         .arg(sha.left(12), ServerSql::serverFailure(q));
            return false;
        }
    }
    // Checked here too, so a damaged file is named; the server checks each piece on its side.
    if (sent != size || !f.atEnd() || QString::fromLatin1(whole.result().toHex()) != sha) {
        *error =
            QCoreApplication::translate(
                "ServerPush", "the evidence file %1 is damaged (its content no longer matches its checksum); "
                              "run campaign-planner check")
                .arg(f.fileName());
        return false;
    }
    *sentBytes = size;
    return true;
}

} // namespace ServerEvidence
