"""The other side's list imported through the Lists page's column step, as a user does it."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from views.lists.page import ListsPage

LIST = (
    "Список;;;\n"
    "Прізвище;Ім'я;Дата;Примітка\n"
    "Коваленко;Сергей;02.03.1996;тяжелораненый\n"
    "Коваленко;Сергій;;\n"
    "Мельник;Александр;01.04.2003;\n"
)


def import_through_column_step(qtbot: QtBot, page: ListsPage, tmp_path: Path) -> None:
    path = tmp_path / "theirs.csv"
    path.write_bytes(LIST.encode("cp1251"))
    page.import_dialog = None  # type: ignore[assignment]
    page.import_file(path)
    qtbot.waitUntil(lambda: getattr(page, "import_dialog", None) is not None)
    dialog = page.import_dialog
    assert dialog.mapping() == {"surname": 0, "given_names": 1}  # "Дата" alone could be any date
    born = dialog.mapping_boxes["date_of_birth"]
    born.setCurrentIndex(born.findData(2))  # the user corrects the guess
    category = dialog.mapping_boxes["category"]
    category.setCurrentIndex(category.findData(3))
    with qtbot.waitSignal(page.checked, timeout=10_000):
        dialog.accept()
