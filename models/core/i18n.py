"""The marker Qt's ``lupdate`` reads in the Qt-free model layer.

Words the model layer defines and the interface shows (report titles, letter templates, the
messages of errors) are written as ``QT_TRANSLATE_NOOP("Context", "text")``: the call returns the
text unchanged, so the model layer stays free of Qt, while ``pyside6-lupdate`` finds it by name
and puts it in ``resources/translations/repatria_uk.ts`` under that context. The views translate
it with ``QCoreApplication.translate("Context", text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` as it is; ``context`` only tells lupdate where the translation goes."""
    del context
    return text
