#include "ZipArchiveReader.h"

#include "ZipEntryReader.h"
#include "ZipIo.h"

#include <unzip.h>

ZipArchiveReader::ZipArchiveReader(QIODevice* input) : m_input(input) {}

ZipArchiveReader::~ZipArchiveReader()
{
    if (m_entry)
        (void)closeEntry(); // abandoned mid-entry: its CRC no longer matters
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
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return nullptr;
    // Raw: minizip hands over the compressed bytes and ZipEntryReader inflates and counts them itself.
    int method = 0;
    if (unzOpenCurrentFile2(m_zip, &method, nullptr, 1) != UNZ_OK)
        return nullptr;
    auto* entry = new ZipEntryReader(
        m_zip, {method, qint64(info.uncompressed_size), quint32(info.crc), (info.flag & 1) != 0});
    m_entry = entry;
    return m_entry;
}

bool ZipArchiveReader::closeEntry()
{
    const bool sound = !static_cast<ZipEntryReader*>(m_entry)->failed();
    delete m_entry;
    m_entry = nullptr;
    return unzCloseCurrentFile(m_zip) == UNZ_OK && sound;
}
