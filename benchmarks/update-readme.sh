#!/usr/bin/env bash
# Copies BenchmarkDotNet's github-markdown reports (benchmarks/results/, written by the benchmark program) into
# benchmarks/README.md between the results markers, one section per benchmark class.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import pathlib, re
readme = pathlib.Path("README.md")
order = ["CheckBenchmarks", "ComponentBenchmarks", "PhraseScalingBenchmarks", "BatchBenchmarks",
         "StartupColdBenchmarks", "StartupWarmBenchmarks"]
parts = []
for name in order:
    path = pathlib.Path("results") / f"{name}-report-github.md"
    if path.exists():
        parts.append(f"### {name}\n\n`results/{path.name}`\n\n{path.read_text().strip()}\n")
text = readme.read_text()
start, end = "<!-- results:start -->", "<!-- results:end -->"
block = start + "\n" + "\n".join(parts) + end
text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
readme.write_text(text)
PY
