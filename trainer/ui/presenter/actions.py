"""The main window's presenter menu entries: start presenter mode on a programme, and
save the parents' handout as PDF. No profile is needed and no learner data is shown.
Questions go through small ask_* methods that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from trainer.ui.errors import message_for
from trainer.ui.widgets import ask
from trainer.ui.context import AppContext
from trainer.ui.widgets.shortcuts import set_keys


class PresenterActions(QObject):
    def __init__(self, window: QWidget, context: AppContext):
        super().__init__(window)
        self.window = window
        self.context = context
        self.presenter = None  # the running presentation, if any
        self.present_action = QAction(self.tr("&Presenter mode…"), window)
        set_keys(self.present_action, "F5")
        self.present_action.triggered.connect(self.start_presenter)
        self.handout_action = QAction(self.tr("Parent &handout (PDF)…"), window)
        self.handout_action.triggered.connect(self.save_handout)

    # ------------------------------------------------------------ questions (replaced in tests)

    def ask_programme(self, programmes: list, title: str):
        # Presenter code loads when first used, not at every start of the app.
        from trainer.ui.presenter.dialogs import choose_programme

        return choose_programme(programmes, self.context.lang, self.window, title)

    def ask_save_path(self, title: str, suggested: str) -> str:
        return ask.save_path(self.window, title, suggested, "PDF (*.pdf)")[0]

    def tell(self, title: str, text: str) -> None:
        ask.tell(self.window, title, text)

    # ------------------------------------------------------------ actions

    def start_presenter(self):
        from trainer.ui.presenter.presenter import Presenter

        programmes = self.context.library.programmes
        if not programmes:
            self.tell(self.tr("Presenter mode"), self.tr("The installed content has no programmes."))
            return None
        programme = self.ask_programme(programmes, self.tr("Presenter mode"))
        if programme is None:
            return None
        if self._has_errors(programme, self.tr("Presenter mode"), self.tr(
                "This programme has errors and cannot be shown:\n\n%1\n\n'trainer validate' lists every one.")):
            return None
        if self.presenter is not None:
            self.presenter.leave()
        from trainer.ui.application import open_settings
        from trainer.ui.preferences import Preferences

        self.presenter = Presenter(programme, self.context.library, db_opener=lambda: self.context.db,
                                   assets=self.context.assets, preferences=Preferences(open_settings()))
        self.presenter.finished.connect(self._on_presenter_finished)
        self.presenter.start()
        return self.presenter

    def _has_errors(self, programme, title: str, text: str) -> bool:
        """Never a show or a sheet that silently leaves parts out: say what is wrong, briefly."""
        from trainer.course.programme import programme_errors  # here: the first screen loads no parser

        blocking = programme_errors(self.context.library, programme)
        if blocking:
            shown = "\n".join(blocking[:10]) + ("\n…" if len(blocking) > 10 else "")
            self.tell(title, text.replace("%1", shown))
        return bool(blocking)

    def _on_presenter_finished(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is not None and not presenter.dual:
            # One screen, or a mirrored projector: the app's window would come back on the
            # hall's screen with the profile list's names or a learner's progress. It comes
            # back covered, with a way back in one key. (Minimised, it seemed to have closed:
            # nothing said where it went.)
            self._cover()
        self.window.activateWindow()

    def _cover(self) -> None:
        from trainer.ui.presenter.show_ended import ShowEnded

        stack = self.window.stack
        before = stack.currentWidget()
        cover = ShowEnded()
        stack.addWidget(cover)
        stack.setCurrentWidget(cover)

        def back() -> None:
            if before is not None and stack.indexOf(before) >= 0:
                stack.setCurrentWidget(before)
                before.setFocus()
            stack.removeWidget(cover)
            cover.deleteLater()

        cover.back.connect(back)
        cover.back_button.setFocus()

    def save_handout(self) -> Path | None:
        from trainer.ui.presenter.handout_pdf import write_handout

        programmes = [p for p in self.context.library.programmes if p.handout]
        if not programmes:
            self.tell(self.tr("Parent handout"), self.tr("The installed content has no programme with a handout."))
            return None
        programme = self.ask_programme(programmes, self.tr("Parent handout"))
        if programme is None or self._has_errors(programme, self.tr("Parent handout"), self.tr(
                "This programme has errors, so no handout is made from it:\n\n%1\n\n'trainer validate' lists every one.")):
            return None
        path = self.ask_save_path(self.tr("Save the parent handout"), f"{programme.id}-{programme.lang}.pdf")
        if not path:
            return None
        path = Path(path) if Path(path).suffix.lower() == ".pdf" else Path(path + ".pdf")
        from trainer.course.handout import HandoutError, build_handout

        try:
            pages = write_handout(build_handout(programme, self.context.library), path)
        except (HandoutError, OSError) as error:
            self.tell(self.tr("Parent handout"), self.tr("The handout could not be saved:\n%1").replace("%1", message_for(error)))
            return None
        self.tell(self.tr("Parent handout"), self.tr("Saved %1 (pages: %2).").replace("%1", str(path)).replace("%2", str(pages)))
        return path
