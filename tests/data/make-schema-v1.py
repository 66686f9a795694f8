#!/usr/bin/env python3
"""Rebuilds schema-v1.campaign: a file exactly as version 1 of the schema wrote it, with one row per table.
Past schema steps never change, so this fixture never needs rebuilding; the script documents how it was made."""
import os
import sqlite3
import sys

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "schema-v1.campaign")
if os.path.exists(out):
    os.remove(out)
con = sqlite3.connect(out)
con.executescript(open(os.path.join(here, "..", "..", "resources", "sql", "001_initial.sql"), encoding="utf-8").read())
con.execute("PRAGMA application_id = %d" % 0x43504C4E)
con.execute("PRAGMA user_version = 1")
rows = [
    "INSERT INTO campaign VALUES (1,'6f1c1f0e-8a51-4d7e-9b7e-1d2a3b4c5d6e',2021,'2021年全国“质量月”活动',"
    "'深入实施质量提升行动 大力推进质量强国建设','国市监质发〔2021〕51号','市场监管总局等20个部门','2021-08-20',"
    "'2021-09-01','2021-09-30',NULL,'市场监管总局（质量发展局）')",
    "INSERT INTO pillar VALUES (1,'0b7a2f4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',1,0,'开展质量主题宣传，倡导质量第一意识',"
    "'质量宣传','开展质量主题宣传，倡导质量第一意识。','#C0392B')",
    "INSERT INTO department VALUES (1,'a1b2c3d4-0000-4000-8000-000000000001',0,'办公室',0)",
    "INSERT INTO department VALUES (2,'a1b2c3d4-0000-4000-8000-000000000002',1,'质量安全监督管理股',0)",
    "INSERT INTO metric VALUES (1,'c0ffee00-0000-4000-8000-000000000001',1,0,'发放宣传资料','份')",
    "INSERT INTO slogan VALUES (1,1,0,'坚持质量第一 建设质量强国')",
    "INSERT INTO activity VALUES (1,'d0d0d0d0-0000-4000-8000-000000000001',1,1,'制作、群发“质量月”公益宣传手机短信10000条',"
    "'','县城',2,'王伟','13800000000','2021-09-01','2021-09-02','2021-09-03',2,100,'',1630454400000,1630454400000)",
    "INSERT INTO activity_assist VALUES (1,1)",
    "INSERT INTO activity_figure VALUES (1,1,20000,1,21000,1)",
]
for r in rows:
    con.execute(r)
con.commit()
con.execute("VACUUM")
con.close()
sys.exit(0)
