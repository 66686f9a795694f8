#pragma once

#include <QIODevice>
#include <QString>

// Passes writes on to a file and remembers the first one that came up short. Some writers
// (QPdfWriter) ignore what write() returns, and a full disk makes Qt's file write return fewer bytes
// without an error: the file would be committed truncated and reported as written. Writers write
// into the guard; the caller checks failed() before it commits.
class WriteGuard : public QIODevice
{
public:
    explicit WriteGuard(QIODevice* target);

    bool failed() const { return m_failed; }
    QString reason() const; // WriteFailure::reason of the target

    bool isSequential() const override { return m_target->isSequential(); }
    bool seek(qint64 pos) override;
    qint64 size() const override { return m_target->size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override { return m_target->read(data, maxSize); }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice* m_target;
    bool m_failed = false;
};
