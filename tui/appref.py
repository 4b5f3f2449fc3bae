"""The running reader, typed: screens and widgets read the app's shared state (engine, index
readiness, speaker colours) through this, so the type checker knows what they touch."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import App
from textual.dom import DOMNode

if TYPE_CHECKING:
    from .app import IceReaderApp


def reader_app(node: DOMNode | App) -> IceReaderApp:
    """The app of a widget or screen (or the app itself, as command providers hold it)."""
    return cast("IceReaderApp", node if isinstance(node, App) else node.app)
