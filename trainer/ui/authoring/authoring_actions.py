"""The main window's entries for authors and content packs: preview a file or folder,
import a pack, list and remove installed packs, and the authoring guide. Kept apart
from the main window so it stays small. Questions to the user go through small ask_*
methods that tests replace."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from trainer import paths
from trainer.ui.context import AppContext
from trainer.ui.tasks import Task, run_in_background
from trainer.ui.widgets import ask

# Open preview windows, kept here (not on the actions, which the main window rebuilds when
# the language changes) so that they stay open.
OPEN_PREVIEWS: list = []


class AuthoringActions(QObject):
    # A pack import is over, on screen and told: the PackImport, or None when it was refused.
    import_finished = Signal(object)
    content_reloaded = Signal()  # the window shows the packs installed now

    def __init__(self, window: QWidget, context: AppContext):
        super().__init__(window)
        self.window = window
        self.context = context
        self.previews = OPEN_PREVIEWS
        self.last_reopened: list = []  # who got a changed module back as in progress
        self.preview_action = QAction(self.tr("Pre&view content…"), window)
        self.preview_action.triggered.connect(lambda: self.open_preview())
        self.import_action = QAction(self.tr("&Import content pack…"), window)
        self.import_action.triggered.connect(lambda: self.import_pack())
        self.packs_action = QAction(self.tr("Content pac&ks…"), window)
        self.packs_action.triggered.connect(self.show_packs)
        self.guide_action = QAction(self.tr("Authoring &guide"), window)
        self.guide_action.triggered.connect(self.show_guide)

    # ------------------------------------------------------------ questions (replaced in tests)

    def ask_preview_path(self) -> str:
        return ask.open_path(self.window, self.tr("Preview content"), self.tr("Content files (*.md)"))

    def ask_pack_path(self) -> str:
        return ask.open_path(self.window, self.tr("Import content pack"), self.tr("Content packs (*.zip pack.md)"))

    def ask_confirm(self, title: str, text: str) -> bool:
        return ask.confirm(self.window, title, text)

    def tell(self, title: str, text: str, details: str = "") -> None:
        ask.tell(self.window, title, text, details)

    # ------------------------------------------------------------ preview and guide

    def open_preview(self, path: str | Path | None = None):
        from PySide6.QtCore import Qt  # its enum namespace is slow to create: not at start-up

        from trainer.ui.authoring.preview_window import PreviewWindow  # 350-580 ms: only when asked for

        path = path or self.ask_preview_path()
        if not path:
            return None
        path = Path(path)
        if path.name == "module.md" or path.name == "pack.md":
            path = path.parent
        preview = PreviewWindow(path, self.context.roots, self.context.assets, self.context.lang)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda _obj=None, p=preview: self.previews.remove(p) if p in self.previews else None)
        self.previews.append(preview)
        from trainer.ui.widgets.screen_fit import show_fitted

        show_fitted(preview)  # never larger than the laptop's screen
        return preview

    def show_guide(self):
        from trainer.ui.authoring.pack_dialogs import GuideDialog

        from trainer.i18n import language

        lang = language()  # the UI's language for this run, not the course's
        dialog = GuideDialog(paths.authoring_guide(lang), self.window)
        dialog.show()
        return dialog

    # ------------------------------------------------------------ packs

    def show_packs(self):
        from trainer.ui.authoring.pack_dialogs import PacksDialog

        dialog = PacksDialog(self, self.window)
        dialog.show()
        return dialog

    def installed(self) -> list:
        from trainer.course import packs  # 200-300 ms to import (the parsers): not at start-up

        return packs.installed_packs(paths.user_content_dir())

    def import_pack(self, path: str | Path | None = None) -> Task | None:
        """Check the pack off the UI thread (a district's pack may hold hundreds of modules),
        then, if it would replace an installed version, ask; then install it, show the new
        content and say what changed. The Task of the check, or None when no file was chosen.
        `import_finished` tells the end, whichever way it goes."""
        from trainer.course import installed, packs

        path = path or self.ask_pack_path()
        if not path:
            return None
        source = Path(path)
        if source.name == "pack.md":
            source = source.parent
        given = list(self.context.given_content)
        # Checked before anything is asked: a pack with errors is refused at once, with its
        # reasons, instead of first asking whether to replace the installed one.
        return run_in_background(
            lambda: packs.check_before_install(source, paths.user_content_dir(), installed.content_roots(given)),
            on_done=lambda checked: self._on_pack_checked(source, given, checked), on_failed=self._on_pack_refused,
            parent=self.window, busy=self.tr("Checking the pack…"), name="pack-check")

    def _replace_question(self, checked) -> str:
        old, new = checked.previous, checked.manifest
        if checked.older:
            text = self.tr("“%1” version %2 is installed. This pack has version %3, which is OLDER. Go back to "
                           "the older version %3 anyway? Learners keep their progress.")
        elif checked.same_version:
            text = self.tr("“%1” version %2 is already installed. Install version %2 again? Learners keep their "
                           "progress.")
        else:
            text = self.tr("“%1” version %2 is installed. Replace it with version %3? Learners keep their progress.")
        return text.replace("%1", old.title or new.title).replace("%2", old.version or "?").replace("%3", new.version or "?")

    def _on_pack_checked(self, source: Path, given: list, checked) -> None:
        from trainer.store import content_updates

        if checked.previous is not None and not self.ask_confirm(self.tr("Import content pack"),
                                                                  self._replace_question(checked)):
            self.import_finished.emit(None)  # the installed version stays, untouched
            return
        # Going back was asked for just now (the CLI asks for it with --allow-older).
        allow_older = checked.older
        self.install_task = run_in_background(
            lambda: content_updates.import_pack(source, given, allow_older=allow_older),
            on_done=self._on_pack_imported, on_failed=self._on_pack_refused,
            parent=self.window, busy=self.tr("Checking and installing the pack…"), name="pack-import")

    def _on_pack_refused(self, error: BaseException) -> None:
        from trainer.course import packs

        if not isinstance(error, packs.PackError):
            sys.excepthook(type(error), error, error.__traceback__)  # a bug: logged and shown once
            self.import_finished.emit(None)
            return
        # The reasons are in the message itself: behind "Show details" a teacher may never see them.
        shown_at_once = 5
        reasons = [str(p) for p in error.problems]
        text = self.tr("The pack was not installed. Nothing was changed. Send this to whoever made the pack:")
        text += "\n\n" + "\n".join(reasons[:shown_at_once])
        if len(reasons) > shown_at_once:
            text += "\n" + self.tr("…and %n more (see the details).", "", len(reasons) - shown_at_once)
        self.tell(self.tr("Import content pack"), text, "\n".join(reasons) if len(reasons) > shown_at_once else "")
        self.import_finished.emit(None)

    def _on_pack_imported(self, imported) -> None:
        result = imported.installed
        self.last_reopened = imported.reopened
        text = self.tr("“%1” (version %2) is installed.").replace("%1", result.manifest.title).replace(
            "%2", result.manifest.version)
        if result.previous is not None and result.changed_modules:
            changed = "{changed}"  # the titles, once the new content is loaded
            text += " " + self.tr("Changed modules: %1. Whoever had completed one finds it in progress again; "
                                  "their answers are kept.").replace("%1", changed)
        elif result.previous is not None:
            text += " " + self.tr("No module changed, so all progress stays as it was.")
        for card in getattr(result, "contacts", ()):
            # The card holds the numbers to call: a pack that replaces it says so, and shows it.
            text += "\n\n" + self.tr("This pack replaces the contact card (%1). The new card, “%2”:").replace(
                "%1", card.lang).replace("%2", card.title) + "\n" + card.body.strip()
        details = "\n".join(str(p) for p in result.warnings)
        if imported.progress_error is not None:
            details = "\n".join(filter(None, [str(imported.progress_error), details]))

        def told() -> None:
            shown = text
            if result.previous is not None and result.changed_modules:
                shown = text.replace("{changed}", ", ".join(self._module_titles(result.changed_modules)), 1)
            self.tell(self.tr("Import content pack"), shown, details)
            self.import_finished.emit(imported)

        self.reload_content(then=told)

    def _module_titles(self, ids) -> list[str]:
        """Modules as a teacher knows them, by title (in the app's language where the module
        has one), not by id; sorted as shown."""
        modules = self.context.library.modules
        titles = []
        for ident in ids:
            same = [m for m in modules if m.id == ident]
            chosen = next((m for m in same if m.lang == self.context.lang), same[0] if same else None)
            titles.append(self.tr("“%1”").replace("%1", chosen.title) if chosen is not None and chosen.title else ident)
        return sorted(titles, key=str.casefold)

    def remove_pack(self, name: str) -> bool:
        from trainer.course import packs

        pack = next((p for p in self.installed() if p.name == name), None)
        if pack is None:
            return False
        if not self.ask_confirm(
            self.tr("Remove content pack"),
            self.tr("Remove “%1”? Learners' progress is kept, and comes back if the pack is installed again.")
            .replace("%1", pack.title),
        ):
            return False
        try:
            packs.remove(name, paths.user_content_dir())
        except packs.PackError as error:
            self.tell(self.tr("Remove content pack"), self.tr("The pack could not be removed."),
                      "\n".join(str(p) for p in error.problems))
            return False
        self.reload_content()
        return True

    def reload_content(self, then=None) -> Task:
        """Load the content again, off the UI thread, with the packs installed now, and go
        back to where the learner was (or the overview, if that module is gone); then `then()`."""
        from trainer.course.cache import load_cached
        from trainer.course.installed import content_roots

        window = self.window
        window.save_module_time()
        roots = content_roots(self.context.given_content)
        self.context.roots = roots

        def show(library) -> None:
            window.set_library(library)
            self.content_reloaded.emit()
            if then is not None:
                then()

        return run_in_background(lambda: load_cached(roots, paths.cache_dir()), on_done=show, parent=window,
                                 busy=self.tr("Loading the course…"), name="content-reload")
