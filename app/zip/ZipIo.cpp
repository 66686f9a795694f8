#include "ZipIo.h"

#include <QIODevice>

namespace ZipIo {

namespace {
QIODevice* device(voidpf opaque)
{
    return static_cast<QIODevice*>(opaque);
}

voidpf ZCALLBACK open64(voidpf opaque, const void*, int)
{
    return device(opaque)->isOpen() ? opaque : nullptr;
}

uLong ZCALLBACK read(voidpf, voidpf stream, void* buf, uLong size)
{
    const qint64 n = device(stream)->read(static_cast<char*>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK write(voidpf, voidpf stream, const void* buf, uLong size)
{
    const qint64 n = device(stream)->write(static_cast<const char*>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
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
    return d->seek(target) ? 0 : -1;
}

// The caller owns the device (QSaveFile must be committed or cancelled by it), so closing is a no-op.
int ZCALLBACK close(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK error(voidpf, voidpf stream)
{
    return device(stream)->isOpen() ? 0 : 1;
}
} // namespace

zlib_filefunc64_def functionsFor(QIODevice* d)
{
    zlib_filefunc64_def f;
    f.zopen64_file = &open64;
    f.zread_file = &read;
    f.zwrite_file = &write;
    f.ztell64_file = &tell64;
    f.zseek64_file = &seek64;
    f.zclose_file = &close;
    f.zerror_file = &error;
    f.opaque = d;
    return f;
}

} // namespace ZipIo
