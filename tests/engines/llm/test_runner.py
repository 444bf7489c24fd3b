"""engines/llm/runner.py against the loopback stub: a server that ignores the schema, replayable prompts,
requests counted when they fail, abandoned requests hung up on, and an article's whole deadline."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from summariser.api import extract
from summariser.cli import main
from summariser.errors import EngineError
from summariser.ingest.load import load
from summariser.options import EngineOptions
from summariser.pipeline import run
from tests.conftest import ROOT
from tests.stub_server import Script, StubServer, serve

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
NAIROBI = sorted((ROOT / "tests" / "fixtures" / "nairobi").glob("*.txt"))


def _opts(server: StubServer, **kw: object) -> EngineOptions:
    base: dict[str, object] = {"engine": "llm", "model": "m", "base_url": server.base_url, "use_cache": False}
    return EngineOptions(**{**base, **kw})  # type: ignore[arg-type]


def test_a_local_server_that_ignores_the_schema_is_switched_once_to_one_that_enforces_it() -> None:
    docs = [load(p) for p in NAIROBI]
    with serve(Script(behaviours=["invalid"])) as server:
        articles = run(docs, _opts(server, concurrency=1)).articles
        formats = [b.get("response_format", {}) for b in server.script.bodies]
    assert all(a.result.engine == "llm" for a in articles)  # type: ignore[union-attr]
    assert formats[0] == {"type": "json_object"}  # the generic --base-url default: plain JSON mode
    assert [f.get("schema") is not None for f in formats] == [False, True, True]  # switched once, for good
    assert any("switched to --mode json_object_schema" in n for n in docs[0].notes)
    assert not any("switched" in n for n in docs[1].notes)


def test_an_answer_cut_off_in_plain_json_mode_also_switches_the_mode() -> None:
    with serve(Script(behaviours=["truncated"])) as server:
        extract(NAIROBI[0], engine="llm", options=_opts(server))
        formats = [b.get("response_format", {}) for b in server.script.bodies]
    assert ["schema" in f for f in formats] == [False, True]


def test_a_mode_the_user_chose_is_kept_and_the_failure_names_the_fields_and_the_mode() -> None:
    with serve(Script(default="invalid")) as server, pytest.raises(EngineError) as info:
        extract(NAIROBI[0], engine="llm", options=_opts(server, mode="json"))
    message = info.value.message
    assert "points.0.text: Input should be a valid string" in message
    assert "points.0.status" in message and "points.0.sentences: Field required" in message
    assert "pass --mode json_object_schema (llama.cpp, or --model llamacpp/NAME)" in message


def test_a_rerun_sends_the_same_bytes() -> None:
    with serve(Script()) as server:
        for _ in range(2):
            run(NAIROBI, _opts(server, mode="json", concurrency=1))
        bodies = [json.dumps(b, sort_keys=True) for b in server.script.bodies]
    assert len(bodies) == 4
    assert bodies[:2] == bodies[2:]
    assert bodies[0] != bodies[1]


def test_stats_count_the_requests_that_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serve(Script(behaviours=["500", "500", "500", "400"], retry_after="0")) as server:
        args = [
            "brief",
            *map(str, NAIROBI),
            NAIROBI[0].as_posix(),
            "--model",
            "m",
            "--base-url",
            server.base_url,
        ]
        code = main([*args, "--mode", "json", "--concurrency", "1", "--stats", "-o", str(tmp_path / "m.md")])
        served = server.script.requests
    lines = capsys.readouterr().err.splitlines()
    total = next(ln for ln in lines if ln.startswith("stats: total"))
    assert code == 1
    assert any(ln.startswith("stats: [failed] ") and ": 3 request(s), " in ln for ln in lines)
    assert served == 5  # 3 for the first article (500s), 1 for the second (400), 1 for the first again
    assert total.startswith(f"stats: total {served} requests, ")


def test_a_timed_out_request_is_hung_up_on_before_the_next_is_sent() -> None:
    with serve(Script(behaviours=["hang", "ok"], hang_seconds=5.0)) as server:
        extract(NAIROBI[0], engine="llm", options=_opts(server, mode="json", timeout=0.5))
        closed, arrived = list(server.script.closed), list(server.script.arrived)
    assert len(closed) == 1 and len(arrived) == 2
    assert arrived[0] < closed[0] < arrived[1]  # the server saw the hang-up before the retry came


def test_an_article_never_takes_more_than_five_timeouts_however_the_server_drips() -> None:
    with serve(Script(default="drip", drip_seconds=0.4, hang_seconds=30.0)) as server:
        started = time.perf_counter()
        with pytest.raises(EngineError, match="no answer from"):
            extract(NAIROBI[0], engine="llm", options=_opts(server, mode="json", timeout=1.0))
        took = time.perf_counter() - started
    assert took <= 5 * 1.0 + 1.0  # three 1 s attempts, two waits: under 5 timeouts (and spaCy's start)
