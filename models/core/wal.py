"""Saves that SQLite would drop without a word: a damaged write-ahead log.

After a crash (a laptop's battery, ``kill -9``), the last saves live in the database's ``-wal``
file until the next open copies them in. SQLite replays the log's frames up to the first one
whose checksum fails and silently ignores the rest, so one damaged byte in the log loses every
save written after it, and the database then checks as whole. This module reads the log before
SQLite does and says whether a save would be lost (SQLite's file format, section 4 "The
Write-Ahead Log": https://www.sqlite.org/fileformat2.html#walformat; the checksum is the one
of section 4.4, over big- or little-endian 32-bit words as the magic number says).

SQLCipher writes its encrypted pages into the same log format, so this holds for it unchanged.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # checksums over little- or big-endian words
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalDamage:
    """A damaged log: the first frame (1-based) that fails its checksum, and how many
    committed saves (transactions) written after it SQLite would drop."""

    frame: int
    lost_saves: int
    # The damage is in the log's last save itself: a write a crash cut short, or one damaged
    # afterwards - the bytes cannot tell which. SQLite drops that save at the next open.
    tail: bool = False


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for x0, x1 in zip(words[::2], words[1::2], strict=True):
        s0 = (s0 + x0 + s1) & _MASK
        s1 = (s1 + x1 + s0) & _MASK
    return s0, s1


def _pair(data: bytes) -> tuple[int, int]:
    first, second = struct.unpack(">II", data)
    return int(first), int(second)


def _commits(data: bytes, page_size: int) -> int:
    """Frames that end a save (a non-zero database size after commit), read with ``page_size``."""
    size = FRAME_HEADER + page_size
    return sum(
        1 for at in range(HEADER, len(data) - size + 1, size) if struct.unpack(">I", data[at + 4 : at + 8])[0] != 0
    )


def damage(wal: Path) -> WalDamage | None:
    """Whether the log at ``wal`` (a database's ``-wal`` file, which may be absent) holds a
    committed save after a frame SQLite would stop at. A log cut short at its end (a write
    the crash interrupted) or left over from before the last checkpoint (other salts) is no
    damage: SQLite loses nothing there that was ever committed. Raises OSError when the file
    exists but cannot be read."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < HEADER:
        return None
    magic, _version, page_size = struct.unpack(">III", data[:12])
    order = _MAGIC.get(magic)
    header_sum = _pair(data[24:32])
    if (
        order is None
        or page_size < 512
        or page_size & (page_size - 1)
        or (_checksum(data[:24], order, 0, 0) != header_sum)
    ):
        # SQLite ignores a log whose header fails, and with it every save the log holds (the
        # hostile trial: 32 of 32 flipped header bytes lost every save while `check` said ok).
        # SQLite itself writes a whole header before any frame: frames behind a bad header
        # are damage, never a log it could have left so.
        plausible = 512 <= page_size <= 65536 and not page_size & (page_size - 1)
        saves = _commits(data, page_size if plausible else 4096)  # SQLCipher's page size unless told
        return WalDamage(0, saves) if saves else None
    salts = data[16:24]
    size = FRAME_HEADER + page_size
    # where the last frame of this log lies: frames of an earlier log only follow it
    ends = max((at for at in range(HEADER, len(data) - size + 1, size) if data[at + 8 : at + 16] == salts), default=0)
    seeds: tuple[tuple[int, int], ...] = (header_sum,)
    first_bad: int | None = None
    lost = 0
    commit_after_bad = False  # a frame of this log at or after the damage ends a save
    for number, start in enumerate(range(HEADER, len(data) - size + 1, size), 1):
        frame = data[start : start + size]
        stored = _pair(frame[16:24])
        if frame[8:16] != salts:
            # Frames of an earlier log lie after the current one's end, never before a frame of
            # it: one with other salts and frames of this log after it was damaged. A frame with
            # one salt of this log and not the other was damaged in its salts: an earlier log's
            # frame has neither (a new log takes the next salt-1 and a fresh random salt-2;
            # hostile trial: a byte of the last frame's salt lost that save with no copy kept).
            half = frame[8:12] == salts[:4] or frame[12:16] == salts[4:]
            if first_bad is None and (start < ends or half):
                first_bad = number
            commit_after_bad = commit_after_bad or (half and struct.unpack(">I", frame[4:8])[0] != 0)
            seeds = (stored,)
            continue
        # Each frame's sum seeds the next. After a damaged frame, its stored sum is the seed
        # (its pages were damaged) or the one computed (its stored sum was).
        sums = [_checksum(frame[:8] + frame[FRAME_HEADER:], order, *seed) for seed in seeds]
        committed = struct.unpack(">I", frame[4:8])[0] != 0
        if stored not in sums:
            first_bad = first_bad or number
            commit_after_bad = commit_after_bad or committed
            seeds = tuple(dict.fromkeys((stored, sums[0])))
            continue
        if first_bad is not None and committed:
            lost += 1  # a whole save after the damage: SQLite will never reach it
        seeds = (stored,)
    if first_bad is None:
        return None
    if lost == 0:
        return WalDamage(first_bad, 0, tail=True) if commit_after_bad else None
    return WalDamage(first_bad, lost)
