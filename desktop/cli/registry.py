"""The command registry: each command group registers its parser's arguments beside its
handler (the way Electrum builds its command line), and ``repatria`` is built from it.

A module of ``desktop.cli`` imports only this registry and light things at its top: the
heavy stack (SQLAlchemy, Qt, ReportLab) loads inside the handler that needs it, so
``repatria --help`` and every other command start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import uuid
    from pathlib import Path

    from desktop.facades import Facades

EXIT_OK, EXIT_PROBLEM, EXIT_AUTH = 0, 1, 3
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report a process ended by SIGINT (128 + 2)


# Plain classes, not dataclasses: dataclasses load inspect and ast, a tenth of --help's time.
class Arg(NamedTuple):
    """One ``add_argument`` call: its names and options, exactly as argparse takes them."""

    names: tuple[str, ...]
    options: dict[str, Any]


def arg(*names: str, **options: Any) -> Arg:
    return Arg(names, options)


class Action(NamedTuple):
    """What one command line does. ``opens``: the handler is given the open database's
    facades (``handler(args, facades)``); otherwise ``handler(args)`` opens it when it must."""

    name: str | None  # None: the group's own command (``repatria info``), no ACTION word
    help: str
    args: tuple[Arg, ...]
    handler: Callable[..., int]
    opens: bool


class Group:
    def __init__(self, name: str, help: str) -> None:
        self.name = name
        self.help = help
        self.actions: dict[str | None, Action] = {}

    def action(
        self, name: str | None, help: str, *args: Arg, opens: bool = True
    ) -> Callable[[Callable[..., int]], Callable[..., int]]:
        def register(handler: Callable[..., int]) -> Callable[..., int]:
            self.actions[name] = Action(name, help, args, handler, opens)
            return handler

        return register


GROUPS: dict[str, Group] = {}


# Argument types and output that load their modules when used, not when --help is asked for.


def path(text: str) -> Path:
    """A file argument."""
    from pathlib import Path

    return Path(text)


def uuid_value(text: str) -> uuid.UUID:
    """An id argument; argparse names the type in its message ("invalid UUID value: 'x'")."""
    import uuid

    return uuid.UUID(text)


uuid_value.__name__ = "UUID"


def print_json(document: Any, indent: int = 1) -> None:
    """A JSON document on standard output, as every ``--json`` prints it."""
    import json

    print(json.dumps(document, ensure_ascii=False, indent=indent))


def group(name: str, help: str) -> Group:
    """A command group (``repatria lists …``); registering the same name twice is a mistake."""
    assert name not in GROUPS, f"command {name!r} registered twice"
    GROUPS[name] = Group(name, help)
    return GROUPS[name]


def build_parser(groups: dict[str, Group]) -> argparse.ArgumentParser:
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="repatria", description="Repatria case management.")
    parser.add_argument(
        "--db", type=Path, default=None, help="database file (default: $REPATRIA_DB, else the user data folder)"
    )
    parser.add_argument("--user", default=None, help="user name (default: $REPATRIA_USER)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for registered in groups.values():
        sub = commands.add_parser(registered.name, help=registered.help)
        own = registered.actions.get(None)
        if own is not None:
            _add_args(sub, own)
            continue
        actions = sub.add_subparsers(dest=f"{registered.name}_command", metavar="ACTION", required=True)
        for action in registered.actions.values():
            assert action.name is not None
            _add_args(actions.add_parser(action.name, help=action.help), action)
    return parser


def _add_args(parser: argparse.ArgumentParser, action: Action) -> None:
    for spec in action.args:
        parser.add_argument(*spec.names, **spec.options)
    parser.set_defaults(action=action)


@contextmanager
def open_facades(args: argparse.Namespace) -> Iterator[Facades]:
    """The database named by ``--db``, opened as ``--user`` with the password from the
    environment or a prompt; closed again when the command is done."""
    from concurrent.futures import ThreadPoolExecutor

    from desktop.settings import resolve_password, resolve_user, unlock_keys

    user = resolve_user(args.db, args.user)
    password = resolve_password(args.db)
    # The key derivation (Argon2id, about 0.2 s) releases the GIL: it runs on the other core
    # while the database stack (SQLAlchemy and the mapping, about 0.5 s) loads.
    with ThreadPoolExecutor(1) as pool:
        unlocking = pool.submit(unlock_keys, args.db, user, password) if args.db.exists() else None
        from desktop.facades import Facades
        from desktop.facades.office import open_database

        unlocked = unlocking.result() if unlocking is not None else None
    from desktop.facades.office import notify_when_waiting

    said: list[bool] = []

    def waiting() -> None:  # said once per command, however many transactions wait
        if not said:
            said.append(True)
            print(
                "repatria: waiting for another program writing to the database to finish "
                "(an import, a list check, or the app of another clerk)…",
                file=sys.stderr,
                flush=True,
            )

    stop = notify_when_waiting(waiting)
    try:
        with open_database(args.db, user, password, unlocked) as db:
            yield Facades.of(db)
    finally:
        stop()
