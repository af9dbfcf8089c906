"""Text normalisation for screening, keeping a map back to the original offsets (BJ-38-3).

Patterns are matched against a normalised copy of the text so that variants of
one word meet one pattern: full-width forms and compatibility characters fold
by NFKC (``１６５``, ``ＦＥＭＡＬＥ``, ``㎝``), ASCII letters are lower-cased,
listed characters are mapped (traditional to simplified forms, ``♀`` to
``女``), spaces and decorative punctuation inside words are dropped
(``限 男``, ``女·性``, ``限✿男``).  A single space is kept between two ASCII
letters or digits so that English words stay apart (``female only``).  Line
breaks are kept: they separate the items of a requirement list.

Every character of the copy remembers the original characters it came from, so
a match in the copy maps back to the exact original phrase for highlighting,
including any space or dot the writer put inside it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

_KEPT_SPACE = "\n"


@dataclass(frozen=True)
class Normalised:
    """The normalised copy of a text; ``starts[i]``/``ends[i]`` locate its ``i``-th character in the original."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of the copy's ``[start, end)`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]


def _ascii_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


@dataclass(frozen=True)
class Normaliser:
    """Settings read from a rule set's ``normalise`` section; calling it normalises a text."""

    nfkc: bool = False
    lowercase: bool = False
    strip_spaces: bool = False
    char_map: Mapping[str, str] = field(default_factory=dict)
    strip: frozenset[str] = frozenset()
    strip_categories: frozenset[str] = frozenset()

    def _expand(self, char: str) -> str:
        """What one original character becomes (possibly several characters, possibly none)."""
        char = self.char_map.get(char, char)
        if self.nfkc:
            char = unicodedata.normalize("NFKC", char)
            char = "".join(self.char_map.get(c, c) for c in char)
        if self.lowercase:
            char = char.lower()
        return char

    def _dropped(self, char: str) -> bool:
        return char in self.strip or unicodedata.category(char) in self.strip_categories

    def __call__(self, text: str) -> Normalised:
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pending_space: int | None = None
        for index, original in enumerate(text):
            for char in self._expand(original):
                if self.strip_spaces and char.isspace() and char != _KEPT_SPACE:
                    pending_space = index if pending_space is None else pending_space
                    continue
                if self._dropped(char):
                    continue
                if pending_space is not None and chars and _ascii_word_char(chars[-1]) and _ascii_word_char(char):
                    chars.append(" ")
                    starts.append(pending_space)
                    ends.append(pending_space + 1)
                pending_space = None
                chars.append(char)
                starts.append(index)
                ends.append(index + 1)
        return Normalised(text="".join(chars), starts=tuple(starts), ends=tuple(ends))


# Full-width ASCII (U+FF01..U+FF5E) to half-width and the ideographic space to a space: the
# folding of rule sets that declare no ``normalise`` section (version 1).
LEGACY_FOLD = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {"\u3000": " "}


def normaliser_from(data: Mapping | None) -> Normaliser:
    """Build a normaliser from a rule set's ``normalise`` section (``None``: the version-1 folding)."""
    if data is None:
        return Normaliser(char_map=LEGACY_FOLD)
    char_map = dict(data.get("char_map") or {})
    for source, target in char_map.items():
        if len(source) != 1:
            raise ValueError(f"normalise.char_map keys must be single characters, not {source!r}")
        if not isinstance(target, str):
            raise ValueError(f"normalise.char_map[{source!r}] must be text")
    return Normaliser(
        nfkc=bool(data.get("nfkc")),
        lowercase=bool(data.get("lowercase")),
        strip_spaces=bool(data.get("strip_spaces")),
        char_map=char_map,
        strip=frozenset(data.get("strip") or ""),
        strip_categories=frozenset(data.get("strip_categories") or ()),
    )
