#include "ZipArchiveWriter.h"

#include "ZipIo.h"

#include "domain/WriteFailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <zip.h>

namespace {
// Forwards writes to the entry minizip has open, in chunks of at least kChunk bytes: an XML writer
// hands over a few bytes per call, and each call into minizip costs a CRC and a deflate round.
class EntryWriter : public QIODevice
{
public:
    EntryWriter(zipFile zip, const QIODevice* output) : m_zip(zip), m_output(output)
    {
        QIODevice::open(QIODevice::WriteOnly);
    }

    // Hands what is gathered to minizip; false when it refused.
    bool flush()
    {
        const bool ok = forward(m_pending.constData(), m_pending.size());
        m_pending.clear();
        return ok;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_pending.size() + size < kChunk) {
            m_pending.append(data, size);
            return size;
        }
        if (!flush() || !forward(data, size))
            return -1;
        return size;
    }

private:
    static constexpr qint64 kChunk = 256 * 1024;

    bool forward(const char* data, qint64 size)
    {
        qint64 done = 0;
        while (done < size) {
            const unsigned part = unsigned(qMin<qint64>(size - done, 1 << 30));
            if (zipWriteInFileInZip(m_zip, data + done, part) != ZIP_OK) {
                setErrorString(WriteFailure::reason(*m_output)); // the file's reason (a full disk)
                return false;
            }
            done += part;
        }
        return true;
    }

    zipFile m_zip;
    const QIODevice* m_output;
    QByteArray m_pending;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("ZipArchiveWriter", text);
}
} // namespace

ZipArchiveWriter::ZipArchiveWriter(QIODevice* output, bool zip64) : m_output(output), m_zip64(zip64) {}

ZipArchiveWriter::~ZipArchiveWriter()
{
    delete m_entry;
    if (m_zip)
        zipClose(m_zip, nullptr);
}

bool ZipArchiveWriter::open()
{
    zlib_filefunc64_def functions = ZipIo::functionsFor(m_output);
    m_zip = zipOpen2_64(m_output, APPEND_STATUS_CREATE, nullptr, &functions);
    if (!m_zip)
        m_error = tr("The zip file cannot be started.");
    return m_zip != nullptr;
}

bool ZipArchiveWriter::begin(const QString& name, bool compress)
{
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()),    uInt(now.time().hour()),
                     uInt(now.date().day()),    uInt(now.date().month() - 1), uInt(now.date().year())};
    info.external_fa = 0644u << 16; // rw-r--r-- for unzip on Unix
    const QByteArray utf8 = name.toUtf8();
    // flagBase bit 11: the name is UTF-8, so other tools show Chinese names correctly.
    const int rc = zipOpenNewFileInZip4_64(m_zip, utf8.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                           compress ? Z_DEFLATED : 0, compress ? Z_DEFAULT_COMPRESSION : 0, 0,
                                           -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, nullptr, 0, (3 << 8) | 63,
                                           1 << 11, m_zip64 ? 1 : 0);
    if (rc != ZIP_OK) {
        m_error = tr("The zip entry %1 cannot be started (error %2).").arg(name).arg(rc);
        return false;
    }
    m_entry = new EntryWriter(static_cast<zipFile>(m_zip), m_output);
    return true;
}

bool ZipArchiveWriter::end()
{
    const bool flushed = !m_entry || static_cast<EntryWriter*>(m_entry)->flush();
    const QString reason = m_entry ? m_entry->errorString() : QString();
    delete m_entry;
    m_entry = nullptr;
    const int rc = zipCloseFileInZip(m_zip);
    if (!flushed) {
        m_error = reason.isEmpty() ? tr("The zip entry cannot be written.") : reason;
        return false;
    }
    if (rc == ZIP_ERRNO)
        m_error = WriteFailure::reason(*m_output);
    else if (rc != ZIP_OK)
        m_error = tr("The zip entry cannot be finished (error %1).").arg(rc);
    return rc == ZIP_OK;
}

bool ZipArchiveWriter::close()
{
    const int rc = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (rc == ZIP_ERRNO)
        m_error = WriteFailure::reason(*m_output);
    else if (rc != ZIP_OK)
        m_error = tr("The zip file cannot be finished (error %1).").arg(rc);
    return rc == ZIP_OK;
}
