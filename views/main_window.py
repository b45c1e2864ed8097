"""The main window lives in views/app/main_window.py. This name stays only while desktop/app.py
and tests/benchmarks/registry.py (outside the views' change) import it from here; delete it
once they import from views.app.main_window."""

from views.app.main_window import MainWindow

__all__ = ["MainWindow"]
