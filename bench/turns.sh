# Sourced by the bench scripts: commands timed by turns, run by run, so that a change in the
# machine's load falls on all of them; each reported by its median wall time, its median CPU time
# (user + sys: on a shared machine the steadier figure) and its peak memory.
# Use: define run TOOL (the command for each tool, through `wall`), then take_turns RUNS TOOL...;
# afterwards t_TOOL and c_TOOL hold each tool's median wall and CPU seconds (- in names becomes _).

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# wall seconds, CPU seconds, peak KB of one command
wall() { { /usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null || true; } | tail -1 | awk '{print $1, $2 + $3, $4}'; }

take_turns() {
  local runs=$1 tool i w c m t
  shift
  local -A times=() cpus=() mem=()
  for ((i = 0; i < runs; i++)); do
    for tool in "$@"; do
      read -r w c m <<< "$(run "$tool")"
      times[$tool]+="$w "; cpus[$tool]+="$c "; (( m > ${mem[$tool]:-0} )) && mem[$tool]=$m
    done
  done
  for tool in "$@"; do
    t=$(printf '%s\n' ${times[$tool]} | median)
    c=$(printf '%s\n' ${cpus[$tool]} | median)
    printf '%-14s %6.2f s wall  %6.2f s CPU  peak %4d MB   (walls: %s)\n' "$tool" "$t" "$c" $((mem[$tool] / 1024)) "${times[$tool]% }"
    declare -g "t_${tool//-/_}=$t" "c_${tool//-/_}=$c"
  done
}
