#!/usr/bin/env bash
# Times the rendered console queue page (/console) of a running hub over HTTPS, for each filter and a deep page
# (followed through the "Next page" links, as a person would). Bounded: 3 untimed and N timed requests per URL.
# usage: console-queue-page.sh <hub REST base URL> <rounds> <curl arguments: --cacert …, -H "Cookie: exchange.web.<hub id>=…">
# See docs/benchmarks.md ("The officers' review queue …") for how the hub and the cookie are prepared.
set -euo pipefail
base=$1; rounds=$2; shift 2
queries=(
  "/console" "DEEP" "/console?criterion=learning_outcomes" "/console?origin_country=KZ" "/console?purpose=admission"
  "/console?overdue_only=true" "/console?assigned_to_me=true"
  "/console?criterion=level&origin_country=UA&purpose=admission&overdue_only=true"
)
echo "| page | median ms | p95 ms | bytes |"
echo "|---|---:|---:|---:|"
for q in "${queries[@]}"; do
  url="$base$q"; name="$q"
  if [[ $q == DEEP ]]; then
    url="$base/console"
    for _ in $(seq 200); do
      next=$(curl -s "$@" "$url" | grep -o 'href="[^"]*page_token=[^"]*" rel="next"' | head -1 | sed 's/href="//; s/" rel="next"//; s/&amp;/\&/g')
      url="$base$next"
    done
    name="/console, page 201 (cases 5,001–5,025)"
  fi
  for _ in 1 2 3; do curl -s "$@" -o /dev/null "$url"; done
  times=$(for _ in $(seq "$rounds"); do curl -s "$@" -o /dev/null -w "%{time_total}\n" "$url"; done | sort -n)
  median=$(echo "$times" | sed -n "$(( (rounds + 1) / 2 ))p")
  p95=$(echo "$times" | sed -n "$(( (rounds * 95 + 99) / 100 ))p")
  bytes=$(curl -s "$@" "$url" | wc -c)
  printf '| %s | %.1f | %.1f | %s |\n' "$name" "$(echo "$median * 1000" | bc)" "$(echo "$p95 * 1000" | bc)" "$bytes"
done
