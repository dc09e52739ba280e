"""Profiles, my progress, certificate, export and erasing, through the real window."""

from PySide6.QtCore import Qt

from test_learner_flow import create_profile
from trainer.store import progress


def pass_demo_quiz(window, percent_right=5):
    db, profile = window.context.db, window.context.profile
    attempt = progress.start_attempt(db, profile.id, "demo", "quiz-demo", "v")
    progress.finish_attempt(db, attempt, percent_right, 5, 75)


def test_rename_and_delete_profiles(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window, "Kari")
    window.show_profiles()
    create_profile(qtbot, window, "Ola")
    window.show_profiles()
    picker = window.profile_picker
    picker.ask_text = lambda *a: "Kari Nordmann"
    picker.profiles.setCurrentRow(0)
    qtbot.mouseClick(picker.rename_button, Qt.MouseButton.LeftButton)
    assert [picker.profiles.item(i).text() for i in range(picker.profiles.count())] == ["Kari Nordmann", "Ola"]
    picker.ask_confirm = lambda *a: False
    qtbot.mouseClick(picker.delete_button, Qt.MouseButton.LeftButton)
    assert picker.profiles.count() == 2  # said no: nothing deleted
    picker.ask_confirm = lambda *a: True
    qtbot.mouseClick(picker.delete_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in progress.list_profiles(window.context.db)] == ["Ola"]


def test_progress_view_and_certificate(qtbot, make_window, tmp_path):
    window = make_window()
    create_profile(qtbot, window)
    window.records.progress_action.trigger()
    view = window.progress_view
    assert window.stack.currentWidget() is view
    assert not view.certificate_button.isEnabled()
    assert "Quiz: demo: 0 % / 75 %" in view.standing.text()
    pass_demo_quiz(window, 3)
    pass_demo_quiz(window, 5)
    view.refresh()
    row = view.table.topLevelItem(0)
    assert [row.text(c) for c in range(6)] == ["Demomodul", "Ikke startet", "0 min", "2", "100 %", "100 %"]
    assert view.chart.pixmap() is not None and not view.chart.pixmap().isNull()
    assert view.certificate_button.isEnabled()
    target = tmp_path / "bevis.pdf"
    window.records.ask_save_path = lambda *a: (str(target), "PDF (*.pdf)")
    window.records.tell = lambda *a: None
    qtbot.mouseClick(view.certificate_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_export_from_the_menu(qtbot, make_window, tmp_path):
    window = make_window()
    create_profile(qtbot, window)
    pass_demo_quiz(window)
    window.records.tell = lambda *a: None
    target = tmp_path / "resultater.csv"
    window.records.ask_save_path = lambda *a: (str(target), "CSV (*.csv)")
    window.records.export_action.trigger()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # utf-8-sig: Excel reads the letters right
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Navn;Type;Modul;") and lines[1].startswith("Kari Nordmann;quiz;Demomodul;")
    xapi_target = tmp_path / "resultater.xapi.json"
    window.records.ask_save_path = lambda *a: (str(xapi_target), "xAPI JSON (*.xapi.json)")
    window.records.export_action.trigger()
    assert '"verb"' in xapi_target.read_text("utf-8")


def test_erase_all_data_leaves_no_rows(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window)
    pass_demo_quiz(window)
    window.open_module("demo")  # its first page is read
    assert window.context.db["pages_read"].count == 1
    window.records.ask_confirm = lambda *a: True
    window.records.erase_action.trigger()
    db = window.context.db
    for table in ("profiles", "module_progress", "scenario_runs", "scenario_choices", "quiz_attempts", "quiz_answers",
                  "pages_read"):
        assert db[table].count == 0, table
    assert window.stack.currentWidget() is window.profile_picker
    assert not window.records.progress_action.isEnabled()


def test_privacy_page_names_the_data_folder(qtbot, make_window, data_dir):
    from trainer.ui.records.records_dialogs import PrivacyDialog

    dialog = PrivacyDialog()
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert str(data_dir) in text and "progress.db" in text and "aldri passordet" in text


class _LRS:
    """A learning record store on localhost that accepts every batch (xAPI `POST statements`)."""

    def __enter__(self):
        import json
        import threading
        from http.server import BaseHTTPRequestHandler, HTTPServer

        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                batch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                received.extend(batch)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps([s["id"] for s in batch]).encode())  # xAPI: the ids it stored

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/xAPI"
        return self

    def __exit__(self, *error):
        self.server.shutdown()
        self.server.server_close()


def test_sending_results_runs_off_the_ui_thread_and_says_how_many(qtbot, make_window):
    from trainer.ui.records.records_dialogs import SyncDialog

    window = make_window()
    create_profile(qtbot, window)
    pass_demo_quiz(window)
    dialog = SyncDialog(window.context, window.preferences, window)
    qtbot.addWidget(dialog)
    with _LRS() as lrs:
        dialog.url.setText(lrs.url)
        dialog.user.setText("skole")
        dialog.send()
        assert not dialog.send_button.isEnabled() and dialog.status.text() == dialog.tr("Sending…")
        qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
        sent = len(lrs.received)
        assert sent > 0
        assert dialog.status.text() == dialog.tr("Sent %1 new results (%2 had been sent before).").replace(
            "%1", str(sent)).replace("%2", "0")
        dialog.send()  # again: nothing new
        qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
        assert dialog.status.text() == dialog.tr("Sent %1 new results (%2 had been sent before).").replace(
            "%1", "0").replace("%2", str(sent))
    # The address and the user name are remembered for next time; the password is not.
    again = SyncDialog(window.context, window.preferences, window)
    qtbot.addWidget(again)
    assert (again.url.text(), again.user.text(), again.password.text()) == (lrs.url, "skole", "")


def test_an_lrs_that_cannot_be_reached_is_said_in_words(qtbot, make_window):
    from trainer.store.sync import SyncError
    from trainer.ui.records.records_dialogs import SyncDialog

    window = make_window()
    create_profile(qtbot, window)
    pass_demo_quiz(window)
    dialog = SyncDialog(window.context, window.preferences, window)
    qtbot.addWidget(dialog)
    with _LRS() as lrs:
        url = lrs.url  # a port that was just free again
    dialog.url.setText(url)
    dialog.send()
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=20_000)
    assert isinstance(dialog.task.error, SyncError)
    assert dialog.status.text() == dialog.tr("Not sent: %1. Nothing is lost; try again later.").replace(
        "%1", str(dialog.task.error))


def _sync_dialog(qtbot, make_window, text_size=100):
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences
    from trainer.ui.records.records_dialogs import SyncDialog

    Preferences(open_settings()).set("text_size", text_size)
    window = make_window()
    create_profile(qtbot, window)
    dialog = SyncDialog(window.context, window.preferences, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return window, dialog


def test_the_lrs_dialog_shows_a_refusal_whole_at_200_percent_text(qtbot, make_window):
    """At 200 % text the words, the fields and a long refusal were cut at a fixed size:
    the dialog grows with the status, and what the screen cannot hold scrolls, never cut."""
    from trainer.ui.widgets.scrolling import in_view

    window, dialog = _sync_dialog(qtbot, make_window, 200)
    dialog.url.setText("http://lrs.skolen.example.org/data/xAPI")
    before = dialog.height()
    dialog.send()
    qtbot.wait(50)
    assert "lrs.skolen.example.org" in dialog.status.text()
    assert "--allow-http" not in dialog.status.text()  # the app has no command-line flags
    assert dialog.height() > before or dialog.scroll.verticalScrollBar().maximum() > 0
    body = dialog.body
    assert body.height() >= body.layout().totalHeightForWidth(body.width())  # nothing squeezed
    for label in (dialog.status, dialog.intro, dialog.allow_http_note):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert body.width() <= dialog.scroll.viewport().width()  # nothing beyond the right edge
    assert in_view(dialog.scroll, dialog.status, margin=0)
    for field in (dialog.url, dialog.user, dialog.password, dialog.allow_http):
        assert field.height() >= field.fontMetrics().height() + 8 and field.visibleRegion().boundingRect().height() == field.height()


def test_a_refused_lrs_address_is_not_saved(qtbot, make_window):
    window, dialog = _sync_dialog(qtbot, make_window)
    window.preferences.set("lrs/url", "https://lrs.example.org/xAPI")
    dialog.url.setText("http://lrs.example.org/xAPI")
    dialog.send()
    assert dialog.task is None  # nothing sent
    assert window.preferences.get("lrs/url") == "https://lrs.example.org/xAPI"
    dialog.url.setText("ikke en adresse")
    dialog.send()
    assert dialog.task is None and window.preferences.get("lrs/url") == "https://lrs.example.org/xAPI"


def test_the_lrs_dialog_allows_plain_http_only_when_ticked(qtbot, make_window, monkeypatch):
    from trainer.store import sync
    from trainer.ui.records import records_dialogs

    sent = []
    monkeypatch.setattr(records_dialogs, "_send", lambda *args: sent.append(args) or sync.SyncResult(0, 0))
    window, dialog = _sync_dialog(qtbot, make_window)
    dialog.url.setText("http://lrs.example.org/xAPI")
    dialog.allow_http.setChecked(True)
    dialog.send()
    qtbot.waitUntil(lambda: sent != [], timeout=5000)
    assert sent[0][0] is window.context.library and sent[0][-1] is True
    assert window.preferences.get("lrs/url") == "http://lrs.example.org/xAPI"


def test_export_takes_the_typed_ending_or_adds_the_filters(qtbot, make_window, tmp_path):
    """mine.json under the CSV filter was CSV in a .json file; "mine" was a file with no
    ending. The typed ending wins; with none, the filter's is added."""
    import json

    window = make_window()
    create_profile(qtbot, window)
    pass_demo_quiz(window)
    window.records.tell = lambda *a: None
    for typed, chosen, written, kind in [
        ("mine.json", "CSV (*.csv)", "mine.json", "json"),
        ("mine", "CSV (*.csv)", "mine.csv", "csv"),
        ("egen", "JSON (*.json)", "egen.json", "json"),
        ("x", "xAPI JSON (*.xapi.json)", "x.xapi.json", "xapi"),
        ("tabell.CSV", "JSON (*.json)", "tabell.CSV", "csv"),
    ]:
        window.records.ask_save_path = lambda *a, typed=typed, chosen=chosen: (str(tmp_path / typed), chosen)
        assert window.records.export_results() == tmp_path / written
        text = (tmp_path / written).read_text("utf-8-sig")
        if kind == "csv":
            assert text.splitlines()[0].count(";") > 3 or text.splitlines()[0].count(",") > 3, typed
        else:
            document = json.loads(text)
            assert (isinstance(document, list)) == (kind == "xapi"), typed
    assert not (tmp_path / "mine").exists()


def test_an_added_ending_does_not_replace_a_file_unasked(qtbot, make_window, tmp_path):
    window = make_window()
    create_profile(qtbot, window)
    pass_demo_quiz(window)
    window.records.tell = lambda *a: None
    (tmp_path / "mine.csv").write_text("mitt eget", "utf-8")
    window.records.ask_save_path = lambda *a: (str(tmp_path / "mine"), "CSV (*.csv)")
    window.records.ask_confirm = lambda *a: False
    assert window.records.export_results() is None
    assert (tmp_path / "mine.csv").read_text("utf-8") == "mitt eget"


def test_suggested_file_names_have_no_forbidden_characters_and_a_certificate_ends_in_pdf(qtbot, make_window,
                                                                                           tmp_path):
    window = make_window()
    create_profile(qtbot, window, 'Kari/Ola: 8B? "A|B"')
    pass_demo_quiz(window)
    window.records.tell = lambda *a: None
    asked = []

    def save_as(title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "bevis"), filters

    window.records.ask_save_path = save_as
    assert window.records.save_certificate("demokurs") == tmp_path / "bevis.pdf"
    assert (tmp_path / "bevis.pdf").read_bytes().startswith(b"%PDF")
    window.records.export_results()
    assert len(asked) == 2
    for name in asked:
        assert not set('<>:"/\\|?*') & set(name), name
        assert "Kari-Ola- 8B- -A-B-" in name
