"""JUnit XML: one test case per document, a failure per finding that fails the run."""
from __future__ import annotations



def render(reports, out, quiet: bool = False) -> None:
    # imported here: xml.sax pulls in urllib and the network stack, ~15 ms on every run
    from xml.sax.saxutils import escape as escape_xml, quoteattr as quoteattr_xml

    from .escape import xml

    # characters XML 1.0 forbids (a \x0b in a draft) would make the file unreadable
    def escape(s):
        return escape_xml(xml(s))

    def quoteattr(s):
        return quoteattr_xml(xml(s))

    failures = sum(1 for r in reports if r.failing)
    errors = sum(1 for r in reports if r.error)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="tradecheck" tests="{len(reports)}" failures="{failures}" errors="{errors}">\n')
    out.write(f'  <testsuite name="tradecheck" tests="{len(reports)}" failures="{failures}" errors="{errors}">\n')
    for r in reports:
        out.write(f'    <testcase classname="tradecheck" name={quoteattr(r.path)}>\n')
        if r.error:
            out.write(f'      <error message={quoteattr(r.error)}/>\n')
        for f in r.failing:
            where = f"{r.path}:{f['line']}:{f['column']}"
            out.write(f'      <failure type={quoteattr(f["check"])} message={quoteattr(f["message"])}>'
                      f'{escape(where + ": " + f["message"])}</failure>\n')
        out.write("    </testcase>\n")
    out.write("  </testsuite>\n</testsuites>\n")
