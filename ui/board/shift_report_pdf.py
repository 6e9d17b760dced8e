"""The 교대 인계 보고서 on paper: A4, body text at its point size, 대외비 and page numbers on every page,
and sign-off lines for the outgoing and incoming shift leads.

The document is laid out on the PDF writer itself (its 300 dpi), so a 10 pt font prints at 10 pt. Laid out
at the screen's resolution and then scaled to the page, as QTextDocument.print_ does with a page size in
printer pixels, the body came out at about 3 pt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

FONT = "Noto Sans CJK KR"
BODY_PT = 10
MARGIN_MM = 16
BAND_PT = 8  # the 대외비 line above and the page number below the body


def _t(text: str) -> str:
    return QCoreApplication.translate("ShiftReport", text)


def print_pdf(doc: QTextDocument, path: Path) -> int:
    """Write `doc` (the report as the screen shows it, in print colours) to `path` as A4 PDF. Returns the
    page count."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_t("교대 인계 보고서"))
    writer.setCreator("외로움안녕120 상담 콘솔")

    doc.documentLayout().setPaintDevice(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    band = BAND_PT * writer.resolution() / 72 * 2.2  # one small line and its gap
    body_height = page.height() - 2 * band
    doc.setPageSize(QSizeF(page.width(), body_height))
    pages = doc.pageCount()

    small = QFont(FONT)
    small.setPointSizeF(BAND_PT)
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkRed)
            top = QRectF(0, 0, page.width(), band)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             _t("대외비 · 개인정보 포함 — 인계 후 파기"))
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             _t("교대 인계 보고서"))
            painter.save()
            painter.translate(0, band - index * body_height)
            doc.drawContents(painter, QRectF(0, index * body_height, page.width(), body_height))
            painter.restore()
            painter.setFont(small)
            bottom = QRectF(0, page.height() - band, page.width(), band)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                             _t("{page} / {pages}쪽").format(page=index + 1, pages=pages))
    finally:
        painter.end()
    return pages
