#pragma once

#include <QIODevice>

#include <vector>
#include <zlib.h>

// One zip entry as a device, read from minizip in raw mode and inflated here, so the real bytes are
// counted instead of trusting the headers: more bytes than declared fail at the declared size + 1,
// fewer fail when the data ends, and a CRC-32 that does not match fails on the last read. Every
// failure is a read error (-1) with a reason, before the bytes that reveal it are handed out.
class ZipEntryReader : public QIODevice
{
    Q_OBJECT

public:
    struct Header
    {
        int method = 0;  // 0 stored, 8 deflated
        qint64 size = 0; // declared uncompressed size
        quint32 crc = 0; // declared CRC-32
        bool encrypted = false;
    };
    // `zip` has the entry open in raw mode (unzOpenCurrentFile2(…, raw = 1)).
    ZipEntryReader(void* zip, const Header& header);
    ~ZipEntryReader() override;

    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }
    bool complete() const { return m_complete; } // read to the end and found sound

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(const QString& reason);
    qint64 readStored(char* data, qint64 maxSize);
    qint64 readDeflated(char* data, qint64 maxSize);
    // Counts `n` new bytes at `data`; at the end checks size and CRC. Returns n or -1.
    qint64 accept(const char* data, qint64 n, bool end);

    void* m_zip;
    Header m_header;
    z_stream m_stream{};
    bool m_inflating = false;
    std::vector<char> m_input;
    qint64 m_produced = 0;
    quint32 m_crc = 0;
    bool m_failed = false;
    bool m_complete = false;
};
