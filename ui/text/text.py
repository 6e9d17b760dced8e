"""Labels for text that came from a caller or a server.

QLabel guesses: a string that looks like HTML is rendered as rich text (Qt.AutoText), so a caller name
such as ``<img src=x>`` would be interpreted. Every label that can show caller- or server-supplied text is
created here, with Qt.PlainText, so nothing a caller types is ever rendered as markup.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

# Qt.TextFormat.PlainText, set through the property system. The first use of anything in Python's ``Qt``
# namespace builds all of its enums (about 10 ms), and the sign-in window is painted before the rest of
# The app touches it (startup); the property takes the plain value.
_PLAIN_TEXT = 0


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    object_name: str | None = None,
    word_wrap: bool = False,
) -> QLabel:
    """A QLabel that always shows ``text`` literally (never as rich text)."""
    label = QLabel(parent)
    label.setProperty("textFormat", _PLAIN_TEXT)
    label.setText(text)
    label.setWordWrap(word_wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally. Tooltips have no text format of their own: Qt renders
    anything that looks like HTML as rich text, so a note or a name is escaped inside an explicit rich
    text wrapper (escaping alone would show the entities, "&lt;", since plain text is shown as is)."""
    # The three replacements html.escape(quote=False) makes, without the html package: importing it
    # loads html.entities, ~0.3 MB of tables kept for the process's life and never used here.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    return f"<qt>{escaped}</qt>" if text else ""


def set_plain(label: QLabel, text: str) -> None:
    """Set ``text`` on a label, forcing plain text even if the label was made elsewhere."""
    label.setProperty("textFormat", _PLAIN_TEXT)
    label.setText(text)


def name_clear_button(edit: QLineEdit, object_name: str) -> None:
    """Give the clear (×) button that Qt adds to a line edit a name, like every other control."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QToolButton

    for button in edit.findChildren(QToolButton):
        button.setObjectName(object_name)
        button.setAccessibleName(QCoreApplication.translate("Text", "입력 지우기"))
