"""Shared widgets and the look: theme tokens, appearance, content view, charts, small helpers."""
