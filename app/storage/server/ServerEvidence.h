#pragma once

#include <QSqlQuery>
#include <QString>

// Evidence content going up to the server: one file of the media folder `mediaRoot`, named by its
// SHA-256, streamed in pieces (ServerTables::evidenceChunkBytes) and hashed on the way; bytes that no
// longer match their name are refused before the transaction commits. Push and the commands over a
// server address (ServerApply) send evidence through here.
namespace ServerEvidence {
// Inside the caller's transaction, on its query; `*sentBytes` gets the file's size.
[[nodiscard]] bool send(QSqlQuery& q, const QString& mediaRoot, int unitId, const QString& sha,
                        qint64* sentBytes, QString* error);
} // namespace ServerEvidence
