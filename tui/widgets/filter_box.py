"""A filter box above a list: typing narrows the list at once; ↓ moves on to the list, Enter too
(or, in a window with a detail list, on to what the highlighted entry holds), Esc clears the box
(when it is empty, Esc does what it does around it: closes the window)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from .virtual_list import VirtualList


class FilterBox(Input):
    BINDINGS = [
        Binding("down", "to_list", "To the list", show=False),
        Binding("enter", "to_chosen", "Choose", show=False),
        Binding("escape", "clear", "Clear filter"),
    ]

    def __init__(
        self, target: str, placeholder: str, leave_on_clear: bool = False, detail: str | None = None, **kwargs
    ) -> None:
        """`target`: the selector of the list it filters; `leave_on_clear`: Esc also moves on to
        the list (the article list, whose own keys such as `o` would otherwise be typed here);
        `detail`: the list of the highlighted entry's items (a speaker's quotes), where Enter goes:
        typing a name and Enter left the focus on the speaker, where `c` did not cite its quote."""
        super().__init__(placeholder=placeholder, **kwargs)
        self.target, self.leave_on_clear, self.detail = target, leave_on_clear, detail

    def action_to_list(self) -> None:
        self.screen.query_one(self.target).focus()

    def action_to_chosen(self) -> None:
        """To the detail list if it has entries (the filter matched something), else to the list."""
        detail = self.screen.query_one(self.detail, VirtualList) if self.detail else None
        if detail is not None and detail.count:
            detail.focus()
        else:
            self.action_to_list()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear":  # an empty box leaves Esc (and its footer entry) to the window
            return bool(self.value)
        return super().check_action(action, parameters)

    def watch_value(self, old: str, new: str) -> None:
        if bool(old) != bool(new):
            self.refresh_bindings()  # the footer's Esc: clear the filter, or close

    def action_clear(self) -> None:
        self.value = ""
        if self.leave_on_clear:
            self.action_to_list()


def matches(words: list[str], *fields: str | None) -> bool:
    """Whether every typed word occurs in one of the fields (case-insensitive, anywhere in a word:
    'alv' finds Alvarez)."""
    hay = " ".join(f for f in fields if f).casefold()
    return all(w in hay for w in words)


def words_of(text: str) -> list[str]:
    return text.casefold().split()
