"""Contact sheets of every slide of the built-in programmes, as the hall sees them, to look
at before calling the slides finished (issue 15 asked for them).

    python tools/slide_sheets.py [OUT] [--size 1280x720]   OUT/slides-<programme>-<lang>-<size>.png
    python tools/slide_sheets.py --docs                    the README's two in docs/presenter/

Each slide of the show's default path (the recommended choices) is painted by the
presenter's own SlideView at the projector's size, after the same pagination the show
uses, with made-up hand counts on the answer slides, and placed eight to a row, scaled
down. Runs without a screen (offscreen)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DOCS = (("foreldremote", "nb"), ("foreldremote-kort", "en"))  # docs/presenter's sheets
COLUMNS, THUMB_WIDTH, GAP = 8, 320, 4


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="slides")
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--docs", action="store_true", help="write docs/presenter's two sheets")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from trainer import paths
    from trainer.course.loader import load_library
    from trainer.course.deck import Presentation
    from trainer.ui.presenter.labels import CONTENT_WARNING, slide_label
    from trainer.ui.presenter.slide_render import SlideFitter
    from trainer.ui.presenter.slide_view import SlideView

    _app = QApplication.instance() or QApplication(sys.argv)  # widgets need one
    width, height = (int(n) for n in args.size.split("x"))
    size = QSize(width, height)
    library = load_library([paths.builtin_content_dir()])
    out = REPO / "docs" / "presenter" if args.docs else Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wanted = DOCS if args.docs else [(p.id, p.lang) for p in library.programmes]
    for programme_id, lang in wanted:
        programme = library.programme(programme_id, lang)
        # The show's own slides along its default path: the recommended choices, no votes.
        slides = Presentation(programme, library, slide_label(CONTENT_WARNING, lang),
                              fits=SlideFitter(size, library.roots, paths.assets_dir(), lang)).slides
        thumb = QSize(THUMB_WIDTH, THUMB_WIDTH * height // width)
        rows = (len(slides) + COLUMNS - 1) // COLUMNS
        sheet = QImage(COLUMNS * (thumb.width() + GAP) + GAP, rows * (thumb.height() + GAP) + GAP,
                       QImage.Format.Format_RGB32)
        sheet.fill(QColor("#808080"))
        painter = QPainter(sheet)
        view = SlideView(roots=library.roots, assets=paths.assets_dir())
        view.lang = lang
        view.resize(size)
        for index, slide in enumerate(slides):
            votes = tuple(12 + 18 * n for n in range(len(slide.choices))) if slide.kind in ("reveal", "answer") else ()
            view.show_slide(slide, index + 1, votes)
            image = view.grab().scaled(thumb, Qt.AspectRatioMode.IgnoreAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation).toImage()
            row, column = divmod(index, COLUMNS)
            painter.drawImage(GAP + column * (thumb.width() + GAP), GAP + row * (thumb.height() + GAP), image)
        painter.end()
        target = out / f"slides-{programme_id}-{lang}-{width}x{height}.png"
        # 256 colours: a slide has few, and the sheets are kept in the repository.
        sheet.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither).save(str(target))
        print(f"{target}: {len(slides)} slides")
    return 0


if __name__ == "__main__":
    sys.exit(main())
