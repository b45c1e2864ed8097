"""A 6,000-person bundle (issue 16): headquarters' registry with name forms, a timeline entry and
a photo for each person, exported to a regional office and imported there.

Figures: the bundle's size (and without the photos), export time, verify-and-apply time, the
importing process's peak memory, and a re-import (which must write nothing). Baseline, the
same run: the same events loaded from plain JSON lines into a plain SQLite table.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import pyrage

from desktop.facades.bundles import BundlesFacade
from models import demo
from models.bundles.files import _tar
from models.bundles.offices import give_keys, our_age_identities
from models.core.attachments import add_attachment
from models.core.db import Database
from models.core.enums import NameForm, OfficeKind, StatusEventKind
from models.core.keyslots import KdfParams
from models.core.partial_date import PartialDate
from models.persons import service as persons
from models.persons.dto import NameInput, StatusEventInput
from tests.benchmarks.common import report
from tests.helpers.bundles import bundle, trust_all
from tests.helpers.database import file_state

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 6_000
KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # key derivation is not what is measured
PHOTO_BYTES = 24_000  # a phone photo scaled for a record card


def _registry(folder: Path) -> tuple[Database, Database]:
    hq = Database.create(
        folder / "hq.db", "admin", "pw", office_code="HQ", office_name="HQ", office_kind=OfficeKind.HQ,
        kdf=KDF, office_keys=give_keys,
    )  # fmt: skip
    region = Database.create(
        folder / "region.db", "admin", "pw", office_code="KHARKIV", office_name="Харків",
        office_kind=OfficeKind.REGIONAL, kdf=KDF, office_keys=give_keys,
    )  # fmt: skip
    trust_all([hq, region])
    rng = random.Random(16)
    people = [demo.make_person(rng, n + 1) for n in range(PERSONS)]
    with hq.write() as session:
        persons.upsert_persons(session, people)
    with hq.read() as session:
        ids = [persons.find_by_external_id(session, p.external_id) for p, _kin in people]
    with hq.write() as session:
        for person in ids:
            assert person is not None
            persons.add_name(
                session, person.id, NameInput(NameForm.PASSPORT_LATIN, person.surname.upper() + "O", "IVAN")
            )
            persons.add_status_event(
                session, person.id, StatusEventInput(StatusEventKind.CAPTURED, PartialDate(2024, 5), "Оленівка")
            )
            add_attachment(session, "person", person.id, "photo.jpg", rng.randbytes(PHOTO_BYTES))
    return hq, region


def _members(data: bytes, recipient: Database) -> dict[str, bytes]:
    with recipient.read() as session:
        identities = [pyrage.x25519.Identity.from_str(i) for i in our_age_identities(session)]
    with tarfile.open(fileobj=io.BytesIO(pyrage.decrypt(data, identities))) as tar:
        found = {}
        for info in tar:
            member = tar.extractfile(info)
            assert member is not None
            found[info.name] = member.read()
        return found


def _plain_load(lines: list[bytes], path: Path) -> float:
    """The baseline: the same events parsed from JSON lines into one plain SQLite table."""
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE event (id TEXT PRIMARY KEY, office TEXT, seq INT, entity TEXT, record TEXT, op TEXT,"
                 " changes TEXT, author TEXT, at TEXT, prev TEXT, hash TEXT)")  # fmt: skip
    rows = []
    for line in lines:
        e = json.loads(line)
        rows.append((e["id"], e["office_id"], e["seq"], e["entity"], e["record_id"], e["op"], e["changes"],
                     e["author_name"], e["at"], e["prev_hash"], e["hash"]))  # fmt: skip
    with conn:
        conn.executemany("INSERT INTO event VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.close()
    return time.perf_counter() - started


def _import_in_own_process(db_path: Path, file: Path) -> tuple[float, float, float]:
    """Import in a process of its own (its peak memory is the import's alone; VmHWM, which a
    new program starts afresh, unlike ru_maxrss): seconds, peak MiB, MiB before the import."""
    code = (
        "import sys, time, resource\n"
        "from pathlib import Path\n"
        "from desktop.facades.bundles import BundlesFacade\n"
        "from models.core.db import Database\n"
        "def hwm():\n"
        "    line = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "    return int(line.split()[1]) / 1024\n"
        "db = Database.open(Path(sys.argv[1]), 'admin', 'pw')\n"
        "before = hwm()\n"
        "started = time.perf_counter()\n"
        "result = BundlesFacade(db).import_file(Path(sys.argv[2]))\n"
        "took = time.perf_counter() - started\n"
        "assert result.result == 'applied', result\n"
        "db.close()\n"
        "print(took, hwm(), before)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db_path), str(file)], capture_output=True, text=True, check=True
    )
    took, peak, before = out.stdout.split()
    return float(took), float(peak), float(before)


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print(f"Office bundles, {PERSONS:,} persons with a name form, a timeline entry and a photo each")
        hq, region = _registry(folder)
        started = time.perf_counter()
        data = bundle(hq, region)
        export_seconds = time.perf_counter() - started
        members = _members(data, region)
        lines = [line for line in gzip.decompress(members["changes.jsonl.gz"]).split(b"\n") if line]
        photos = sum(len(v) for k, v in members.items() if k.startswith("blobs/"))
        without = len(_tar({k: v for k, v in members.items() if not k.startswith("blobs/")}))
        plain = _plain_load(lines, folder / "plain.db")
        file = folder / "hq_to_region.repatria"
        file.write_bytes(data)
        region.close()
        apply_seconds, peak, baseline_rss = _import_in_own_process(folder / "region.db", file)
        region = Database.open(folder / "region.db", "admin", "pw")
        before = file_state(folder)
        started = time.perf_counter()
        again = BundlesFacade(region).import_file(file)
        reimport = time.perf_counter() - started
        assert again.result == "already_imported" and file_state(folder) == before, "a re-import wrote"
        size = len(data) / 1e6
        plain_bytes = sum(len(x) + 1 for x in lines)
        report(f"bundle size, {len(lines):,} events and the photos", size, (plain_bytes + photos) / 1e6, "MB")
        report("bundle size without the photos (target <= 5 MB)", without / 1e6, plain_bytes / 1e6, "MB")
        print(f"{'  (baselines: the events as plain JSON lines, uncompressed; the photos as they are)':52}")
        report("export (target <= 15 s)", export_seconds, plain)
        report("verify and apply (target <= 60 s)", apply_seconds, plain)
        report("peak memory of the import (target <= 500 MB)", peak, baseline_rss, "MiB")
        print(f"{'  (baseline: the same process with the database open, before the import)':52}")
        report("re-import, nothing written (target <= 1 s)", reimport, plain)
        print(f"{'  (baseline: the events loaded from JSON lines into plain SQLite)':52}")
        hq.close()
        region.close()


if __name__ == "__main__":
    main()
