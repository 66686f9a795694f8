#include "ZipArchiveReader.h"

#include "ZipIo.h"

#include <unzip.h>

namespace {
// Inflates the entry minizip has open; a read error surfaces as -1.
class EntryReader : public QIODevice
{
public:
    explicit EntryReader(unzFile zip) : m_zip(zip) { QIODevice::open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 size) override
    {
        const int n = unzReadCurrentFile(m_zip, data, unsigned(qMin<qint64>(size, 1 << 30)));
        if (n < 0)
            setErrorString(QStringLiteral("zip data error %1").arg(n));
        return n < 0 ? -1 : n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    unzFile m_zip;
};
} // namespace

ZipArchiveReader::ZipArchiveReader(QIODevice* input) : m_input(input) {}

ZipArchiveReader::~ZipArchiveReader()
{
    if (m_entry)
        closeEntry();
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchiveReader::open()
{
    zlib_filefunc64_def functions = ZipIo::functionsFor(m_input);
    m_zip = unzOpen2_64(m_input, &functions);
    return m_zip != nullptr;
}

bool ZipArchiveReader::first()
{
    const int rc = unzGoToFirstFile(m_zip);
    m_failed = rc != UNZ_OK && rc != UNZ_END_OF_LIST_OF_FILE;
    return rc == UNZ_OK;
}

bool ZipArchiveReader::next()
{
    const int rc = unzGoToNextFile(m_zip);
    m_failed = rc != UNZ_OK && rc != UNZ_END_OF_LIST_OF_FILE;
    return rc == UNZ_OK;
}

bool ZipArchiveReader::info(Info* out)
{
    unz_file_info64 info;
    char name[4096];
    if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
        info.size_filename >= sizeof name)
        return false;
    out->name = QString::fromUtf8(name, qsizetype(info.size_filename));
    out->size = qint64(info.uncompressed_size);
    out->packed = qint64(info.compressed_size);
    return true;
}

bool ZipArchiveReader::find(const QString& name)
{
    return unzLocateFile(m_zip, name.toUtf8().constData(), 1) == UNZ_OK;
}

QIODevice* ZipArchiveReader::openEntry()
{
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return nullptr;
    m_entry = new EntryReader(static_cast<unzFile>(m_zip));
    return m_entry;
}

bool ZipArchiveReader::closeEntry()
{
    delete m_entry;
    m_entry = nullptr;
    return unzCloseCurrentFile(m_zip) == UNZ_OK;
}
