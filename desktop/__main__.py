"""``python -m desktop`` is the same as the ``repatria`` command."""

from desktop.cli import main

raise SystemExit(main())
