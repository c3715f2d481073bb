#!/usr/bin/env bash
# Streams 10,000 and 1,000,000 generated posts through `postlint check --format jsonl` (Release build) and reports
# wall time, CPU and peak memory from /usr/bin/time -v. Inputs go to /tmp, never into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/PostLint.Cli -c Release --nologo -v quiet
for count in 10000 1000000; do
  file="/tmp/postlint-posts-$count.jsonl"
  [ -f "$file" ] || dotnet run -c Release --project benchmarks/PostLint.Benchmarks -- --jsonl "$count" "$file"
  /usr/bin/time -v dotnet src/PostLint.Cli/bin/Release/net10.0/PostLint.Cli.dll check -i "$file" -f jsonl > /dev/null 2> "/tmp/postlint-time-$count.txt" || true
  echo "== $count posts ($(du -h "$file" | cut -f1))"
  grep -E "Elapsed \(wall|Maximum resident|Percent of CPU|User time|System time" "/tmp/postlint-time-$count.txt"
done
