#!/usr/bin/env python3
"""Rebuilds schema-v7.campaign: a file as version 7 of the schema wrote it (before bulletins), with a 2021
campaign, a completed activity with figures and a partner, a summary section with the user's text.
Past schema steps never change, so this fixture never needs rebuilding; the script documents how it was made."""
import os
import sqlite3
import sys

here = os.path.dirname(os.path.abspath(__file__))
sql = os.path.join(here, "..", "..", "resources", "sql")
out = os.path.join(here, "schema-v7.campaign")
if os.path.exists(out):
    os.remove(out)
con = sqlite3.connect(out)
for step in sorted(f for f in os.listdir(sql) if f[:3].isdigit() and int(f[:3]) <= 7):
    con.executescript(open(os.path.join(sql, step), encoding="utf-8").read())
con.execute("PRAGMA application_id = %d" % 0x43504C4E)
con.execute("PRAGMA user_version = 7")
rows = [
    "INSERT INTO campaign (id, uuid, year, title, theme, document_number, issuing_body, issued_on, start_date, "
    "end_date, summary_deadline, recipient, state) VALUES (1,'6f1c1f0e-8a51-4d7e-9b7e-1d2a3b4c5d70',2021,"
    "'2021年全国“质量月”活动','深入实施质量提升行动 大力推进质量强国建设','国市监质发〔2021〕51号',"
    "'市场监管总局等20个部门','2021-08-20','2021-09-01','2021-09-30',NULL,'市场监管总局（质量发展局）',3)",
    "INSERT INTO metric (id, uuid, campaign_id, position, name, unit) VALUES "
    "(1,'b0b0b0b0-0000-4000-8000-000000000071',1,0,'发放宣传资料','份')",
    "INSERT INTO department VALUES (1,'a1b2c3d4-0000-4000-8000-000000000011',0,'质量发展股',0)",
    "INSERT INTO department VALUES (2,'a1b2c3d4-0000-4000-8000-000000000012',1,'县教育局',0)",
    "INSERT INTO activity (id, uuid, campaign_id, title, description, location, lead_department_id, owner, "
    "start_date, end_date, deadline, status, progress, created_ms, updated_ms) VALUES "
    "(1,'d0d0d0d0-0000-4000-8000-000000000071',1,'质量开放日','通过现场参观、讲解演示等方式开展。','县检验检测中心',"
    "1,'王伟','2021-09-10','2021-09-10','2021-09-12',2,100,1630454400000,1630454400000)",
    "INSERT INTO activity_assist VALUES (1, 2)",
    "INSERT INTO activity_figure VALUES (1, 1, 1000, 0, 1532, 0)",
    "INSERT INTO report_section (campaign_id, position, title, body) VALUES (1,0,'基本情况','县局高度重视。')",
    "UPDATE unit_profile SET name = '某县市场监督管理局', region = '某县', level = 0",
]
for r in rows:
    con.execute(r)
con.commit()
con.execute("VACUUM")
con.close()
sys.exit(0)
