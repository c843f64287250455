"""The receipt for a correction request, as a PDF (QPdfWriter): reference number, date, the
items and what was said about each, what happens next and when, who to contact.

Japanese text needs a font with Japanese glyphs: without one QPdfWriter silently writes no
text. ``japanese_font()`` finds one (Noto Sans CJK from fonts-noto-cjk, which ./dev installs)
and ``write_pdf`` refuses to write a receipt without it rather than write an empty one.
Rendering uses QTextDocument and QPainter, which may run in a worker thread.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..core import schema as s
from . import texts as t

translate = QCoreApplication.translate
_PREFERRED = ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Source Han Sans JP", "TakaoGothic")
# Latin letters and digits from a Latin font: with the CJK font alone, Qt writes digits whose
# text cannot be copied out of the PDF (the reference number would paste as garbage)
_LATIN = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial")


class NoJapaneseFont(RuntimeError):
    pass


def japanese_font() -> str | None:
    families = set(QFontDatabase.families())
    for name in _PREFERRED:
        if name in families:
            return name
    for name in sorted(families):  # any font that says it writes Japanese
        if QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(name):
            return name
    return None


def _texts() -> dict[str, str]:
    # plain calls, not inside f-strings: pyside6-lupdate does not look into f-string expressions
    return {
        "title": translate("Receipt", "Receipt: correction request"),
        "demo": translate("Receipt", "DEMO: made-up data; this request was not sent to any office."),
        "reference": translate("Receipt", "Reference number"),
        "sent": translate("Receipt", "Sent on"),
        "status": translate("Receipt", "Status"),
        "reported": translate("Receipt", "What you reported"),
        "item": translate("Receipt", "Item"),
        "holder": translate("Receipt", "Holder"),
        "wrong": translate("Receipt", "What is wrong"),
        "note": translate("Receipt", "Your note"),
        "files": translate("Receipt", "Supporting documents"),
        "next": translate("Receipt", "What happens next"),
        "next_text": translate("Receipt", "The offices that hold these items check them against their records and answer by %1. "
                                          "You can follow the request in Selfcheck under “My requests”."),
        "history": translate("Receipt", "Status so far"),
        "counter": translate("Receipt", "Made at a municipal counter with staff member"),
        "approved": translate("Receipt", "Approved by staff member"),
        "contact": translate("Receipt", "Who to contact"),
        "contact_text": translate("Receipt", "My Number general help line 0120-95-0178 (free, weekdays 9:30–20:00). "
                                             "Give your reference number."),
    }


def receipt_html(req: s.CorrectionRequest, links: dict[str, s.Link], demo: bool) -> str:
    x = {k: escape(v) for k, v in _texts().items()}
    rows = []
    for item in req.items:
        link = links.get(item.link_id)
        title = t.pick(link.title, link.title_en) if link else item.link_id
        holder = link.holder_name if link else ""
        rows.append(f"<tr><td>{escape(title)}</td><td>{escape(holder)}</td><td>{escape(t.reason_label(item.reason))}</td>"
                    f"<td>{escape(item.note or '—')}</td></tr>")
    files = "".join(f"<li>{escape(a.filename)} ({a.size:,} bytes)</li>" for a in req.attachments)
    history = "".join(f"<li>{escape(t.fmt_datetime(c.at))} — {escape(t.status_label(c.status))}</li>" for c in req.history)
    next_text = x["next_text"].replace("%1", escape(t.fmt_date(req.expected_reply_by)))
    counter = ""
    if req.counter_staff_id:
        counter = f"<br/>{x['counter']}: {escape(req.counter_staff_id)}"
    if req.approved_by:
        counter += f"<br/>{x['approved']}: {escape(req.approved_by)}"
    return f"""
<h1>{x['title']}</h1>
{f"<p><b>{x['demo']}</b></p>" if demo else ""}
<p>{x['reference']}: <b>{escape(req.reference)}</b><br/>
{x['sent']}: {escape(t.fmt_datetime(req.created_at))}<br/>
{x['status']}: {escape(t.status_label(req.status))}{counter}</p>
<h2>{x['reported']}</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th>{x['item']}</th><th>{x['holder']}</th><th>{x['wrong']}</th><th>{x['note']}</th></tr>
{''.join(rows)}
</table>
{f"<h2>{x['files']}</h2><ul>{files}</ul>" if files else ""}
<h2>{x['next']}</h2>
<p>{next_text}</p>
<h2>{x['history']}</h2><ul>{history}</ul>
<h2>{x['contact']}</h2>
<p>{x['contact_text']}</p>
"""


def write_pdf(path: str | Path, html: str) -> None:
    """Render ``html`` to an A4 PDF at ``path`` (blocking; fine in a worker)."""
    family = japanese_font()
    if family is None:
        raise NoJapaneseFont("no font with Japanese glyphs is installed (Debian: fonts-noto-cjk)")
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle("Selfcheck receipt")
    writer.setCreator("Selfcheck")
    _render(writer, html, family)


class NoPrinter(RuntimeError):
    pass


def print_receipt(html: str, printer=None) -> str:
    """Print ``html`` on A4 on ``printer`` (default: this computer's default printer), straight
    to the print system: no file of the resident's is left behind. Returns the printer's name."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    family = japanese_font()
    if family is None:
        raise NoJapaneseFont("no font with Japanese glyphs is installed (Debian: fonts-noto-cjk)")
    if printer is None:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise NoPrinter("no printer is set up")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Selfcheck receipt")
    _render(printer, html, family)
    return printer.printerName() or printer.outputFileName()


def _render(device, html: str, family: str) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    families = set(QFontDatabase.families())
    font = QFont()
    font.setFamilies([*(f for f in _LATIN if f in families), family])
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.print_(device)  # lays the document out on the device's A4 page itself
