"""The Lists page lives in views/lists/page.py. This name stays only while tests/helpers/gui_lists.py
(outside the views' change) imports it from here; delete it once that import is updated."""

from views.lists.page import ListsPage

__all__ = ["ListsPage"]
