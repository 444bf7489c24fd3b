"""engines/llm/faults.py and guard.py against the loopback stub: deadlines, size cap, withheld answers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from summariser.api import extract
from summariser.cli import main
from summariser.engines.llm import runner
from summariser.engines.llm.faults import MAX_ATTEMPTS, article_deadline
from summariser.errors import EngineError
from summariser.models import Failure
from summariser.options import EngineOptions
from summariser.pipeline import run
from tests.conftest import ROOT
from tests.stub_server import Script, StubServer, serve

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
NAIROBI = sorted((ROOT / "tests" / "fixtures" / "nairobi").glob("*.txt"))


def _opts(server: StubServer, **kw: object) -> EngineOptions:
    base: dict[str, object] = {"engine": "llm", "model": "stub", "base_url": server.base_url, "mode": "json"}
    return EngineOptions(**{**base, **kw})  # type: ignore[arg-type]


def _failure(server: StubServer, **kw: object) -> Failure:
    """Run the first Nairobi article and return its failure."""
    articles = run([NAIROBI[0], NAIROBI[1]], _opts(server, concurrency=1, **kw)).articles
    result = articles[0].result
    assert isinstance(result, Failure), result
    return result


def test_a_dripping_server_is_cut_at_the_attempt_deadline() -> None:
    with serve(Script(drip_seconds=0.2, hang_seconds=6.0)) as server:
        server.script.behaviours = ["drip"] * MAX_ATTEMPTS
        t0 = time.perf_counter()
        failure = _failure(server, timeout=0.5)
        took = time.perf_counter() - t0
    assert "no answer from" in failure.error
    assert took < 6.0  # three 0.5 s attempts and two short back-offs, not three 6 s drips


def test_an_article_has_a_total_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "article_deadline", lambda _timeout: 0.3)
    with serve(Script(latency=1.0)) as server, pytest.raises(EngineError, match=r"within 0\.3 s in all"):
        extract(NAIROBI[0], options=_opts(server, timeout=5.0))


def test_the_article_deadline_covers_every_attempt_and_wait() -> None:
    assert article_deadline(10.0) > MAX_ATTEMPTS * 10.0
    assert article_deadline(10.0) < MAX_ATTEMPTS * 10.0 + 120


def test_a_huge_answer_fails_the_article_and_is_not_asked_again() -> None:
    with serve(Script(behaviours=["huge"])) as server:
        failure = _failure(server)
        asked = server.script.requests
    assert "over the 4,000,000-byte limit" in failure.error
    assert asked == 2  # one for the huge answer, not retried; one for the other article


def test_a_withheld_answer_is_a_failure_and_is_never_cached(tmp_path: Path) -> None:
    with serve(Script(behaviours=["filtered"])) as server:
        failure = _failure(server, cache_dir=tmp_path)
        run([NAIROBI[0]], _opts(server, cache_dir=tmp_path))
        asked = server.script.requests
    assert "withheld the answer (finish_reason content_filter)" in failure.error
    assert asked == 3  # the re-run asked again: the withheld answer was not cached


def test_credentials_in_the_base_url_are_redacted_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = tmp_path / "memo.md"
    with serve(Script(behaviours=["500"] * MAX_ATTEMPTS, retry_after="0")) as server:
        url = server.base_url.replace("http://", "http://analyst:hunter2pw@") + "?api-key=qs-secret-42"
        args = ["brief", *map(str, NAIROBI), "--model", "m", "--base-url", url, "--mode", "json"]
        code = main([*args, "--concurrency", "1", "--no-cache", "-o", str(memo)])
    seen = memo.read_text(encoding="utf-8") + capsys.readouterr().err
    assert code == 1
    assert "answered HTTP 500" in seen
    assert "hunter2pw" not in seen
    assert "qs-secret-42" not in seen
    assert "analyst" not in seen


@pytest.mark.parametrize("url", ["htp:/x", "http://[::1", "http://127.0.0.1:99999/v1", "file:///etc"])
def test_a_bad_base_url_is_one_line_and_exit_2(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", str(NAIROBI[0]), "--model", "m", "--base-url", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("summarise: error: --base-url")
