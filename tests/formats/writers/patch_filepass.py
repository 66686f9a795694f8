"""Marks an Excel 97 workbook (written by LibreOffice) as password-protected the way Excel does: a
FILEPASS record (0x002F) right after the workbook's BOF. The WRITEACCESS record LibreOffice puts there
is renamed in place, so no stream changes length. Usage: patch_filepass.py SOURCE.xls TARGET.xls"""
import sys

data = bytearray(open(sys.argv[1], "rb").read())
bof = data.find(b"\x09\x08\x10\x00")  # BIFF8 BOF, 16 bytes
record = data.find(b"\x5c\x00\x70\x00", bof)  # WRITEACCESS, 112 bytes
if bof < 0 or record < 0 or record - bof > 64:
    sys.exit("no BOF/WRITEACCESS pair found")
data[record:record + 2] = b"\x2f\x00"
open(sys.argv[2], "wb").write(bytes(data))
