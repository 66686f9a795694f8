#pragma once

#include "formats/TableGrid.h"
#include "formats/TableReader.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

// Reads a table file on a worker thread, so the window repaints and the user can cancel while a
// large workbook or a LibreOffice conversion runs. One read per task.
class TableLoadTask : public QObject
{
    Q_OBJECT

public:
    TableLoadTask(QString path, TableReader::Options options, QObject* parent = nullptr);
    // Cancels and waits for the worker.
    ~TableLoadTask() override;

    void start();
    void cancel() { m_cancelled = true; }
    // Valid after finished(true).
    const TableDocument& document() const { return m_document; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString& error);

private:
    QString m_path;
    TableReader::Options m_options;
    TableDocument m_document;
    QString m_error;
    bool m_ok = false;
    std::atomic<bool> m_cancelled{false};
    QThread* m_thread = nullptr;
};
