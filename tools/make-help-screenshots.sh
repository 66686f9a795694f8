#!/bin/bash
# Makes the user guide's screenshots (resources/help/images/*.png) from the real program, offscreen,
# so they never go stale: a generated 2023 demo file shown as of 15 September, Chinese interface.
# Usage: tools/make-help-screenshots.sh [BUILD_DIR]   (default build/dev; build campaign-planner first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app=${1:-$root/build/dev}/app/cli/campaign-planner
[ -x "$app" ] || { echo "no program at $app; build the campaign-planner target first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private settings and data folder: the user's own settings and recent files stay as they are.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work"
export LANG=zh_CN.UTF-8 LANGUAGE=zh_CN QT_QPA_PLATFORM=offscreen
unset LC_ALL DISPLAY WAYLAND_DISPLAY
"$app" demo "$work/示例.campaign" --year 2023 --activities 60 --seed 4 >/dev/null
mkdir "$work/shots"
"$app" "$work/示例.campaign" --screenshots "$work/shots"
out="$root/resources/help/images"
mkdir -p "$out"
for png in "$work"/shots/*.png; do
  name=$(basename "$png")
  [ "$name" = help-window.png ] && continue # a look at the guide itself, not part of it
  cp "$png" "$out/$name"
done
# Keep a copy of the guide window for review next to the build, not in the sources.
cp "$work/shots/help-window.png" "${1:-$root/build/dev}/help-window.png"
ls -1 "$out"
