"""The login dialog lives in views/app/login.py. This name stays only while desktop/app.py
(outside the views' change) imports it from here; delete it once it imports from
views.app.login."""

from views.app.login import LoginDialog

__all__ = ["LoginDialog"]
