"""Qt Widgets front end of the 외로움안녕120 counselor console (the only package that imports PySide6)."""

from ui import import_diet

import_diet.apply()
