#!/usr/bin/env python3
"""Writes a synthetic Parley corpus, the same for the same arguments, as NDJSON chunks for POST /api/import.

At a scale of N positions: 50 parties, 40 topics, N/10 documents (at least 10), and N positions with 1-3 citations
each, a quarter of them demands and about a third answers to an earlier demand. Every citation gives its quote and
its code point offsets, so the service checks each one as it would a written citation.

Also writes the URLs the benchmark reads (paths/*.txt), drawn from the corpus so that every one finds data.
"""
import argparse
import json
import os
import random

PARTIES = 50
TOPICS = 40
WORDS = ("security guarantee border troops missiles exercises sanctions treaty talks proposal reply dialogue "
         "verification inspection deployment withdrawal alliance summit envoy ceasefire corridor airspace "
         "transparency limits assurances reciprocity escalation deterrence arms control channel").split()
# Rare words: each summary carries one, so a search for any of them matches about one position in PLACES.
PLACES = [f"{a}{b}" for a in ("north", "south", "east", "west", "upper", "lower", "inner", "outer")
          for b in ("ford", "gate", "vale", "mark", "haven", "field", "crest", "moor", "wick", "burn",
                    "stead", "holm", "by", "thorpe", "ton", "ley", "dale", "mere", "wood", "combe",
                    "well", "bridge", "port", "cliff", "shaw")]
KINDS_ANSWER = ("REJECTION", "ACCEPTANCE", "CONDITION", "PROPOSAL")
KINDS_OTHER = ("STATEMENT", "WARNING")


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def document_text(rng, index):
    """About 1,500 code points in 12 sentences; one in eight documents has characters outside the BMP."""
    sentences = [f"Report {index} sentence {i}: " + sentence(rng, rng.randint(12, 20)) for i in range(12)]
    if index % 8 == 0:
        sentences.insert(3, "Delegates \U0001D518 noted \U0001F91D progress.")
    return sentences, " ".join(sentences)


def chunked(lines, limit):
    for start in range(0, len(lines), limit):
        yield lines[start:start + limit]


def main():
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--positions", type=int, default=100_000)
    args.add_argument("--seed", type=int, default=20220110)
    args.add_argument("--out", required=True)
    args.add_argument("--chunk", type=int, default=4_000,
                      help="records per import request (documents of 1.5 kB keep it under the 10 MB limit)")
    opts = args.parse_args()
    rng = random.Random(opts.seed)
    os.makedirs(os.path.join(opts.out, "paths"), exist_ok=True)

    records = []
    parties = [f"party-{p:02d}" for p in range(1, PARTIES + 1)]
    for p, party in enumerate(parties, 1):
        records.append({"type": "party", "id": party, "name": f"Party {p}", "kind": "STATE" if p > 5 else "ALLIANCE",
                        "aliases": [f"Capital {p}"],
                        "representatives": [{"id": f"{party}-envoy-{r}", "name": f"Envoy {p}.{r}", "role": "Envoy"}
                                            for r in (1, 2)]})
    topics = [f"topic-{t:02d}" for t in range(1, TOPICS + 1)]
    for t, topic in enumerate(topics, 1):
        records.append({"type": "topic", "id": topic, "name": f"Topic {t}", "description": f"Synthetic topic {t}."})

    document_count = max(10, opts.positions // 10)
    documents = []
    for d in range(document_count):
        sentences, text = document_text(rng, d)
        doc_id = f"doc-{d:06d}"
        documents.append((doc_id, sentences, text))
        records.append({"type": "document", "id": doc_id, "title": f"Synthetic report {d}", "outlet": "Bench Wire",
                        "url": f"https://bench.example/{doc_id}", "publishedOn": f"2022-01-{1 + d % 28:02d}",
                        "publishedBasis": "TEXT", "language": "en", "text": text})

    demands, pairs = [], set()
    ids = []
    for i in range(opts.positions):
        pos_id = f"pos-{i:06d}"
        party, topic = rng.choice(parties), rng.choice(topics)
        roll = rng.random()
        responds_to = None
        if roll < 0.25 or not demands:
            kind = "DEMAND"
        elif roll < 0.6:
            kind = rng.choice(KINDS_ANSWER)
            responds_to = rng.choice(demands[-500:])
        else:
            kind = rng.choice(KINDS_OTHER)
        citations = []
        for doc_id, sentences, text in rng.sample(documents, rng.randint(1, 3)):
            quote = rng.choice(sentences)
            start = text.index(quote)
            citations.append({"document": doc_id, "quote": quote, "start": start, "end": start + len(quote)})
        record = {"type": "position", "id": pos_id, "party": party, "topic": topic, "kind": kind,
                  "summary": f"{party} {kind.lower()} on {topic} near {rng.choice(PLACES)}: " + sentence(rng, 8),
                  "statedOn": f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}",
                  "speaker": f"{party}-envoy-{rng.randint(1, 2)}" if rng.random() < 0.5 else None,
                  "respondsTo": responds_to, "citations": citations}
        records.append(record)
        ids.append(pos_id)
        pairs.add((party, topic))
        if kind == "DEMAND":
            demands.append(pos_id)

    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
    for n, chunk in enumerate(chunked(lines, opts.chunk)):
        with open(os.path.join(opts.out, f"import-{n:04d}.ndjson"), "w", encoding="utf-8") as f:
            f.write("\n".join(chunk) + "\n")

    sample = random.Random(opts.seed + 1)
    paths = {
        "by-id": [f"/api/positions/{sample.choice(ids)}" for _ in range(1000)],
        "list": [f"/api/positions?party={p}&topic={t}&size=50" for p, t in sample.sample(sorted(pairs), 200)],
        "search": [f"/api/positions?q={w}&size=50" for w in sample.sample(PLACES, 100)],
        # The same rare places as a phrase and as a prefix: each matches about as many positions as the word.
        "search-phrase": [f"/api/positions?q=%22near+{w}%22&size=50" for w in sample.sample(PLACES, 100)],
        "search-prefix": [f"/api/positions?q={w[:-2]}*&size=50" for w in sample.sample(PLACES, 100)],
        # Document texts: "report <n>" is a phrase one document holds.
        "search-text": [f"/api/search?q=%22report+{sample.randrange(12, document_count)}%22&size=10"
                        for _ in range(100)] if document_count > 12 else ["/api/search?q=report&size=10"],
        "demands": ["/api/demands"],
        "matrix": ["/api/matrix"],
    }
    for name, urls in paths.items():
        with open(os.path.join(opts.out, "paths", f"{name}.txt"), "w") as f:
            f.write("\n".join(urls) + "\n")
    print(json.dumps({"parties": PARTIES, "topics": TOPICS, "documents": document_count,
                      "positions": opts.positions, "demands": len(demands)}))


if __name__ == "__main__":
    main()
