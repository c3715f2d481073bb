#!/usr/bin/env bash
# Streams 10,000 and 1,000,000 generated posts through `postlint check --format jsonl` (Release build) and prints a
# markdown table of wall time, CPU use and peak memory from /usr/bin/time -v. Inputs go to /tmp, never into the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/PostLint.Cli -c Release --nologo -v quiet > /dev/null
dotnet build benchmarks/PostLint.Benchmarks -c Release --nologo -v quiet > /dev/null
echo "| posts | input | wall time | posts/s | CPU (of 200%) | user CPU | peak memory (RSS) |"
echo "|---|---|---|---|---|---|---|"
for count in 10000 1000000; do
  file="/tmp/postlint-posts-$count.jsonl"
  [ -f "$file" ] || dotnet run -c Release --no-build --project benchmarks/PostLint.Benchmarks -- --jsonl "$count" "$file"
  log="/tmp/postlint-time-$count.txt"
  /usr/bin/time -v dotnet src/PostLint.Cli/bin/Release/net10.0/PostLint.Cli.dll check -i "$file" -f jsonl > /dev/null 2> "$log" || true
  wall=$(grep "Elapsed (wall" "$log" | sed 's/.*: //')
  seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  cpu=$(grep "Percent of CPU" "$log" | sed 's/.*: //')
  user=$(grep "User time" "$log" | sed 's/.*: //')
  rss=$(grep "Maximum resident" "$log" | sed 's/.*: //')
  printf "| %d | %s | %s s | %.0f | %s | %s s | %d MB |\n" "$count" "$(du -h "$file" | cut -f1)" "$seconds" "$(awk -v c="$count" -v s="$seconds" 'BEGIN { print c / s }')" "$cpu" "$user" "$((rss / 1024))"
done
