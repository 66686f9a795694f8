#include "formats/ZipContainer.h"

#include "formats/FormatLimits.h"
#include "formats/FormatMessages.h"

#include <QCoreApplication>

#include <unzip.h>

namespace {
QIODevice* device(voidpf opaque)
{
    return static_cast<QIODevice*>(opaque);
}
voidpf ZCALLBACK open64(voidpf opaque, const void*, int)
{
    return opaque;
}
uLong ZCALLBACK readFn(voidpf, voidpf stream, void* buf, uLong size)
{
    const qint64 n = device(stream)->read(static_cast<char*>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}
uLong ZCALLBACK writeFn(voidpf, voidpf, const void*, uLong)
{
    return 0;
}
ZPOS64_T ZCALLBACK tell64(voidpf, voidpf stream)
{
    return ZPOS64_T(device(stream)->pos());
}
long ZCALLBACK seek64(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    QIODevice* d = device(stream);
    qint64 target = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        target += d->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        target += d->size();
    return target >= 0 && target <= d->size() && d->seek(target) ? 0 : -1;
}
int ZCALLBACK closeFn(voidpf, voidpf)
{
    return 0;
}
int ZCALLBACK errorFn(voidpf, voidpf)
{
    return 0;
}
} // namespace

ZipContainer::ZipContainer() = default;

ZipContainer::~ZipContainer()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipContainer::open(const QByteArray& data, QString* error)
{
    const QString damaged = QCoreApplication::translate(
        "TableReader", "The file is damaged or incomplete (its zip structure cannot be read).");
    m_data = data;
    m_buffer.setData(m_data);
    m_buffer.open(QIODevice::ReadOnly);
    zlib_filefunc64_def functions{&open64, &readFn,  &writeFn, &tell64,
                                  &seek64, &closeFn, &errorFn, &m_buffer};
    m_zip = unzOpen2_64(&m_buffer, &functions);
    if (!m_zip) {
        *error = damaged;
        return false;
    }
    unz_global_info64 global;
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK) {
        *error = damaged;
        return false;
    }
    if (global.number_entry > ZPOS64_T(FormatLimits::maxEntries)) {
        *error = QCoreApplication::translate(
            "TableReader", "The file has too many parts to be a document (possibly a zip bomb).");
        return false;
    }
    qint64 total = 0;
    int rc = unzGoToFirstFile(m_zip);
    while (rc == UNZ_OK) {
        unz_file_info64 info;
        char name[1024];
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
            info.size_filename >= sizeof name) {
            *error = damaged;
            return false;
        }
        if (info.flag & 1) {
            *error = FormatMessages::passwordProtected();
            return false;
        }
        const qint64 size = qint64(qMin<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(1) << 62));
        const qint64 packed = qint64(qMin<ZPOS64_T>(info.compressed_size, ZPOS64_T(1) << 62));
        total += size;
        if (size > FormatLimits::maxEntryBytes || total > FormatLimits::maxTotalBytes ||
            (size > FormatLimits::ratioFloor &&
             double(size) > FormatLimits::maxRatio * double(qMax<qint64>(packed, 1)))) {
            *error = QCoreApplication::translate(
                "TableReader",
                "The file unpacks to far more data than a document holds (possibly a zip bomb).");
            return false;
        }
        unz64_file_pos position;
        if (unzGetFilePos64(m_zip, &position) != UNZ_OK) {
            *error = damaged;
            return false;
        }
        m_entries.insert(QString::fromUtf8(name, qsizetype(info.size_filename)),
                         {qint64(position.pos_in_zip_directory), qint64(position.num_of_file), size});
        rc = unzGoToNextFile(m_zip);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE) {
        *error = damaged;
        return false;
    }
    return true;
}

bool ZipContainer::entry(const QString& name, QByteArray* out, QString* error)
{
    const QString damaged = QCoreApplication::translate(
        "TableReader", "The file is damaged or incomplete (a part of it cannot be unpacked).");
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd()) {
        *error = QCoreApplication::translate(
                     "TableReader", "The file is damaged or not a document of its kind (it lacks %1).")
                     .arg(name);
        return false;
    }
    m_inflated += it->size;
    if (m_inflated > FormatLimits::maxTotalBytes) {
        *error = QCoreApplication::translate(
            "TableReader", "The file unpacks to far more data than a document holds (possibly a zip bomb).");
        return false;
    }
    unz64_file_pos position{ZPOS64_T(it->position), ZPOS64_T(it->number)};
    if (unzGoToFilePos64(m_zip, &position) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK) {
        *error = damaged;
        return false;
    }
    // minizip stops at the declared size, which open() has bounded; it checks the CRC on close, so
    // data that inflates to more or fewer bytes than declared is refused either way.
    out->resize(it->size);
    qint64 done = 0;
    while (done < it->size) {
        const int n =
            unzReadCurrentFile(m_zip, out->data() + done, unsigned(qMin<qint64>(it->size - done, 1 << 20)));
        if (n <= 0)
            break;
        done += n;
    }
    char probe;
    const bool extra = done == it->size && unzReadCurrentFile(m_zip, &probe, 1) != 0;
    const int closed = unzCloseCurrentFile(m_zip);
    if (done != it->size || extra || closed != UNZ_OK) {
        out->clear();
        *error = damaged;
        return false;
    }
    return true;
}
