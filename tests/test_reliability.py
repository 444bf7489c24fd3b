"""Faults, bad input, interruption, injection and secrets: each row of docs/reliability.md is a test here."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from summariser.cli import main
from summariser.errors import SummariserError
from summariser.ingest.load import load
from tests.conftest import ROOT
from tests.stub_server import Script, serve

# The loopback stub server is the only host these tests talk to; --block-network still blocks the rest.
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
NAIROBI = sorted((ROOT / "tests" / "fixtures" / "nairobi").glob("*.txt"))
INJECTION = ROOT / "tests" / "fixtures" / "injection" / "reykjavik_injection.md"

# fault → behaviours of the first article's requests → exit code → what the memo or stderr says
FAULTS = [
    ("429 then ok", ["429", "ok"], 0, ""),
    ("429 persistent", ["429", "429", "429"], 1, "rate-limited by"),
    ("500 persistent", ["500", "500", "500"], 1, "answered HTTP 500 3 times"),
    ("503 then ok", ["503", "ok"], 0, ""),
    ("hang past timeout", ["hang", "hang", "hang"], 1, "no answer from"),
    ("connection reset", ["reset", "reset", "reset"], 1, "was cut"),
    ("malformed JSON", ["malformed", "malformed", "malformed"], 1, "did not fit the schema"),
    ("truncated then ok", ["truncated", "ok"], 0, ""),
    ("truncated persistent", ["truncated", "truncated", "truncated"], 1, "cut off at --max-tokens"),
    ("schema-invalid then ok", ["invalid", "ok"], 0, ""),
    ("schema-invalid persistent", ["invalid", "invalid", "invalid"], 1, "did not fit the schema"),
    ("400", ["400"], 1, "refused the request (HTTP 400)"),
    ("401", ["401"], 1, "refused the key (HTTP 401)"),
]


@pytest.mark.parametrize(("fault", "script", "code", "says"), FAULTS, ids=[f[0] for f in FAULTS])
def test_fault_table(
    fault: str, script: list[str], code: int, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = tmp_path / "memo.md"
    with serve(Script(behaviours=list(script), retry_after="0.1", hang_seconds=1.5)) as server:
        args = ["brief", *map(str, NAIROBI), "--model", "stub", "--base-url", server.base_url]
        args += ["--mode", "json", "--concurrency", "1", "--timeout", "0.4", "-o", str(memo)]
        assert main(args) == code
        requests = server.script.requests
    text = memo.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert requests == len(script) + 1  # the second article always gets one clean answer
    assert "River accord signed in Nairobi" in text  # the other article completed
    if code == 1:
        assert "## Articles that could not be processed" in text
        assert says in text
        assert says in err
        assert str(NAIROBI[0]) in err
    else:
        assert "could not be processed" not in text


BAD = {
    "empty": b"",
    "whitespace": b" \n\t\n ",
    "binary": b"\x7fELF\x02\x01\x01\x00\x00\x00",
    "script-only.html": (
        b"<html><head><style>p{}</style><script>var a=1;</script></head>"
        b"<body><script>x()</script></body></html>"
    ),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_alone_is_exit_2_and_next_to_a_good_file_exit_1(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / (name if "." in name else name + ".txt")
    bad.write_bytes(BAD[name])
    assert main(["brief", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1  # the one error line: no engine note before an input error
    assert str(bad) in err[-1]
    assert main(["brief", str(bad), str(NAIROBI[0]), "-o", str(tmp_path / "m.md")]) == 1
    assert "Basin states sign Nairobi water accord" in (tmp_path / "m.md").read_text(encoding="utf-8")


def test_matrix_of_paths_that_are_not_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "empty").mkdir()
    for path, says in [
        (huge, "over the"),
        (tmp_path / "empty", "no article files inside"),  # a folder stands for its articles: none here
        (tmp_path / "nope.txt", "no such file"),
    ]:
        assert main(["brief", str(path)]) == 2
        assert says in capsys.readouterr().err


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Leaders met.")
    real_open = Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(SummariserError, match=r"permission denied; make it readable"):
        load(path)


def test_invalid_utf8_is_decoded_as_legacy_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Les ministres ont signé l’accord à Genève mardi. Le président était présent.".encode("cp1252")
    )
    assert main(["brief", str(path)]) == 0
    assert "not valid UTF-8, decoded as" in capsys.readouterr().out  # listed under the source


def test_one_very_long_line_is_processed(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text(" ".join(["the delegates met and talked"] * 60_000))  # 1.7 MB, no sentence end
    t0 = time.perf_counter()
    assert main(["brief", str(path), "-o", str(tmp_path / "m.md")]) == 0
    assert time.perf_counter() - t0 < 60


def test_interrupt_leaves_no_output_and_the_rerun_resumes(tmp_path: Path) -> None:
    articles = []
    for i in range(6):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"Delegation {i} arrived in Oslo on Monday. Talks number {i} were held.\n")
        articles.append(str(p))
    out = tmp_path / "out" / "memo.md"
    out.parent.mkdir()
    cache = tmp_path / "cache"
    env = {**os.environ, "SUMMARISER_CACHE_DIR": str(cache)}
    with serve(Script(latency=0.5)) as server:
        cmd = [sys.executable, "-m", "summariser", "brief", *articles, "--model", "stub"]
        cmd += ["--base-url", server.base_url, "--mode", "json", "--concurrency", "1", "-o", str(out)]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 60
        while len(list(cache.rglob("*.json"))) < 2 and time.time() < deadline:
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert "interrupted; nothing was written" in err
        assert list(out.parent.iterdir()) == []
        done = len(list(cache.rglob("*.json")))
        assert 2 <= done < 6
        before = server.script.requests
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
        assert server.script.requests - before == 6 - done
    assert out.exists()


def test_injection_is_data_links_are_dead_and_hidden_characters_reported(tmp_path: Path) -> None:
    md_out, html_out = tmp_path / "m.md", tmp_path / "m.html"
    assert main(["brief", str(INJECTION), "-o", str(md_out)]) == 0
    assert main(["brief", str(INJECTION), "-o", str(html_out)]) == 0
    memo = md_out.read_text(encoding="utf-8")
    html = html_out.read_text(encoding="utf-8")
    assert "Kremlinov" not in memo.split("## Sources")[0]
    assert "summit failed" not in memo
    assert "2 sentence(s) addressed to an AI model were ignored" in memo
    assert "47 hidden characters found and ignored" in memo
    assert "\U000e0049" not in memo and "\u200b" not in memo
    assert "](http" not in memo
    body = html.split("</style>", 1)[1].lower()
    assert "<script" not in body
    assert "<img" not in body
    assert 'href="http' not in body
    assert 'href="javascript' not in body
    assert "remains unresolved" in memo  # the zero-width characters did not hide the open issue


def test_a_fake_key_never_leaves_the_environment(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    key = "sk-test-" + os.urandom(12).hex()
    monkeypatch.setenv("OPENAI_API_KEY", key)
    cache = tmp_path / "cache"
    caplog.set_level(logging.DEBUG)
    outputs: list[str] = []
    with serve(Script(retry_after="0.05", hang_seconds=1.0)) as server:
        for behaviours in (
            ["401"],
            ["400"],
            ["500"] * 3,
            ["hang"] * 3,
            ["reset"] * 3,
            ["malformed"] * 3,
            ["truncated"] * 3,
            ["ok"],
        ):
            server.script.behaviours = list(behaviours)
            memo = tmp_path / f"memo-{len(outputs)}.json"
            main(
                [
                    "brief",
                    str(NAIROBI[0]),
                    "--model",
                    "openai/gpt-4o-mini",
                    "--base-url",
                    server.base_url,
                    "--mode",
                    "json",
                    "--timeout",
                    "0.3",
                    "--cache-dir",
                    str(cache),
                    "--no-cache",
                    "-o",
                    str(memo),
                ]
            )
            outputs.append(memo.read_text(encoding="utf-8") if memo.exists() else "")
        assert any(h.get("authorization") == f"Bearer {key}" for h in server.script.headers)  # it was used
    main(
        ["brief", str(NAIROBI[0]), "--model", "m", "--base-url", "http://127.0.0.1:9/v1", "--timeout", "0.3"]
    )
    captured = capsys.readouterr()
    everything = "\n".join([*outputs, captured.out, captured.err, caplog.text])
    everything += "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    everything += "".join(p.read_text(errors="replace") for p in (ROOT / "cassettes").glob("*.yaml"))
    assert key not in everything
    assert key[8:] not in everything
