#!/usr/bin/python3
"""The layer rules a compiler cannot see (ARCHITECTURE.md): widgets never reach the storage layer,
never build undo commands of their own, the models never look services up at run time, and the
reports never depend on the report-package library above them.

Usage: check_layers.py SOURCE_DIR. Prints every breach as file:line and exits 1 when there is one."""

import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
storage = root / "app" / "storage"
storage_headers = {p.name for p in storage.rglob("*.h")}
package_headers = {p.name for p in (root / "app" / "package").rglob("*.h")}

include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')
rules_for_ui = [
    (re.compile(r"\bDatabase\b|\bdatabase\(\)"), "hands the raw Database to a widget"),
    (re.compile(r"\b\w+Repository\b"), "calls a repository"),
    (re.compile(r"\bQSql\w+|\bsqlite3_\w+"), "runs SQL"),
    (re.compile(r"\bQUndoCommand\b|\bWriteCommand\b|undoStack\(\)\s*->\s*push"),
     "makes an undo command (edits go through an editor in app/models)"),
]


def sources(folder):
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".h", ".cpp"):
            yield path


def code_lines(path):
    """Lines with // comments and string literals blanked, so prose cannot trip a rule."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = include.match(line)
        line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
        yield number, line.split("//", 1)[0], match.group(1) if match else None


breaches = []
for path in sources(root / "ui"):
    for number, line, included in code_lines(path):
        where = f"{path.relative_to(root)}:{number}"
        if included is not None:
            if included.startswith("storage/") or pathlib.PurePath(included).name in storage_headers:
                breaches.append(f"{where}: includes the storage header {included}")
            continue
        for pattern, what in rules_for_ui:
            if pattern.search(line):
                breaches.append(f"{where}: {what}: {line.strip()}")

# Services are built in the composition root and passed by constructor, not found on the workspace.
for path in sources(root / "app" / "models"):
    for number, line, included in code_lines(path):
        if re.search(r"\bfindChild(?:ren)?\s*<", line):
            breaches.append(f"{path.relative_to(root)}:{number}: looks a service up with findChild")
        if included is not None and (included.startswith("QtWidgets") or re.match(r"Q(Widget|Dialog|MessageBox)", included)):
            breaches.append(f"{path.relative_to(root)}:{number}: a model includes widgets: {included}")

# Reports are pure services below the package library: the package writes reports, not the reverse.
for path in sources(root / "app" / "reports"):
    for number, line, included in code_lines(path):
        if included is not None and (included.startswith("package/") or pathlib.PurePath(included).name in package_headers):
            breaches.append(f"{path.relative_to(root)}:{number}: a report includes the package header {included}")
for path in sorted((root / "app" / "reports").rglob("CMakeLists.txt")):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.search(r"\bcp_package\b", line.split("#", 1)[0]):
            breaches.append(f"{path.relative_to(root)}:{number}: a report library links cp_package")

# Every icon comes through Icons::named, and the program ships a drawing for each name it asks for.
icons = root / "resources" / "icons"
for folder in (root / "ui", root / "app"):
    for path in sources(folder):
        text = path.read_text(encoding="utf-8")
        if path.name != "Icons.cpp" and "QIcon::fromTheme" in text:
            breaches.append(f"{path.relative_to(root)}: asks the icon theme directly (use Icons::named)")
        for name in re.findall(r'Icons::named\(QStringLiteral\("([^"]+)"\)\)', text):
            if not (icons / f"{name}.svg").exists():
                breaches.append(f"{path.relative_to(root)}: no resources/icons/{name}.svg for {name}")

for breach in breaches:
    print(breach)
print(f"{len(breaches)} layer breach(es)")
sys.exit(1 if breaches else 0)
