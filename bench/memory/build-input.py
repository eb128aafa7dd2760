#!/usr/bin/env python3
"""Write one JSON Lines input of about N MB for `chorus summarize`, from multinews-plus train documents.

Documents are taken in file order (cluster by cluster), one {"id","text"} object a line, until the next one
would pass N MiB, so the same N always gives the same file. Usage: build-input.py TRAIN_JSONL_GZ MB OUT
"""
import gzip, json, sys

def main():
    source, megabytes, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    limit = int(megabytes * 1024 * 1024) - 1  # the reader refuses inputs over 16 MiB
    written = articles = 0
    with gzip.open(source, "rt", encoding="utf-8") as clusters, open(out, "w", encoding="utf-8", newline="\n") as sink:
        for line in clusters:
            cluster = json.loads(line)
            for k, text in enumerate(cluster["documents"]):
                if not text.strip():
                    continue
                record = json.dumps({"id": f"{cluster['id']}-{k}", "text": text}, ensure_ascii=False) + "\n"
                size = len(record.encode("utf-8"))
                if written + size > limit:
                    print(f"{out}: {articles} articles, {written} bytes")
                    return
                sink.write(record)
                written += size
                articles += 1
    print(f"{out}: {articles} articles, {written} bytes (source exhausted)")

main()
