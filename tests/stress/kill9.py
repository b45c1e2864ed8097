"""`kill -9` at random moments of the commands that write (issue 17, "Done when"): `init`,
`demo`, `persons import` and `lists check`, each killed after a random delay, then the database
checked as the next program would find it - nothing at the path, or a database that opens, whose
pages and change log verify, whose tables agree with the log, and whose import is all or
nothing. Not part of `make test` (it runs for an hour at 1,000 kills):

    .venv/bin/python -m tests.stress.kill9 --runs 1000 [--seed 1] [--work DIR]

Prints one line per damaged or half-made database and the totals; exits 1 if there was any.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from models.core.changelog import verify_chain
from models.core.db import Database, integrity_problems
from models.core.entities import Person
from models.core.keyslots import keys_path_for
from models.demo import DEMO_PASSWORD, DEMO_USER
from models.office.replay import replay

USER, PASSWORD = DEMO_USER, DEMO_PASSWORD  # `demo` makes its database for these; `init` takes them too
REPATRIA = [str(Path(sys.executable).with_name("repatria"))]  # the installed command, as users run it


# Seconds before the kill, per command: from its start-up to about its usual end on 2 cores,
# so that most kills land in the middle of the work and some after it.
DELAYS = {"init": (0.3, 2.5), "demo": (0.5, 12.0), "import": (0.5, 6.0), "check": (0.5, 5.0)}
IMPORTED = 20_000  # persons in the imported file


def _cli(*args: str, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REPATRIA_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*REPATRIA, *args], capture_output=True, text=True, env=env, timeout=timeout, check=False)


def _persons_csv(path: Path, rows: int, rng: random.Random) -> None:
    lines = ["external_id,surname,given_names,date_of_birth"]
    for n in range(rows):
        born = f"19{rng.randrange(60, 99)}-0{rng.randrange(1, 9)}-1{n % 9}"
        lines.append(f"K9-{rng.randrange(10**9)}-{n},Бойко{n % 97},Іван,{born}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _state(path: Path) -> tuple[str, int | None]:
    """What the next program finds at ``path``: ("absent"|"whole"|a problem, persons)."""
    if not path.exists() and not keys_path_for(path).exists():
        return "absent", None
    if not path.exists() or not keys_path_for(path).exists():
        return "half-made: the database or its key file alone", None
    try:
        with Database.open(path, USER, PASSWORD) as db:
            problems = integrity_problems(db.engine)
            if problems:
                return f"damaged pages: {problems[:2]}", None
            with db.read() as session:
                chain = verify_chain(session)
                if not chain.ok:
                    return f"chain broken: {chain.problem}", None
                replayed = replay(session)
                if not replayed.ok:
                    return f"tables disagree with the log: {replayed.differences[:2]}", None
                return "whole", int(session.scalar(select(func.count()).select_from(Person)) or 0)
    except Exception as exc:
        return f"does not open: {type(exc).__name__}: {str(exc)[:160]}", None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    work = args.work or Path(tempfile.mkdtemp(prefix="kill9-"))
    work.mkdir(parents=True, exist_ok=True)
    template = work / "template.db"
    if not template.exists():
        made = _cli("--db", str(template), "--user", USER, "demo", "--persons", "2000", "--seed", "7")
        assert made.returncode == 0, made.stderr
    csv = work / "persons.csv"
    _persons_csv(csv, IMPORTED, rng)
    listed = _cli("--db", str(template), "--user", USER, "lists", "list", "--json")
    found = json.loads(listed.stdout or "{}").get("lists", []) if listed.returncode == 0 else []
    lists = [entry["list_id"] for entry in found]
    before = _state(template)
    assert before[0] == "whole", before
    kinds = ["init", "demo", "import", "check"] if lists else ["init", "demo", "import"]
    outcome: Counter[str] = Counter()
    findings: list[str] = []
    started = time.monotonic()
    for run in range(args.runs):
        kind = kinds[run % len(kinds)]
        target = work / f"run-{run}.db"
        if kind in ("import", "check"):
            shutil.copyfile(template, target)
            shutil.copyfile(keys_path_for(template), keys_path_for(target))
        command = {
            "init": ["--db", str(target), "--user", USER, "init"],
            "demo": ["--db", str(target), "--user", USER, "demo", "--persons", "300", "--seed", str(run)],
            "import": ["--db", str(target), "--user", USER, "persons", "import", str(csv)],
            "check": ["--db", str(target), "--user", USER, "lists", "check", lists[run % len(lists)] if lists else ""],
        }[kind]
        env = {**os.environ, "REPATRIA_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
        process = subprocess.Popen([*REPATRIA, *command], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(*DELAYS[kind]))
        finished = process.poll() is not None
        if not finished:
            process.send_signal(signal.SIGKILL)
        process.wait()
        state, persons = _state(target)
        if kind == "import" and state == "whole" and persons not in (before[1], (before[1] or 0) + IMPORTED):
            state = f"import half applied: {persons} persons (before {before[1]}, all {(before[1] or 0) + IMPORTED})"
        outcome[
            f"{kind} {'finished' if finished else 'killed'}: {state if state in ('absent', 'whole') else 'BAD'}"
        ] += 1
        if state not in ("absent", "whole"):
            findings.append(f"run {run} ({kind}, {'finished' if finished else 'killed'}): {state}")
            print(findings[-1], flush=True)
        else:
            for leftover in target.parent.glob(f"{target.name}*"):
                leftover.unlink(missing_ok=True)
        for leftover in target.parent.glob(f".{target.name}*"):
            leftover.unlink(missing_ok=True)
        if (run + 1) % 50 == 0:
            print(f"{run + 1} runs, {time.monotonic() - started:.0f} s: {dict(sorted(outcome.items()))}", flush=True)
    print(f"{args.runs} runs in {time.monotonic() - started:.0f} s (work folder {work})")
    for key, count in sorted(outcome.items()):
        print(f"  {key}: {count}")
    print(f"damaged or half-made: {len(findings)}")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
