"""The ``repatria`` command line, built from the command registry (``desktop.cli.registry``):
one module per command group, each registering its arguments beside its handler. With no
command it opens the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# The groups register themselves on import, in the order --help lists them.
from desktop.cli import bundles, gui, letters, lists, office, offices, persons, remains, report  # noqa: F401
from desktop.cli.registry import (
    EXIT_AUTH,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEM,
    GROUPS,
    build_parser,
    open_facades,
)

ORDER = (
    "init",
    "demo",
    "persons",
    "remains",
    "dna",
    "settings",
    "agreements",
    "lists",
    "report",
    "letters",
    "users",
    "passwd",
    "recover",
    "info",
    "audit",
    "check",
    "backup",
    "restore",
    "recovery",
    "offices",
    "bundles",
    "conflicts",
    "confirmations",
    "gui",
)


def main(argv: Sequence[str] | None = None) -> int:
    assert set(ORDER) == set(GROUPS), "every command group has its place in --help"
    args = build_parser({name: GROUPS[name] for name in ORDER}).parse_args(argv)
    # after parsing: --help and a mistyped option need neither (the key slots load cryptography)
    from desktop.settings import default_db_path
    from models.core.errors import RepatriaError, ValidationError, WrongPassword

    args.db = (args.db or default_db_path()).expanduser()
    action = getattr(args, "action", None) or GROUPS["gui"].actions[None]
    try:
        if not action.opens:
            return int(action.handler(args))
        with open_facades(args) as facades:
            return int(action.handler(args, facades))
    except WrongPassword as exc:
        print(f"repatria: {exc}", file=sys.stderr)
        return EXIT_AUTH
    except ValidationError as exc:
        print("repatria: " + "\n".join(str(e) for e in exc.errors), file=sys.stderr)
        return EXIT_PROBLEM
    except RepatriaError as exc:
        print(f"repatria: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        return EXIT_OK  # the reader went away (| head): nothing left to say
    except KeyboardInterrupt:
        print("repatria: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        # "x.csv: No such file or directory", not Python's "[Errno 2] No such file or directory: 'x.csv'"
        said = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc)
        print(f"repatria: {said}", file=sys.stderr)
        return EXIT_PROBLEM
    except Exception as exc:
        # A database error nobody foresaw, said plainly with the driver's own words only: never
        # the statement's values (personal data; the engine hides them too), never a traceback.
        # (Looked up, not imported: a command that opens no database loads no SQLAlchemy.)
        database_errors = sys.modules.get("sqlalchemy.exc")
        if isinstance(exc, (ValueError, LookupError)) and _while_reading_rows(exc):
            # a stored value its column's type cannot read (a date 1985-02-30, a code no enum has:
            # written around the app): never quoted (hostile trial: the traceback quoted it)
            print(
                "repatria: a stored value cannot be read (it was changed outside the app): repatria check names "
                "the record and the field; nothing was changed",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if database_errors is None or not isinstance(exc, database_errors.SQLAlchemyError):
            raise
        said = str(getattr(exc, "orig", None) or type(exc).__name__)
        print(f"repatria: the database refused the work ({said}); nothing was changed", file=sys.stderr)
        return EXIT_PROBLEM


def _while_reading_rows(exc: BaseException) -> bool:
    """Whether ``exc`` was raised while SQLAlchemy turned a stored row into values."""
    frame = exc.__traceback__
    while frame is not None:
        name = frame.tb_frame.f_code.co_filename
        if "sqlalchemy" in name and ("engine" in name or "sql" in name) and "result" in name:
            return True
        if frame.tb_frame.f_code.co_name in ("process", "_process_row", "result_processor"):
            return True
        frame = frame.tb_next
    return False
