#!/usr/bin/env bash
# Times `teikit diff` on two revisions of the largest FRUS volume against `teikit validate` on
# the volume itself, the two run by turns, and prints the ratio (target: diff under 2x validate).
# Two revisions are made in a temporary folder (never in the project):
#   editor:   a name tagged, a date attribute fixed, a word corrected, a footnote moved;
#   encoding: an encoding pass, every plain " President " and " Soviet " tagged (hundreds of elements).
# Usage: bench/diff.sh [runs] [volume]   (default 5 runs, the median reported; default volume: the
# largest file of ../shared/corpora/frus, frus1977-80v01.xml, 3.9 MB)
# Needs: python3 and /usr/bin/time. Results: see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
volume="${2:-$(find ../shared/corpora/frus -name '*.xml' -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$volume" "$work" <<'PY'
import sys
src, out = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
import re
# the first of each: a plain name in running text, a dated element, a word, a footnote with an id
editor = re.sub(r"(<p>[^<]*?) (Nixon|President|Secretary) ", r'\1 <persName>\2</persName> ', text, count=1)
date = re.search(r'when="(\d{4})-(\d\d)-(\d\d)"', editor)
editor = editor[:date.start()] + 'when="%s-%s-%02d"' % (date[1], date[2], int(date[3]) % 28 + 1) + editor[date.end():]
editor = re.sub(r"(<p>[^<]*?) the ", r"\1 teh ", editor, count=1)
note = re.search(r'<note [^>]*xml:id="[^"]*"[^>]*>.*?</note>', editor, re.S)
editor = editor[:note.start()] + editor[note.end():]
after = editor.index("</p>", editor.index("</p>", note.start()) + 1)
editor = editor[:after] + note[0] + editor[after:]
open(out + "/editor.xml", "w", encoding="utf-8").write(editor)
encoding = text.replace(" President ", " <persName>President</persName> ").replace(" Soviet ", " <placeName>Soviet</placeName> ")
open(out + "/encoding.xml", "w", encoding="utf-8").write(encoding)
PY

[ -f target/teikit.jar ] || mvn -q -DskipTests package
./teikit validate "$volume" >/dev/null 2>&1 || true   # class-data archive
./teikit diff "$volume" "$work/editor.xml" | tail -2
./teikit diff -q "$volume" "$work/encoding.xml" | tail -1
./teikit diff "$volume" "$work/encoding.xml" | tail -2 | head -1

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# wall seconds, CPU seconds (user + sys: on a shared machine the steadier figure), peak KB
wall() { { /usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null || true; } | tail -1 | awk '{print $1, $2 + $3, $4}'; }

echo "volume: $volume ($(du -k "$volume" | cut -f1) KB); $(nproc) cores; runs: $runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
tools=(validate diff-editor diff-encoding)
declare -A times cpus mem
# the commands take turns run by run, so that a change in the machine's load falls on all of them
for ((i = 0; i < runs; i++)); do
  for tool in "${tools[@]}"; do
    case $tool in
      validate)      r=$(wall ./teikit validate "$volume") ;;
      diff-editor)   r=$(wall ./teikit diff "$volume" "$work/editor.xml") ;;
      diff-encoding) r=$(wall ./teikit diff "$volume" "$work/encoding.xml") ;;
    esac
    read -r w c m <<< "$r"
    times[$tool]+="$w "; cpus[$tool]+="$c "; (( m > ${mem[$tool]:-0} )) && mem[$tool]=$m
  done
done
for tool in "${tools[@]}"; do
  t=$(printf '%s\n' ${times[$tool]} | median)
  c=$(printf '%s\n' ${cpus[$tool]} | median)
  printf '%-14s %6.2f s wall  %6.2f s CPU  peak %4d MB   (walls: %s)\n' "$tool" "$t" "$c" $((mem[$tool] / 1024)) "${times[$tool]% }"
  declare "t_${tool//-/_}=$t" "c_${tool//-/_}=$c"
done
awk -v d="$t_diff_editor" -v e="$t_diff_encoding" -v v="$t_validate" -v dc="$c_diff_editor" -v ec="$c_diff_encoding" -v vc="$c_validate" \
  'BEGIN {printf "ratio diff/validate (wall): editor %.2f, encoding %.2f; (CPU): editor %.2f, encoding %.2f (target < 2)\n", d / v, e / v, dc / vc, ec / vc}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
