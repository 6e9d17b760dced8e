"""Labels for text that came from a caller or a server.

QLabel guesses: a string that looks like HTML is rendered as rich text (Qt.AutoText), so a caller name
such as ``<img src=x>`` would be interpreted. Every label that can show caller- or server-supplied text is
created here, with Qt.PlainText, so nothing a caller types is ever rendered as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    object_name: str | None = None,
    word_wrap: bool = False,
) -> QLabel:
    """A QLabel that always shows ``text`` literally (never as rich text)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(word_wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Set ``text`` on a label, forcing plain text even if the label was made elsewhere."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def name_clear_button(edit: QLineEdit, object_name: str) -> None:
    """Give the clear (×) button that Qt adds to a line edit a name, like every other control."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QToolButton

    for button in edit.findChildren(QToolButton):
        button.setObjectName(object_name)
        button.setAccessibleName(QCoreApplication.translate("Text", "입력 지우기"))
