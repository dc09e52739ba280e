"""Presenter mode for parent evenings: the projector shows the slide, the laptop shows
the presenter's view (current and next slide, notes, time). See `presenter.py`."""
