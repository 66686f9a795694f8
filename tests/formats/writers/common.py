"""Helpers shared by the input writers: minimal zips written with Python's zipfile, and hostile
variants (an entry flagged as encrypted, a truncated copy, a crafted OLE2 encrypted package)."""
import struct
import zipfile


def write_zip(path, entries, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in entries:
            z.writestr(name, data)


def flag_encrypted(source, target):
    data = bytearray(open(source, "rb").read())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset] |= 1
            at = data.find(signature, at + 4)
    open(target, "wb").write(bytes(data))


def truncate(source, target):
    data = open(source, "rb").read()
    open(target, "wb").write(data[: len(data) // 2])


def ole2_encrypted_package(target):
    """A compound file with the streams Office writes for a password-protected .xlsx/.docx."""
    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    header += struct.pack("<I", 0)
    header += struct.pack("<I", 0xFFFFFFFF) * 108
    fat = struct.pack("<IIII", 0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE, 0xFFFFFFFE) + b"\xff" * (512 - 16)

    def entry(name, kind, child, start, size):
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child) + b"\0" * 16 + b"\0" * 4
                + b"\0" * 16 + struct.pack("<IIQ", start, size, 0)[:12])

    directory = (entry("Root Entry", 5, 1, 0xFFFFFFFE, 0) + entry("EncryptedPackage", 2, 0xFFFFFFFF, 2, 512)
                 + entry("EncryptionInfo", 2, 0xFFFFFFFF, 3, 512) + b"\0" * 128)
    open(target, "wb").write(bytes(header) + fat + directory + b"\x42" * 1024)
