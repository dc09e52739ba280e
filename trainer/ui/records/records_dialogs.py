"""Dialogs around a learner's records: what is stored and where (privacy), and sending
records to a school's learning record store."""

from __future__ import annotations

import sys
from html import escape

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout,
    QWidget,
)

from trainer import paths
from trainer.store import sync
from trainer.store.errors import StorageError
from trainer.ui.errors import message_for
from trainer.ui.widgets import theme
from trainer.ui.widgets.screen_fit import FRAME, resize_within
from trainer.ui.widgets.scrolling import bring_into_view, follow_focus, lay_out_now, scrolling
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.context import AppContext
from trainer.ui.preferences import Preferences
from trainer.ui.tasks import run_in_background


class PrivacyDialog(QDialog):
    """What is stored and where, in plain words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What is stored and where"))
        view = QTextBrowser()
        view.document().setDocumentMargin(theme.TEXT_MARGIN)
        view.setOpenExternalLinks(False)
        view.setAccessibleName(self.windowTitle())
        folder = escape(str(paths.data_dir()))
        parts = [
            f"<h2>{escape(self.tr('What is stored and where'))}</h2>",
            "<p>" + escape(self.tr("Everything stays on this computer. Nothing is sent anywhere unless you "
                                   "choose to send your results to your school's learning record store.")) + "</p>",
            "<p><b>" + escape(self.tr("Folder:")) + f"</b> {folder}</p>",
            "<ul>",
            "<li><b>progress.db</b>: " + escape(self.tr(
                "each profile's display name; for each module its status, where you were, the pages you opened and the time spent; "
                "every choice in the scenarios and the ending you reached; every quiz attempt with each answer, "
                "whether it was right, and the version of the content it was answered against.")) + "</li>",
            "<li><b>settings.ini</b>: " + escape(self.tr(
                "the language, the last profile used, and the address and user name of a learning record store "
                "if you gave one (never the password).")) + "</li>",
            "<li><b>faresignaler.log</b>: " + escape(self.tr(
                "technical error messages, to help fix problems. No answers are written there.")) + "</li>",
            "<li><b>backups/</b>: " + escape(self.tr(
                "copies of progress.db taken each time the app starts; the last five are kept. Deleting a "
                "profile or erasing all data removes them too.")) + "</li>",
            "<li><b>content/</b>: " + escape(self.tr(
                "content packs you have imported, for example from your police district.")) + "</li>",
            "<li><b>cache/</b>: " + escape(self.tr(
                "a copy of the course in a form that starts faster. Nothing personal; it may be deleted.")) + "</li>",
            "<li><b>progress-kept-….db</b>: " + escape(self.tr(
                "only if the progress file was ever damaged: the damaged file, kept so that nothing is lost. "
                "You may delete it.")) + "</li>",
            "</ul>",
            "<p>" + escape(self.tr("Nothing about the audience at a parent evening is stored; only if the presenter "
                                   "asks for it, the hand counts are saved with the programme and the date. No account "
                                   "is needed, and no e-mail address or other personal data is asked for.")) + "</p>",
            "<p>" + escape(self.tr("To delete your data: File > Delete this profile, or File > Erase all data. "
                                   "Deleted data is removed from the database file at once.")) + "</p>",
        ]
        view.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.view = view
        resize_within(self, 640, 520)


def _send(library, lrs: str, user: str, password: str, profile_ids, allow_http: bool = False):
    """Runs off the UI thread with its own database connection (an SQLite connection
    belongs to one thread); never touches a widget."""
    from trainer.store.db import connect  # sqlite-utils (about 0.1 s): only when sending

    db = connect(paths.database_path())
    try:
        return sync.sync(db, library, lrs, user or None, password, profile_ids=profile_ids, allow_http=allow_http)
    finally:
        db.conn.close()


class SyncDialog(QDialog):
    """Send this learner's records to a learning record store (xAPI)."""

    def __init__(self, context: AppContext, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.context = context
        self.preferences = preferences
        self.setWindowTitle(self.tr("Send results to a learning record store"))
        intro = WrappedLabel(self.tr("If your school collects results in a learning record store (LRS), enter its "
                                     "address here. Each result is sent once; anything that does not arrive is sent "
                                     "the next time. The password is not saved."))
        self.url = QLineEdit(preferences.get("lrs/url"))
        self.url.setPlaceholderText("https://lrs.example.org/xAPI")
        self.user = QLineEdit(preferences.get("lrs/user"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        # The app's own way to what the command line calls --allow-http: asked each time,
        # never saved, so that a laptop taken to another network does not keep it.
        self.allow_http = QCheckBox(self.tr("Allow plain &http on this network"))
        # Said in a label of its own under the check box: a check box's own text does not wrap.
        self.allow_http_note = WrappedLabel(self.tr("Only if you know the network is safe: with an http:// address the "
                                                    "password and the results are sent unencrypted."))
        self.status = WrappedLabel()
        self.status.setAccessibleName(self.tr("Sending status"))
        self.send_button = QPushButton(self.tr("&Send now"), objectName="primary")
        self.send_button.clicked.connect(self.send)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        # The words and fields scroll above the buttons: at 200 % text a long refusal under
        # them needs more height than a small screen has (they were cut off at a fixed size).
        self.body = QWidget()
        rows = QVBoxLayout(self.body)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(intro)
        self.intro = intro
        rows.addLayout(form)
        rows.addWidget(self.allow_http)
        rows.addWidget(self.allow_http_note)
        rows.addWidget(self.status)
        rows.addStretch(1)
        self.scroll = scrolling(self.body)
        follow_focus(self.scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.buttons = buttons
        resize_within(self, 560, 320)
        self.fit()
        self.task = None  # the latest sending, while and after it runs

    def fit(self) -> None:
        """Grow (never shrink) to show the words, the fields and the status whole at the
        dialog's width, as far as the screen allows; beyond that they scroll."""
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        needed = (self.body.layout().totalHeightForWidth(width) + self.buttons.sizeHint().height()
                  + self.layout().spacing() + margins.top() + margins.bottom())
        screen = self.screen() or (self.parentWidget().screen() if self.parentWidget() else None)
        room = screen.availableGeometry().height() - FRAME if screen is not None else needed
        height = min(max(self.height(), needed), room)
        if height != self.height():
            self.resize(self.width(), height)

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.fit()
        lay_out_now()  # the label's new height, before it is scrolled to
        bring_into_view(self.scroll, self.status)

    def send(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.say(self.tr("Write the address of the learning record store first."))
            return
        allow_http = self.allow_http.isChecked()
        # The address is checked before it is saved: a refused one is not remembered.
        try:
            sync.target(url, allow_http=allow_http)
        except sync.PlainHttpError as refused:
            self.say(self.tr("Not sent: %1 would be reached with plain http, which sends the password and the "
                             "results unencrypted. Use an https:// address, or tick “Allow plain http on this "
                             "network” if you know the network is safe. The address is not saved.")
                     .replace("%1", refused.host))
            return
        except sync.SyncError as error:
            self.say(self.tr("Not sent: %1. The address is not saved.").replace("%1", message_for(error)))
            return
        user = self.user.text().strip()
        self.preferences.set("lrs/url", sync.public_address(url))  # a password in the address is never saved
        self.preferences.set("lrs/user", user)
        self.preferences.save()
        profile = self.context.profile
        ids = [profile.id] if profile else None
        library, password = self.context.library, self.password.text()
        self.send_button.setEnabled(False)
        self.say(self.tr("Sending…"))
        self.task = run_in_background(lambda: _send(library, url, user, password, ids, allow_http),
                                      on_done=self._on_sent, on_failed=self._on_not_sent, parent=self, name="lrs-sync")

    def _on_sent(self, result) -> None:
        self.send_button.setEnabled(True)
        self.say(self.tr("Sent %1 new results (%2 had been sent before).")
                            .replace("%1", str(result.sent)).replace("%2", str(result.already_sent)))

    def _on_not_sent(self, error: BaseException) -> None:
        self.send_button.setEnabled(True)
        if not isinstance(error, (sync.SyncError, StorageError)):
            self.status.setText("")
            sys.excepthook(type(error), error, error.__traceback__)  # a bug: logged and shown once
            return
        self.say(self.tr("Not sent: %1. Nothing is lost; try again later.").replace("%1", message_for(error)))
