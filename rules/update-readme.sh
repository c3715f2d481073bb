#!/usr/bin/env bash
# Regenerates the language-pack tables and the rule count of README.md ("Every shipped rule") from the YAML:
# a pack rule keeps the meaning the README gives it; a new one gets its English counterpart's (the rule without the language suffix), with the first
# phrases of the pack rule as examples. The default.yaml table is written by hand.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import re, pathlib, yaml
readme = pathlib.Path("README.md")
text = readme.read_text()
english = {}
for m in re.finditer(r"^\| `([^`]+)` \| \w+ \| [^|]+ \| [^|]+ \| (.+?) \|$", text, re.M):
    english.setdefault(m.group(1), m.group(2))
names = {"es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese"}
# Pack rules whose English namesake does something else.
special = {
    "pricing.price.es": 'Spanish: prices in words, slang and Latin American currencies ("diez euros", "cuatro lucas", "S/ 30", "MXN").',
    "pricing.price.fr": 'French: prices the shared price rule misses, Québec dollars after the number ("74 $") and Swiss francs ("8.–", "CHF 14").',
    "pricing.price.de": 'German: Swiss prices the shared price rule misses ("CHF 29", "Fr. 6.50", "Fr. 15.–"), not dates such as "Fr. 12. Mai".',
    "evasion.obfuscated.pt": 'Portuguese: says the post is dodging filters ("senão o insta derruba", "não posso colocar o preço", "por causa do shadowban").',
}
def meaning(rule, lang):
    if rule["id"] in special:
        return special[rule["id"]]
    if rule["id"] in english:                                   # a pack rule already described by hand
        return english[rule["id"]]
    base = english.get(rule["id"].rsplit(".", 1)[0])
    if base:
        base = re.sub(r"\s*\([^()]*\"[^()]*\)", "", base)        # drop the English examples
        base = re.sub(r";? ?(any|every|in all five) language[s]?\b.*?(?=\.$|$)", "", base).rstrip(". ,;")
    else:
        print(f"no meaning for {rule['id']}: describe it in README.md by hand")
        base = rule["message"].replace("{match}", "…").strip("'\" ")
    phrases = rule.get("phrases") or []
    shown = ", ".join(f'"{p}"' for p in phrases[:3])
    return f"{names[lang]}: {base[0].lower() + base[1:]}" + (f" ({shown})." if shown else ".")
def weight(rule):
    w = rule["weight"]
    w = int(w) if float(w).is_integer() else w
    return f"{w} (+{rule['repeat_weight']} each further)" if rule.get("repeat_weight") else f"{w}"
counts = {}
for lang in names:
    rules = yaml.safe_load(pathlib.Path(f"lang/{lang}.yaml").read_text())["rules"]
    counts[lang] = len(rules)
    rows = ["| id | kind | weight | languages | meaning |", "|---|---|---|---|---|"]
    for r in rules:
        rows.append(f"| `{r['id']}` | {r['kind']} | {weight(r)} | {', '.join(r.get('languages', ['all']))} | {meaning(r, lang)} |")
    table = "\n".join(rows)
    text = re.sub(rf"(### `lang/{lang}.yaml`\n\n)\| id .*?(?=\n\n|\n*\Z)", lambda m: m.group(1) + table, text, flags=re.S)
default = len(yaml.safe_load(pathlib.Path("default.yaml").read_text())["rules"])
total = default + sum(counts.values())
line = (f"{total} rules: {default} in `default.yaml`, " + ", ".join(f"{n} in `lang/{l}.yaml`" for l, n in counts.items())
        .replace(f", {counts['pt']} in `lang/pt.yaml`", f" and {counts['pt']} in `lang/pt.yaml`") + ".")
text = re.sub(r"^\d+ rules: \d+ in `default.yaml`.*?\.(?= Weights)", line, text, flags=re.M)
readme.write_text(text)
PY
