"""The HTML memo's stylesheet: for the screen (inline citations, no sideways scrolling) and for print."""

from __future__ import annotations

SCREEN = """
body{font:15px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;
overflow-wrap:anywhere}
h1{font-size:1.5rem;margin-bottom:.3rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.controls{font-size:.85em;color:#666;margin-bottom:1rem}.controls a{color:#1c4fd8}
.bottom{background:#f4f6fa;padding:.8rem 1rem;border-left:4px solid #3b5bdb}
.c{font-size:.75em;line-height:0;vertical-align:super;white-space:nowrap;margin-left:1px}
a.c{color:#1c4fd8;text-decoration:none}a.c:hover,a.c:focus{text-decoration:underline}
.variant{color:#555;font-size:.92em;margin-left:1rem}.kind{font-variant:small-caps;color:#a61e4d}
code{font-size:.9em;overflow-wrap:anywhere}.more{color:#666}.print-only{display:none}
.src{border-top:1px solid #ddd;margin-top:1rem}.src h3{font-size:1rem}
.back{font-size:.8em;font-weight:normal;margin-left:.5rem;color:#1c4fd8}
.src pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;margin:0}
mark{background:#fff3bf}mark:target{background:#ffa94d;outline:2px solid #e8590c;scroll-margin-top:30vh}
"""
PRINT = """
@media print{
body{max-width:none;margin:0;padding:0;font:10.5pt/1.4 Georgia,serif;color:#000}
.controls,.back,.articles{display:none}.print-only{display:block;font-size:9pt;color:#444}
a.c{color:#000}.bottom{background:none;border-left:2pt solid #000}
h2{break-after:avoid;border-bottom:.5pt solid #000}li{break-inside:avoid}
}
"""
CSS = SCREEN + PRINT
