"""The projector themes keep their contrast in a lit hall."""

from trainer.ui.presenter.slide_theme import DARK, LIGHT, contrast


def test_high_contrast_themes():
    for theme in (DARK, LIGHT):
        for colour in (theme.text, theme.heading, theme.muted, theme.correct):
            assert contrast(colour, theme.background) >= 7, (theme.name, colour)
            assert contrast(colour, theme.panel) >= 7, (theme.name, colour)
        assert contrast(theme.highlight_text, theme.highlight) >= 7, theme.name
