"""Word segmentation for the token allow-list, with jieba (BJ-38-3).

Patterns find requirements in running text, because a tokeniser splits or fuses
them unpredictably (``限男`` may come out as one token or two).  Segmentation is
used the other way round: a candidate finding is dropped when its key word lies
inside a whole token the rule set names as neutral for that ground (``女装`` in
``女装店长``, ``男科`` in ``男科医院``).  The neutral words are added to the
tokeniser's dictionary, so they come out as tokens whatever jieba's own
dictionary says, and HMM guessing of unknown words is off, so segmentation
depends only on the dictionary.

jieba's dictionary takes about a second to load; it is loaded once per process
and only when a candidate needs the check.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

# jieba weighs a word by its frequency; neutral words get a high one so that they win.
_NEUTRAL_WORD_FREQUENCY = 100_000
_lock = threading.Lock()


@lru_cache(maxsize=8)
def _tokenizer(words: frozenset[str]):
    import jieba

    jieba.setLogLevel(logging.WARNING)
    with _lock:
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        for word in sorted(words):
            tokenizer.add_word(word, freq=_NEUTRAL_WORD_FREQUENCY)
    return tokenizer


def tokens(text: str, words: frozenset[str]) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` for every token of ``text``, with ``words`` known to the dictionary."""
    tokenizer = _tokenizer(words)
    with _lock:
        return list(tokenizer.tokenize(text, HMM=False))


def inside_neutral_token(span: tuple[int, int], segmented: list[tuple[str, int, int]], neutral: frozenset[str]) -> bool:
    """Whether the span overlaps a token that is one of the ``neutral`` words."""
    start, end = span
    return any(word in neutral and start < token_end and token_start < end for word, token_start, token_end in segmented)
