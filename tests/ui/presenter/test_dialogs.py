"""The presenter's dialogs: the programme chooser names each programme's language by its
own name, not by a code a parent evening's presenter need not know."""

from PySide6.QtCore import Qt

from trainer.i18n import language_name


def test_the_programme_chooser_names_languages(qtbot, evening):
    from trainer.ui.presenter.dialogs import ProgrammeChooser

    chooser = ProgrammeChooser(evening.programmes, "nb")
    qtbot.addWidget(chooser)
    items = [chooser.list.item(row) for row in range(chooser.list.count())]
    assert items
    for item in items:
        programme = item.data(Qt.ItemDataRole.UserRole)
        assert f"{programme.title}  ({language_name(programme.lang)}, {programme.minutes} " in item.text()


def test_language_names_stand_alone_capitalised():
    assert language_name("nb") == "norsk bokmål" and language_name("nb", capitalised=True) == "Norsk bokmål"
    assert language_name("en", capitalised=True) == "English" and language_name("se") == "se"
