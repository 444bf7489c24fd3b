"""Start-up cost: `summarise --help` and `--version` as whole processes (what every command pays first),
beside a bare interpreter start as reference; neither may import spaCy or openai (target ≤ 0.25 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import alternating, shown, table, verdict

RUNS = 7
TARGET_S = 0.25
HEAVY = ("spacy", "openai", "instructor", "rich", "trafilatura")


def heavy_imports(arg: str) -> str:
    """The heavy packages a command imports (none expected)."""
    code = (
        "import sys; from summariser.cli import main; main([sys.argv[1]]);"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code, arg], capture_output=True, text=True, check=False)
    return out.stderr.strip().splitlines()[-1] if out.stderr.strip() else ""


def main() -> str:
    """Alternate `--help`, `--version` and a bare interpreter; report medians, ratio and heavy imports."""
    exe = str(Path(sys.executable).with_name("summarise"))
    cmds = {"ref": [sys.executable, "-c", "pass"], "--help": [exe, "--help"], "--version": [exe, "--version"]}
    med = alternating(cmds, RUNS)
    rows = [
        [
            f"`{shown(cmds[name])}`",
            f"{med[name]:.3f} ({verdict(med[name], TARGET_S, ' s')})",
            f"{med['ref']:.3f}",
            f"×{med[name] / med['ref']:.1f}",
            heavy_imports(name) or "none",
        ]
        for name in ("--help", "--version")
    ]
    return table(
        f"Start-up: whole process, median of {RUNS}, alternating with the reference",
        ["command", "median s", f"reference s (`{shown(cmds['ref'])}`)", "ratio", f"imports of {HEAVY}"],
        rows,
    )


if __name__ == "__main__":
    print(main())
