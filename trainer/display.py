"""Whether a window can be shown: the one check before Qt is loaded, for the app, the
presenter, the preview and the PDF writers."""

from __future__ import annotations

import os
import sys

from trainer.i18n import _


def screen_or_offscreen(headless_ok: bool) -> bool:
    """A window needs a screen. Without one (Linux, no DISPLAY or WAYLAND_DISPLAY, no
    QT_QPA_PLATFORM), a health check or a PDF runs offscreen, and the app says in one line
    how to start it, instead of Qt's abort and its misleading hint about libxcb."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return True
    if headless_ok:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    print(_("trainer: no screen was found (DISPLAY is not set). Start the window on a screen, or without one "
            "with 'xvfb-run trainer' or 'QT_QPA_PLATFORM=offscreen trainer'."), file=sys.stderr)
    return False
