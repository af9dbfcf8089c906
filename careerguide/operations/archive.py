"""The encrypted backup archive: a header, then frames, each a Fernet token (AES-128-CBC + HMAC-SHA256).

    CGBAK1\n | len(4) token | len(4) token | ...

Each frame's plaintext is a kind byte (M manifest, D data, E end), its 8-byte index and the payload, so
frames cannot be dropped, reordered or spliced from another archive without the reader noticing; the
end frame carries the count of data frames and the SHA-256 of the data. The data is streamed in chunks,
so an archive of any size is written and read in bounded memory. No Django import: keys are passed in.
"""
from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

MAGIC = b"CGBAK1\n"
CHUNK_BYTES = 4 * 1024 * 1024
_LEN = struct.Struct(">I")
_HEAD = struct.Struct(">cQ")


class ArchiveError(Exception):
    """Not an archive, a key that does not open it, or an archive that was cut short or altered."""


def _fernet(keys: Iterable[str]) -> MultiFernet:
    keys = [k for k in keys if k]
    if not keys:
        raise ArchiveError("no backup key")
    return MultiFernet([Fernet(k.encode() if isinstance(k, str) else k) for k in keys])


def chunked(stream, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    while True:
        block = stream.read(size)
        if not block:
            return
        yield block


def write(path: Path, *, manifest: dict, data: Iterable[bytes], keys: Iterable[str]) -> tuple[int, str]:
    """Write the archive; return its size in bytes and the SHA-256 of the file (what the backup log records)."""
    fernet = _fernet(keys)
    file_digest, data_digest = hashlib.sha256(), hashlib.sha256()
    with open(path, "wb") as out:
        def frame(kind: bytes, index: int, payload: bytes) -> None:
            token = fernet.encrypt(_HEAD.pack(kind, index) + payload)
            block = _LEN.pack(len(token)) + token
            file_digest.update(block)
            out.write(block)

        out.write(MAGIC)
        file_digest.update(MAGIC)
        frame(b"M", 0, json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode())
        count = 0
        for count, block in enumerate(data, start=1):
            data_digest.update(block)
            frame(b"D", count, block)
        frame(b"E", count + 1, json.dumps({"chunks": count, "sha256": data_digest.hexdigest()}).encode())
    return path.stat().st_size, file_digest.hexdigest()


def _frames(path: Path, fernet: MultiFernet) -> Iterator[tuple[bytes, bytes]]:
    with open(path, "rb") as src:
        if src.read(len(MAGIC)) != MAGIC:
            raise ArchiveError("not a careerguide backup archive")
        expected = 0
        while True:
            size = src.read(_LEN.size)
            if not size:
                raise ArchiveError("archive is cut short")
            token = src.read(_LEN.unpack(size)[0])
            try:
                plain = fernet.decrypt(token)
            except InvalidToken as exc:
                raise ArchiveError("archive cannot be opened with the backup keys, or was altered") from exc
            kind, index = _HEAD.unpack(plain[:_HEAD.size])
            if index != expected:
                raise ArchiveError("archive frames are out of order")
            expected += 1
            yield kind, plain[_HEAD.size:]
            if kind == b"E":
                return


def manifest(path: Path, *, keys: Iterable[str]) -> dict:
    kind, payload = next(_frames(path, _fernet(keys)))
    if kind != b"M":
        raise ArchiveError("archive has no manifest")
    return json.loads(payload)


def data(path: Path, *, keys: Iterable[str]) -> Iterator[bytes]:
    """The data chunks, checked against the end frame once the last one is read."""
    digest, count = hashlib.sha256(), 0
    for kind, payload in _frames(path, _fernet(keys)):
        if kind == b"D":
            digest.update(payload)
            count += 1
            yield payload
        elif kind == b"E":
            end = json.loads(payload)
            if end["chunks"] != count or end["sha256"] != digest.hexdigest():
                raise ArchiveError("archive data does not match its checksum")
            return
    raise ArchiveError("archive has no end frame")
