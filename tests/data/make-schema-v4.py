#!/usr/bin/env python3
"""Rebuilds schema-v4.campaign: a file as version 4 of the schema wrote it (before campaign states), with a
2021 campaign that has an activity long past its deadline and a 2099 campaign not yet begun.
Past schema steps never change, so this fixture never needs rebuilding; the script documents how it was made."""
import os
import sqlite3
import sys

here = os.path.dirname(os.path.abspath(__file__))
sql = os.path.join(here, "..", "..", "resources", "sql")
out = os.path.join(here, "schema-v4.campaign")
if os.path.exists(out):
    os.remove(out)
con = sqlite3.connect(out)
for step in ("001_initial.sql", "002_unit_profile.sql", "003_report_sections.sql", "004_attachments.sql"):
    con.executescript(open(os.path.join(sql, step), encoding="utf-8").read())
con.execute("PRAGMA application_id = %d" % 0x43504C4E)
con.execute("PRAGMA user_version = 4")
rows = [
    "INSERT INTO campaign VALUES (1,'6f1c1f0e-8a51-4d7e-9b7e-1d2a3b4c5d6e',2021,'2021年全国“质量月”活动',"
    "'深入实施质量提升行动 大力推进质量强国建设','国市监质发〔2021〕51号','市场监管总局等20个部门','2021-08-20',"
    "'2021-09-01','2021-09-30',NULL,'市场监管总局（质量发展局）')",
    "INSERT INTO campaign VALUES (2,'6f1c1f0e-8a51-4d7e-9b7e-1d2a3b4c5d6f',2099,'2099年全国“质量月”活动',"
    "'','','',NULL,'2099-09-01','2099-09-30',NULL,'')",
    "INSERT INTO department VALUES (1,'a1b2c3d4-0000-4000-8000-000000000001',0,'办公室',0)",
    "INSERT INTO activity VALUES (1,'d0d0d0d0-0000-4000-8000-000000000001',1,NULL,'质量开放日',"
    "'','县城',1,'王伟','','2021-09-10','2021-09-12','2021-09-12',1,50,'',1630454400000,1630454400000)",
    "UPDATE unit_profile SET name = '某县市场监督管理局', region = '某县', level = 0",
]
for r in rows:
    con.execute(r)
con.commit()
con.execute("VACUUM")
con.close()
sys.exit(0)
