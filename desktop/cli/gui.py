"""`repatria gui` (and `repatria` alone): the desktop app."""

from __future__ import annotations

import argparse

from desktop.cli.registry import arg, group, path

gui = group("gui", "open the desktop app")


@gui.action(
    None,
    gui.help,
    arg(
        "--screenshot",
        type=path,
        metavar="PNG",
        default=None,
        help="log in from the environment, save the main window as PNG and exit",
    ),
    arg(
        "--person",
        metavar="EXTERNAL_ID",
        default=None,
        help="open this person's editor (with --screenshot: save the editor)",
    ),
    arg("--search", metavar="TEXT", default=None, help="start with this search typed"),
    opens=False,
)
def run(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(
        args.db,
        args.user,
        screenshot=getattr(args, "screenshot", None),
        person=getattr(args, "person", None),
        search=getattr(args, "search", None),
    )
