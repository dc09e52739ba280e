"""Faresignaler: offline training on recruitment into Violence as a Service."""

__version__ = "0.1.0"
