#!/usr/bin/env bash
# Times `teikit build` and `teikit serve`, and the same work done the way users do it today, in
# the same run:
#   1. a full `teikit build --clean` of FRUS (102 files): wall, CPU, MB/s, peak memory; then the
#      same build with nothing changed;
#   2. a cold `teikit validate` of one document;
#   3. a 20-document edition (the first 20 files of frus-history/documents, copied to a temporary
#      folder at bench time): a clean build, a build with nothing changed, a build after one
#      document changed; against `jing` over the same 20 files and the Saxon-HE command line run
#      once per file with our web stylesheet (what a Makefile does);
#   4. `teikit serve` on that edition: from saving the changed document to the reload event, and
#      to the page with the change fetched.
# Usage: bench/build.sh [runs]   (default 3; medians are reported, peak memory is the maximum)
#        SECTIONS="edition serve" bench/build.sh 3   runs only those of: frus edition serve
# Needs: jing, python3, /usr/bin/time. Writes only to a temporary folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
sections=" ${SECTIONS:-frus edition serve} "
frus=../shared/corpora/frus
documents=$frus/frus-history/documents
changed_name=1957-03-21-kennan-to-leopold.xml
work=$(mktemp -d "${TMPDIR:-/tmp}/teikit-bench-build.XXXXXX")
serve_pid=
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

./teikit --version >/dev/null          # builds the jar and the class-data archive when stale
mapfile -t frus_files < <(find "$frus" -name '*.xml' | sort)
mb_of() { du -cb "$@" | tail -1 | awk '{printf "%.1f", $1/1048576}'; }
frus_mb=$(mb_of "${frus_files[@]}")
mkdir "$work/edition"
mapfile -t twenty < <(find "$documents" -name '*.xml' | sort | head -20)
cp "${twenty[@]}" "$work/edition/"
chmod u+w "$work"/edition/*.xml
edition_mb=$(mb_of "$work"/edition/*.xml)
changed=$work/edition/$changed_name

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# one run of a command: "wall cpu peak-kB" (a command that reports errors, exit 1, still counts)
measure() { /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/time" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'; }
# prints "label  wall  cpu  peak" over $runs runs; before_each (a function name) runs before each
report() {
  local label=$1 before=$2; shift 2
  local walls=() cpus=() peak=0 r
  for ((i = 0; i < runs; i++)); do
    [ "$before" = - ] || "$before"
    r=$(measure "$@")
    read -r w c m <<<"$r"
    walls+=("$w"); cpus+=("$c"); ((m > peak)) && peak=$m
  done
  w=$(printf '%s\n' "${walls[@]}" | median); c=$(printf '%s\n' "${cpus[@]}" | median)
  printf '%-44s %7.2f s wall %7.2f s CPU %6d MB peak\n' "$label" "$w" "$c" $((peak / 1024))
  last_wall=$w
}
edit_count=0
change_one() {   # a real change of content, different each time
  edit_count=$((edit_count + 1))
  python3 - "$changed" "bench-edit-$edit_count-$$" <<'EOF'
import re, sys
path, marker = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
head, body = text.split("<body", 1)
body = re.sub(r"<p>(?:bench-edit-\S+ )?", "<p>" + marker + " ", body, count=1)
open(path, "w", encoding="utf-8").write(head + "<body" + body)
EOF
}
saxon_each() {   # the Saxon-HE command line once per file with our web stylesheet
  local ns='https://teikit.org/ns/xslt' f
  for f in "$work"/edition/*.xml; do
    java -cp target/teikit.jar net.sf.saxon.Transform -s:"$f" -xsl:xslt/html/edition.xsl \
      -im:"{$ns}document" "+{$ns}source=$f" "{$ns}document-name=$(basename "$f")" \
      -o:"$work/saxon/$(basename "$f" .xml).xml"
  done
}

echo "$(date -u +%FT%TZ); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); runs: $runs"
echo "FRUS: ${#frus_files[@]} files, $frus_mb MB; edition: 20 files, $edition_mb MB"
if [[ $sections == *" frus "* ]]; then
echo
echo "== FRUS"
report "teikit build --clean (validate, html, pdf)" - ./teikit build -q --clean -o "$work/frus" "$frus"
awk -v mb="$frus_mb" -v t="$last_wall" 'BEGIN {printf "%-44s %7.2f MB/s\n", "  throughput", mb / t}'
report "teikit build, nothing changed" - ./teikit build -q -o "$work/frus" "$frus"
report "jing schema/teikit.rng, the same files" - jing schema/teikit.rng "${frus_files[@]}"
report "cold teikit validate, one document" - ./teikit validate -q "$documents/$changed_name"
rm -rf "$work/frus"
fi
if [[ $sections == *" edition "* ]]; then
echo
echo "== 20-document edition"
report "teikit build --clean" - ./teikit build -q --clean -o "$work/out" "$work/edition"
report "teikit build, nothing changed" - ./teikit build -q -o "$work/out" "$work/edition"
report "teikit build, one document changed" change_one ./teikit build -q -o "$work/out" "$work/edition"
report "teikit html --clean (web edition only)" - ./teikit html -q --clean -o "$work/html" "$work/edition"
html_wall=$last_wall
report "jing schema/teikit.rng, the same 20 files" - jing schema/teikit.rng "$work"/edition/*.xml
mkdir -p "$work/saxon"
runs_saved=$runs; runs=1
report "Saxon-HE command line once per file (html)" - saxon_each
runs=$runs_saved
awk -v s="$last_wall" -v h="$html_wall" 'BEGIN {printf "%-44s %7.1f x\n", "  teikit html faster than Saxon per file", s / h}'
fi
[[ $sections == *" serve "* ]] || exit 0
echo
echo "== teikit serve on the 20-document edition"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./teikit serve --port "$port" -o "$work/serve/html" "$work/edition" >"$work/serve.log" 2>&1 &
serve_pid=$!
python3 - "$port" "$changed" "$runs" "$serve_pid" <<'EOF'
import re, socket, sys, time, urllib.request

port, path, runs, pid = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
page = "doc/" + path.rsplit("/", 1)[1][:-4] + ".html"

def cpu_seconds():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / 100

def wait_idle():   # the first build and the JIT warm-up passes are over
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            break
        except OSError:
            time.sleep(0.5)
    last = -1.0
    while time.time() < deadline:
        now = cpu_seconds()
        if now - last < 0.05:
            return
        last = now
        time.sleep(1)

def open_events():
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /_teikit/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    return s, s.makefile("rb")

def wait_event(stream, name):
    for line in stream:
        if line.strip() == b"event: " + name:
            return

wait_idle()
reload, fetched = [], []
for i in range(runs):
    marker = f"serve-edit-{i}-{time.time_ns()}"
    sock, stream = open_events()
    wait_event(stream, b"hello")
    head, body = open(path, encoding="utf-8").read().split("<body", 1)
    text = head + "<body" + re.sub(r"<p>(?:\S+-edit-\S+ )?", "<p>" + marker + " ", body, count=1)
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    wait_event(stream, b"reload")
    reload.append(time.perf_counter() - start)
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/{page}").read().decode()
    fetched.append(time.perf_counter() - start)
    sock.close()
    assert marker in body, "the reloaded page lacks the change"
    time.sleep(1)
median = lambda xs: sorted(xs)[len(xs) // 2]
print(f"{'save to reload event (median of %d)' % runs:44} {median(reload):7.2f} s")
print(f"{'save to the changed page fetched':44} {median(fetched):7.2f} s")
print(f"{'serve process CPU so far':44} {cpu_seconds():7.2f} s")
EOF
peak=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$serve_pid/status")   # the launcher execs java
printf '%-44s %7s MB\n' "serve peak memory" "$peak"
