"""The Qt layer: windows and widgets that show the core's content and ask the learner.

PySide6 is loaded here, before any of the layer's modules, and told what it need not
read (see pyside_features)."""

from trainer.ui.pyside_features import answer_known_modules

answer_known_modules()
