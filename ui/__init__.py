"""Qt Widgets front end of the 외로움안녕120 counselor console (the only package that imports PySide6)."""

from annyeong.ui.shell import import_diet

import_diet.apply()
