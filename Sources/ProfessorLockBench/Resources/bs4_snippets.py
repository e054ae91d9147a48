"""The Python side of the snippet-extraction benchmark: the same page through BeautifulSoup + lxml.

Does what `SnippetExtractor.snippets` does in Swift: parse, drop script/style/nav/header/footer/aside,
collect text blocks, split them into sentence passages and rank them with BM25 against the query,
keeping the best three. Prints one JSON line: {"p50_ms": ..., "p99_ms": ..., "passages": [...]}.

Usage: python bs4_snippets.py PAGE.html "query" ITERATIONS
"""

import json
import math
import re
import sys
import time
from collections import Counter

from bs4 import BeautifulSoup

BOILERPLATE = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg"]
BLOCKS = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "figcaption", "pre"]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])")
WORD = re.compile(r"[a-z0-9]+")


def passages(blocks, minimum=80, maximum=400):
    out = []
    for block in blocks:
        current = ""
        for sentence in SENTENCE_END.split(block):
            candidate = f"{current} {sentence}".strip()
            if len(candidate) > maximum and current:
                out.append(current)
                current = sentence
            else:
                current = candidate
            if len(current) >= minimum:
                out.append(current)
                current = ""
        if current:
            out.append(current)
    return out


def bm25(candidates, query, limit=3, k1=1.2, b=0.75):
    terms = set(WORD.findall(query.lower()))
    docs = [Counter(WORD.findall(text.lower())) for text in candidates]
    if not docs:
        return []
    average = sum(sum(doc.values()) for doc in docs) / len(docs)
    frequency = {term: sum(1 for doc in docs if term in doc) for term in terms}
    scored = []
    for text, doc in zip(candidates, docs):
        length = sum(doc.values())
        score = 0.0
        for term in terms:
            tf = doc.get(term, 0)
            if not tf:
                continue
            idf = math.log(1 + (len(docs) - frequency[term] + 0.5) / (frequency[term] + 0.5))
            score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average))
        if score > 0:
            scored.append((score, text))
    scored.sort(key=lambda pair: -pair[0])
    return [text for _, text in scored[:limit]]


def snippets(html, query):
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(BOILERPLATE):
        tag.decompose()
    blocks = [" ".join(element.get_text(" ", strip=True).split()) for element in soup.find_all(BLOCKS)]
    return bm25(passages([block for block in blocks if block]), query)


def main():
    path, query, iterations = sys.argv[1], sys.argv[2], int(sys.argv[3])
    html = open(path, "rb").read()
    snippets(html, query)  # warm-up
    durations = []
    for _ in range(iterations):
        start = time.perf_counter()
        best = snippets(html, query)
        durations.append(time.perf_counter() - start)
    durations.sort()
    print(json.dumps({
        "p50_ms": durations[len(durations) // 2] * 1000,
        "p99_ms": durations[min(len(durations) - 1, len(durations) * 99 // 100)] * 1000,
        "passages": best,
    }))


if __name__ == "__main__":
    main()
