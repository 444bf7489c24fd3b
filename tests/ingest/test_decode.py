"""ingest/decode.py: bytes to text (BOMs, UTF-8, detected legacy codecs); empty or binary input is refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.errors import InputError
from summariser.ingest.decode import decode
from summariser.ingest.load import load


def test_utf8_bom_is_removed_and_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Leaders met in Oslo. They signed.")
    doc = load(path)
    assert doc.encoding == "utf-8-sig"
    assert doc.text.startswith("Leaders")
    assert [s.text for s in doc.sentences] == ["Leaders met in Oslo.", "They signed."]


def test_legacy_encoding_is_decoded_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(
        "Le président a signé l’accord à Genève. Les ministres étaient présents.".encode("cp1252")
    )
    doc = load(path)
    assert "président" in doc.text and "Genève" in doc.text
    assert doc.notes and "not valid UTF-8" in doc.notes[0] and str(path) in doc.notes[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\t \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 text", "looks binary"),
    ],
    ids=["empty", "whitespace", "binary-nul", "binary-controls"],
)
def test_bad_content_is_refused_with_the_file_named(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load(path)
    assert expected in info.value.message and str(path) in info.value.message


def test_plain_utf8_has_no_note() -> None:
    assert decode("Delegates met in Kraków.".encode(), "a.txt") == ("Delegates met in Kraków.", "utf-8", [])


@pytest.mark.parametrize(
    ("encoding", "codec"),
    [("utf-16-le", "utf-16"), ("utf-16-be", "utf-16"), ("utf-32-le", "utf-32"), ("utf-32-be", "utf-32")],
)
def test_utf16_and_utf32_with_a_bom_decode_without_the_bom(encoding: str, codec: str) -> None:
    boms = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }
    data = boms[encoding] + "Envoys met in Tbilisi.".encode(encoding)
    assert decode(data, "a.txt") == ("Envoys met in Tbilisi.", codec, [])


def test_a_bom_over_bytes_that_do_not_fit_it_is_refused() -> None:
    with pytest.raises(InputError, match=r"^a\.txt: has a utf-16 byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "a.txt")


def test_a_few_control_characters_pass_but_many_mean_binary() -> None:
    text, _, _ = decode(b"Envoys met.\x07\x07\x07\x07\x07\x07\x07\x07", "a.txt")
    assert text.startswith("Envoys met.")
    with pytest.raises(InputError, match="looks binary"):
        decode(b"Envoys met.\x07\x07\x07\x07\x07\x07\x07\x07\x07", "a.txt")


def test_a_legacy_codec_is_named_in_the_note() -> None:
    data = "Le ministre a signé l’accord final.".encode("cp1252")
    text, codec, notes = decode(data, "b.txt")
    assert codec != "utf-8" and text == data.decode(codec)
    assert "signé" in text
    assert notes == [
        f"b.txt: not valid UTF-8, decoded as {codec}; re-save it as UTF-8 if characters look wrong"
    ]


READABLE = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"), min_size=1
).filter(str.strip)


@given(READABLE)
def test_any_readable_utf8_decodes_to_itself(text: str) -> None:
    assert decode(text.encode("utf-8"), "x.txt") == (text, "utf-8", [])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_decoded_with_a_note(codec: str) -> None:
    text = "Ministers met in Valletta on Thursday. “We signed,” the envoy said; the port reopens."
    decoded, used, notes = decode(text.encode(codec), "bare.txt")
    assert (decoded, used) == (text, codec)
    assert notes == [f"bare.txt: UTF-16 without a byte-order mark, decoded as {codec}; re-save it as UTF-8"]
