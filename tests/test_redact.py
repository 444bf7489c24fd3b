"""redact.py: keys, URL credentials and secret query values never reach a message."""

from __future__ import annotations

import pytest

from summariser.redact import MASK, redact


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("cannot reach http://analyst:pa55word@10.0.0.5:8080/v1", "pa55word"),
        ("cannot reach https://analyst@proxy.internal/v1", "analyst"),
        ("answered 500 at https://gw.example/v1?api-key=abc123secret&region=eu", "abc123secret"),
        ("answered 500 at https://gw.example/v1?region=eu&access_token=tok987654", "tok987654"),
        ("answered 500 at https://gw.example/v1?sig=0ddba11&x=1", "0ddba11"),
    ],
)
def test_credentials_in_urls_are_masked(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out
    assert MASK in out


def test_harmless_urls_are_left_as_they_are() -> None:
    text = "cannot reach http://127.0.0.1:8080/v1?region=eu"
    assert redact(text) == text
