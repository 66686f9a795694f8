#!/usr/bin/env python3
"""Fails when a user-visible string has no zh_CN translation.

Copies the committed zh_CN .ts to a scratch folder, runs lupdate over app/ and ui/ into the copy
(so strings added since the last `update_translations` show up as unfinished), then reports:
  - messages that are unfinished or empty (including empty plural forms),
  - translations that lost a placeholder (%1..%9, %n) or an &accelerator,
  - tr() calls lupdate cannot attribute to any context (those are never translated),
  - files whose tr() helper translates in another context than the one lupdate files them under.
The English file (optional EN_TS) holds only the plural (%n) messages; they must be finished too.
usage: check_translations.py LUPDATE LRELEASE SOURCE_DIR ZH_TS [EN_TS]
"""
import pathlib, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

lupdate, lrelease, source, committed = sys.argv[1:5]
english = sys.argv[5] if len(sys.argv) > 5 else None
source = pathlib.Path(source)
problems = []

with tempfile.TemporaryDirectory() as tmp:
    ts = pathlib.Path(tmp) / "campaign-planner_zh_CN.ts"
    shutil.copy(committed, ts)
    run = subprocess.run([lupdate, str(source / "app"), str(source / "ui"), "-no-obsolete",
                          "-locations", "absolute", "-ts", str(ts)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit("lupdate failed:\n" + run.stdout + run.stderr)
    for line in (run.stdout + run.stderr).splitlines():
        if "cannot be called without context" in line:
            problems.append("not translatable (tr() without a class or namespace): " + line)

    wrapper = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*[^)]*\)\s*\{\s*return\s+'
                         r'QCoreApplication::translate\(\s*"([^"]+)"')
    helper_context = {}
    for path in list(source.glob("app/**/*.cpp")) + list(source.glob("ui/**/*.cpp")):
        m = wrapper.search(path.read_text(encoding="utf-8", errors="replace"))
        if m:
            helper_context[str(path.resolve())] = m.group(1)

    messages = 0
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            messages += 1
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            where = f"{name}: {src!r}"
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
                problems.append("no zh_CN translation: " + where)
                continue
            for ph in set(re.findall(r"%(?:[1-9]|n)", src)):
                if not all(ph in f for f in forms):
                    problems.append(f"translation lost {ph}: {where}")
            if re.search(r"&[A-Za-z]", src) and not all(re.search(r"&[A-Za-z]", f) for f in forms):
                problems.append("translation lost its &accelerator: " + where)
            for loc in msg.iter("location"):
                file = str((ts.parent / loc.get("filename")).resolve())
                wanted = helper_context.get(file)
                if wanted and wanted != name:
                    problems.append(f"{loc.get('filename')}: lupdate files {src!r} under {name!r} but "
                                    f"the file's tr() translates in {wanted!r}")

    if messages < 100:
        problems.append(f"only {messages} messages found: is lupdate reading the sources?")
    out = subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))],
                         capture_output=True, text=True)
    summary = re.search(r"(\d+) finished and (\d+) unfinished", out.stdout + out.stderr)
    if not summary or summary.group(2) != "0":
        problems.append("lrelease: " + (out.stdout + out.stderr).strip())

    if english:
        en = pathlib.Path(tmp) / "campaign-planner_en.ts"
        shutil.copy(english, en)
        subprocess.run([lupdate, str(source / "app"), str(source / "ui"), "-no-obsolete", "-pluralonly",
                        "-locations", "none", "-ts", str(en)], capture_output=True, check=True)
        for context in ET.parse(en).getroot().iter("context"):
            for msg in context.iter("message"):
                forms = [f.text or "" for f in msg.find("translation").findall("numerusform")]
                if msg.find("translation").get("type") == "unfinished" or len(forms) < 2 \
                        or not all("%n" in f for f in forms):
                    problems.append(f"no English plural forms: {context.findtext('name')}: "
                                    f"{msg.findtext('source')!r}")

print(f"{messages} messages checked")
if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s). Run: cmake --build <dir> --target update_translations, "
          "then translate the unfinished messages in translations/*.ts.")
    sys.exit(1)
print("zh_CN (and English plural) translations complete")
