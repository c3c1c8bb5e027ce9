"""The people's report as PDF (fpdf2): a portrait first page (facts, counts, DSGVO, values to enter in the
MidOffice), then the customers on landscape pages. report_rows says what; this lays it out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from paxdesk.domain.report import Report
from paxdesk.files import atomic_path
from paxdesk.services.report_rows import (ReportFacts, backfill_rows, customer_rows, gdpr_counts_text, gdpr_rows,
                                          header_facts, summary_rows, values_gone)

STEP = 250  # table rows between progress events
CUSTOMER_WIDTHS = (44, 18, 25, 44, 38, 62, 46)   # 277 mm: landscape A4 less 10 mm margins (seven columns)
GDPR_WIDTHS = (42, 19, 23, 20, 27, 59)
BACKFILL_WIDTHS = (45, 20, 25, 30, 70)


def pdf_steps(report: Report, facts: ReportFacts, path: Path) -> Iterator[int]:
    """Write the PDF; yields the table rows written every ``STEP`` rows (fpdf2 lays out ~1,000 a second)."""
    w = facts.words
    doc = _Document(facts)
    pdf, safe = doc.pdf, doc.safe
    _first_page(doc, report, facts)
    doc.section(w.gdpr_section)
    pdf.cell(0, 6, safe(gdpr_counts_text(facts)), new_x="LMARGIN", new_y="NEXT")
    rows = gdpr_rows(facts)
    if rows:
        yield from doc.table(w.gdpr_header, rows, GDPR_WIDTHS)
    pdf.ln(4)

    rows = backfill_rows(report, facts)
    if rows:
        doc.section(w.backfill_title)
        intro = w.backfill_intro + (" " + w.values_gone if values_gone(report, facts) else "")
        pdf.multi_cell(0, 5, safe(intro), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        yield from doc.table(w.backfill_header, rows, BACKFILL_WIDTHS)
        pdf.ln(4)

    pdf.add_page(orientation="L")
    doc.section(w.customers_section)
    yield from doc.table(w.customer_header, customer_rows(report, facts), CUSTOMER_WIDTHS,
                         cell_fill_color=(244, 245, 248), cell_fill_mode="ROWS")
    with atomic_path(Path(path)) as temp:  # owner-only, whole or not at all
        pdf.output(str(temp))


def write_pdf(report: Report, facts: ReportFacts, path: Path) -> None:
    for _ in pdf_steps(report, facts, path):
        pass


class _Document:
    """A portrait A4 PDF with the report's footer and a Unicode font, and its tables' row count so far
    (the progress events count the rows of all its tables)."""

    def __init__(self, facts: ReportFacts):
        from fpdf import FPDF
        from fpdf.fonts import FontFace

        w = facts.words
        doc = self

        class Pdf(FPDF):
            def footer(self):
                self.set_y(-12)
                self.set_font(doc.family, size=8)
                self.cell(0, 6, doc.safe(w.footer.replace("{0}", facts.agency).replace(
                    "{1}", facts.created.strftime(w.footer_time)).replace("{2}", str(self.page_no()))
                    .replace("{3}", "{nb}")), align="C")

        self.pdf = Pdf(orientation="P", format="A4")
        self.family, self.safe = with_fonts(self.pdf)
        self.pdf.set_auto_page_break(True, margin=16)
        self.heading = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
        self.done = 0

    def section(self, title: str) -> None:
        _section(self.pdf, self.family, self.safe(title))

    def table(self, header: list[str], rows: list[list], widths: tuple[int, ...], **style) -> Iterator[int]:
        """A table with its header repeated on each page; yields the rows written so far every ``STEP`` rows
        and at its end."""
        pdf, safe = self.pdf, self.safe
        pdf.set_font(self.family, size=8.5)
        with pdf.table(col_widths=widths, text_align="LEFT", headings_style=self.heading, line_height=4.6,
                       repeat_headings=1, **style) as table:
            table.row([safe(h) for h in header])
            for number, row in enumerate(rows, 1):
                table.row([safe(str(v)) for v in row])
                if number % STEP == 0:
                    yield self.done + number
        self.done += len(rows)
        yield self.done


def _first_page(doc: _Document, report: Report, facts: ReportFacts) -> None:
    """Heading, the facts (agency, time, MidOffice, backup…), the confidentiality note and the counts."""
    pdf, family, safe, w = doc.pdf, doc.family, doc.safe, facts.words
    pdf.add_page()
    pdf.set_font(family, "B", 18)
    pdf.cell(0, 10, safe(w.heading), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    with pdf.table(col_widths=(70, 120), text_align="LEFT", first_row_as_headings=False,
                   borders_layout="NONE", line_height=5.5) as table:
        for label, value in header_facts(report, facts):
            table.row([safe(label), safe(value)])
    pdf.ln(3)
    pdf.set_fill_color(255, 243, 205)
    pdf.multi_cell(0, 5, safe(w.confidential), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(244, 245, 248)  # the tables' alternate rows
    pdf.ln(4)
    doc.section(w.result)
    with pdf.table(col_widths=(120, 30), width=150, align="LEFT", text_align=("LEFT", "RIGHT"),
                   headings_style=doc.heading, line_height=5.5) as table:
        table.row(["", safe(w.count)])
        for label, value in summary_rows(report, w):
            table.row([safe(label), str(value)])
    pdf.ln(4)


def _section(pdf, family: str, title: str) -> None:
    pdf.set_font(family, "B", 12)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)


def with_fonts(pdf) -> tuple[str, Callable[[str], str]]:
    """A4 margins and the system's Unicode font on ``pdf``: (font family, text as the font can show it) —
    without a TrueType font, fpdf2's Helvetica knows Latin-1 only."""
    pdf.set_margins(10, 12, 10)
    regular, bold = system_fonts()
    if not regular:
        return "helvetica", lambda text: text.encode("latin-1", "replace").decode("latin-1")
    pdf.add_font("body", "", regular)
    pdf.add_font("body", "B", bold or regular)
    return "body", lambda text: text


def system_fonts() -> tuple[str | None, str | None]:
    """A Unicode TrueType font (regular, bold) of the system: DejaVu on Linux, Arial on Windows/macOS."""
    for regular, bold in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                           "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                          ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
                          ("/System/Library/Fonts/Supplemental/Arial.ttf",
                           "/System/Library/Fonts/Supplemental/Arial Bold.ttf")):
        if Path(regular).exists():
            return regular, bold if Path(bold).exists() else None
    return None, None
