#!/usr/bin/env bash
# Times `teikit diff` on two revisions of the largest FRUS volume against `teikit validate` on
# the volume itself, the two run by turns, and prints the ratio (target: diff under 2x validate).
# Two revisions are made in a temporary folder (never in the project):
#   editor:   a name tagged, a date attribute fixed, a word corrected, a footnote moved;
#   encoding: an encoding pass, every plain " President " and " Soviet " tagged (hundreds of elements).
# Usage: bench/diff.sh [runs] [volume]   (default 5 runs, the median reported; default volume: the
# largest file of ../shared/corpora/frus, frus1977-80v01.xml, 3.9 MB)
# Needs: python3 and /usr/bin/time (through bench/turns.sh). Results: see bench/README.md.
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

. bench/turns.sh
echo "volume: $volume ($(du -k "$volume" | cut -f1) KB); $(nproc) cores; runs: $runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  case $1 in
    validate)      wall ./teikit validate "$volume" ;;
    diff-editor)   wall ./teikit diff "$volume" "$work/editor.xml" ;;
    diff-encoding) wall ./teikit diff "$volume" "$work/encoding.xml" ;;
  esac
}
take_turns "$runs" validate diff-editor diff-encoding
awk -v d="$t_diff_editor" -v e="$t_diff_encoding" -v v="$t_validate" -v dc="$c_diff_editor" -v ec="$c_diff_encoding" -v vc="$c_validate" \
  'BEGIN {printf "ratio diff/validate (wall): editor %.2f, encoding %.2f; (CPU): editor %.2f, encoding %.2f (target < 2)\n", d / v, e / v, dc / vc, ec / vc}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
