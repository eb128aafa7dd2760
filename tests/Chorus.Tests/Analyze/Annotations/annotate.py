#!/usr/bin/env python3
"""Helpers for the frozen annotation set (see GUIDE.md).
  python3 annotate.py find CLUSTER DOC "distinctive text"   -> start end check for every occurrence
  python3 annotate.py show CLUSTER DOC START END             -> the span's text and check
  python3 annotate.py verify frozen/CLUSTER.json             -> checks every span's check
  python3 annotate.py quotes CLUSTER DOC                     -> every “…” / "…" span (candidates to read, not answers)
"""
import hashlib, json, os, re, sys
# The shared data sits beside the checkout (tests read ../shared from the repository root, four folders up).
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', '..', 'shared', 'data', 'multinews-dev')

def text(cluster, doc):
    with open(os.path.join(DATA, cluster, 'docs', doc + '.txt'), encoding='utf-8-sig') as f:
        return f.read()

def check(s):
    return hashlib.sha256(''.join(c for c in s if c.isalnum()).lower().encode('utf-8')).hexdigest()[:8]

def main(a):
    if a[0] == 'find':
        t = text(a[1], a[2])
        for m in re.finditer(re.escape(a[3]), t):
            print(m.start(), m.end(), check(t[m.start():m.end()]))
    elif a[0] == 'show':
        t = text(a[1], a[2]); s = t[int(a[3]):int(a[4])]
        print(repr(s)); print(check(s), len(s.split()), 'words')
    elif a[0] == 'verify':
        j = json.load(open(a[1])); bad = 0
        def one(x):
            nonlocal bad
            s = text(j['cluster'], x['doc'])[x['start']:x['end']]
            if check(s) != x['check']:
                bad += 1; print('MISMATCH', x, repr(s[:60]))
        for q in j.get('quotes', []): one(q)
        for c in j.get('citedOutlets', []): one(c)
        for d in j.get('discrepancies', []): one(d['a']); one(d['b'])
        print('ok' if bad == 0 else f'{bad} bad')
    elif a[0] == 'quotes':
        # Marks are paired within each paragraph, straight and curly alike: a quotation running over paragraphs
        # (no closing mark) would otherwise pair its straight mark with the next paragraph's and shift every span
        # after it. A paragraph's last unpaired mark runs to the paragraph's end (marked OPEN).
        t = text(a[1], a[2]); pos = 0
        for para in re.split(r'(\n+)', t):
            if para.strip() and not para.startswith('\n'):
                marks = [m.start() for m in re.finditer(r'[“”"]', para)]
                for i in range(0, len(marks), 2):
                    st = pos + marks[i] + 1
                    en = pos + (marks[i + 1] if i + 1 < len(marks) else len(para))
                    while en > st and t[en - 1] in ' \n': en -= 1
                    s = t[st:en]
                    print(st, en, check(s), len(s.split()), ('OPEN ' if i + 1 >= len(marks) else '') + repr(s[:90]))
            pos += len(para)

if __name__ == '__main__':
    main(sys.argv[1:])
