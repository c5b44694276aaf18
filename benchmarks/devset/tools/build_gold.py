import json, sys, pathlib
H = {"ex": "exact", "ap": "approximate", "mt": "more_than", "lt": "less_than", "al": "at_least", "am": "at_most"}
D = {"u": "up", "d": "down", "-": None}
def build(unlabelled, labels, out):
    items = [json.loads(l) for l in pathlib.Path(unlabelled).read_text(encoding="utf-8").splitlines()]
    lab = {}
    for line in pathlib.Path(labels).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        n, _, rest = line.partition(":")
        lab[int(n)] = rest.strip()
    assert set(lab) == set(range(1, len(items) + 1)), (len(items), sorted(set(range(1, len(items) + 1)) - set(lab)))
    rows = []
    for i, item in enumerate(items, 1):
        text = item["text"]
        qs = []
        pos = 0
        for part in filter(None, (p.strip() for p in lab[i].split(" || "))):
            span, _, fields = part.rpartition("=>")
            v, hi, unit, cur, hedge, d = fields.split(",")
            start = text.find(span, pos)
            if start < 0:
                sys.exit(f"{i}: span {span!r} not found after {pos} in {text!r}")
            end = start + len(span)
            qs.append({"start": start, "end": end, "text": span, "value": float(v),
                       "value_high": None if hi == "-" else float(hi), "unit": None if unit == "-" else unit,
                       "currency": None if cur == "-" else cur, "hedge": H[hedge], "direction": D[d]})
            pos = end
        rows.append({"url": item["url"], "text": text, "quantities": qs})
    pathlib.Path(out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(out, len(rows), "sentences", sum(len(r["quantities"]) for r in rows), "quantities")
build(*sys.argv[1:4])
