"""Fixtures for the presenter tests: an evening over the demo module, and presenters
started on one or two screens with their questions answered by the test."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from trainer.course.loader import load_library

from presenting import PROGRAMME


@pytest.fixture
def evening(demo_content):
    module = demo_content / "nb" / "demo" / "module.md"
    module.write_text(module.read_text("utf-8").replace("summary:", "content_warning: Om vold mot barn.\nsummary:"), "utf-8")
    (demo_content / "nb" / "kveld.md").write_text(PROGRAMME, "utf-8")
    return load_library([demo_content])


@pytest.fixture
def make_presenter(qtbot, evening):
    from trainer.ui.presenter.presenter import Presenter
    from trainer.ui.presenter.screen_choice import ScreenFacts

    made = []

    def make(dual=False, **options):
        presenter = Presenter(evening.programme("kveld", "nb"), evening, fullscreen=False, **options)
        qtbot.addWidget(presenter.audience)
        qtbot.addWidget(presenter.console)
        screen = QGuiApplication.primaryScreen()
        if dual:
            # The one offscreen screen twice, told as two side by side (the same screen
            # twice is one place to the presenter: mirrored). tests/ui/presenter/
            # test_two_screens.py runs the windows on two real offscreen screens.
            presenter._facts = lambda screens: [ScreenFacts(f"screen-{i}", 1280, 720, i == 0, 1280 * i, 0)
                                                for i in range(len(screens))]
        presenter.start(screens=[screen, screen] if dual else [screen])
        presenter.refit(QSize(1280, 720))
        presenter.asked = []
        presenter.ask = lambda question: presenter.asked.append(question) or False
        made.append(presenter)
        return presenter

    yield make
    for presenter in made:
        presenter.leave()
