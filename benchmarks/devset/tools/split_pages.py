import json, random, pathlib
pages = {}
order = []
for f in sorted(pathlib.Path('/tmp/x15').glob('raw*.txt')):
    url = None
    for line in f.read_text(encoding='utf-8').splitlines():
        if not line.strip():
            continue
        if line.startswith('@ '):
            url = line[2:].strip(); pages.setdefault(url, []); order.append(url)
        else:
            pages[url].append(line)
urls = sorted(pages)
rng = random.Random(15)
rng.shuffle(urls)
held = set(urls[: len(urls) // 2])
out = {'heldout': [], 'tune': []}
for url in order:
    for s in pages[url]:
        out['heldout' if url in held else 'tune'].append({'url': url, 'text': s})
for k, v in out.items():
    print(k, len(v), 'sentences', len({x['url'] for x in v}), 'pages')
    pathlib.Path(f'/tmp/x15/{k}_unlabelled.jsonl').write_text(''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in v), encoding='utf-8')
