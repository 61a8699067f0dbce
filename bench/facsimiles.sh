#!/usr/bin/env bash
# Times cutting page images into IIIF level-0 tiles (teikit html on an edition of page scans):
# 100 scans of 4000 x 5000 pixels (grey JPEG, made by bench/PageScans.java at bench time, never
# committed), one document pointing to them; a cold build (--clean), then a build with nothing
# changed, which takes every scan's tiles from the store (shown by a tile's inode staying the same).
# Wall time, CPU and peak memory (/usr/bin/time -v) for each; then the cold build again with the
# heap capped at 256 MB (JAVA_TOOL_OPTIONS=-Xmx256m), which a cutter that decoded whole scans
# (80 MB of pixels each, two at once) could not do.
# Usage: bench/facsimiles.sh [pages] [width] [height]   (default 100 4000 5000)
# Needs: /usr/bin/time. Writes only to a temporary folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-100}"
width="${2:-4000}"
height="${3:-5000}"
work=$(mktemp -d "${TMPDIR:-/tmp}/teikit-bench-facsimiles.XXXXXX")
trap 'rm -rf "$work"' EXIT

./teikit --version >/dev/null          # builds the jar and the class-data archive when stale
start=$(date +%s)
java bench/PageScans.java "$work/edition" "$pages" "$width" "$height"
echo "made $pages scans of ${width}x${height} in $(( $(date +%s) - start )) s:" \
  "$(du -sh "$work/edition/scans" | cut -f1) of JPEG"

run() { # label, then teikit's arguments
  local label=$1; shift
  /usr/bin/time -v ./teikit "$@" -q >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/out.txt" "$work/time.txt"; exit 1; }
  local wall cpu rss
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
  printf '%-28s wall %8s   cpu %7s s   peak %5s MB\n' "$label" "$wall" "$cpu" "$rss"
}

tile="$work/html/images/scans/scans/page-1/0,0,512,512/512,512/0/default.jpg"
run "cold (--clean)" html --clean "$work/edition" -o "$work/html"
before=$(stat -c %i "$tile")
tiles=$(find "$work/html/images" -name default.jpg | wc -l)
echo "  $tiles tiles, $(du -sh "$work/html/images" | cut -f1)"
run "nothing changed" html "$work/edition" -o "$work/html"
after=$(stat -c %i "$tile")
if [ "$before" = "$after" ]; then
  echo "  tiles reused: page 1's first tile is the same file (inode $after), linked from the store"
else
  echo "  tiles cut again: inode $before became $after"
fi
JAVA_TOOL_OPTIONS=-Xmx256m run "cold, heap capped at 256 MB" html --clean "$work/edition" -o "$work/html"
