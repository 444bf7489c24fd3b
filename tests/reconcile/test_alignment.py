"""reconcile/alignment.py: sentences paired in order, edits and splits tolerated, only runs counted."""

from __future__ import annotations

from summariser.reconcile.alignment import MIN_RUN, align, shared_quotes
from summariser.reconcile.prose import Prose
from summariser.text.normalise import words


def _prose(*sentences: str, quotes: tuple[str, ...] = ()) -> Prose:
    own = [words(s) for s in sentences]
    said = [words(q) for q in quotes]
    return Prose(
        tuple(" ".join(w) for w in own),
        tuple(len(w) for w in own),
        tuple(" ".join(w) for w in said),
        tuple(len(w) for w in said),
    )


FIRST = (
    "Nine island nations signed a fisheries accord in Port Mareva on Thursday after four years of quarrels."
)
SECOND = "The accord caps the yearly catch of each fleet and sets up a patrol service paid by licence fees."
THIRD = "Negotiators worked through the night before the signing, according to two delegates at the talks."
# a clause moved and two words changed
EDITED = "On Thursday in Port Mareva, nine island nations signed a fisheries pact after four years of rows."
SPLIT = (
    "The accord caps the yearly catch of each fleet.",
    "It also sets up a patrol service paid by licence fees.",
)
ELSEWHERE = "Rain fell across the northern valleys for a third day and several mountain roads were closed."


def test_an_edited_copy_pairs_sentence_by_sentence_in_order() -> None:
    found = align(_prose(FIRST, SECOND, THIRD), _prose(EDITED, SECOND, THIRD))
    assert found.pairs == ((0, 0), (1, 1), (2, 2))
    assert found.run == 3
    assert 0.7 < found.share(_prose(FIRST, SECOND, THIRD), _prose(EDITED, SECOND, THIRD)) < 1.0


def test_a_sentence_split_in_two_pairs_with_both_halves() -> None:
    a, b = _prose(FIRST, SECOND, THIRD), _prose(FIRST, *SPLIT, THIRD)
    found = align(a, b)
    assert found.pairs == ((0, 0), (1, 2), (2, 3)), "the split sentence pairs with halves 1 and 2 joined"
    assert found.evidence > 0.9 * a.total


def test_the_same_sentences_out_of_order_are_not_a_run() -> None:
    a = _prose(FIRST, ELSEWHERE, SECOND, ELSEWHERE.replace("third", "fourth"), THIRD)
    b = _prose(THIRD, SECOND, FIRST)
    found = align(a, b)
    assert found.run < MIN_RUN
    assert found.evidence == 0.0
    assert found.share(a, b) == 0.0


def test_a_single_shared_sentence_is_no_evidence() -> None:
    found = align(_prose(FIRST, ELSEWHERE), _prose(FIRST, THIRD.replace("night", "day")))
    assert found.pairs[0] == (0, 0)
    assert found.evidence == 0.0


def test_unrelated_sentences_do_not_pair() -> None:
    assert align(_prose(FIRST, SECOND), _prose(ELSEWHERE, ELSEWHERE.replace("rain", "snow"))).pairs == ()


QUOTES = (
    "We have stopped fighting over fish that none of us will have",
    "The patrol boats will sail before the next tuna season",
    "Nobody gave us this accord, we built it ourselves",
)


def test_quotations_count_only_in_the_same_order() -> None:
    a, b = _prose(quotes=QUOTES), _prose(quotes=QUOTES[::-1])
    assert sum(p.weight for p in shared_quotes(a, _prose(quotes=QUOTES))) == sum(a.quote_sizes)
    (only,) = shared_quotes(a, b)
    assert only.weight == max(a.quote_sizes), "reversed, only one quotation is in order"


def test_quotations_alone_share_nothing() -> None:
    a = _prose(FIRST, SECOND, quotes=QUOTES)
    b = _prose(ELSEWHERE, ELSEWHERE.replace("rain", "snow"), quotes=QUOTES)
    found = align(a, b)
    assert found.quotations == 3 and found.same_quotations(a, b)
    assert found.share(a, b) == found.share(a, b, loose=True) == 0.0


def test_most_quotations_must_be_shared_for_them_to_agree() -> None:
    more = (*QUOTES, "Every port will have an inspector of its own", "The fleet owners were never asked")
    a, b = _prose(quotes=more), _prose(quotes=(*QUOTES, "Not one trawler captain was in the room"))
    assert align(a, b).same_quotations(a, b), "three of the four quotations of the shorter"
    fewer = _prose(quotes=(*QUOTES[:2], "Not one trawler captain was in the room", "Ask the fishermen"))
    assert not align(a, fewer).same_quotations(a, fewer), "two in common are a press conference's best lines"


def test_shared_quotations_add_to_copied_prose() -> None:
    a = _prose(FIRST, SECOND, quotes=QUOTES)
    b = _prose(EDITED, SECOND, quotes=QUOTES)
    plain = align(_prose(FIRST, SECOND), _prose(EDITED, SECOND))
    quoted = align(a, b)
    assert quoted.quoted == sum(a.quote_sizes)
    assert quoted.share(a, b) > plain.share(_prose(FIRST, SECOND), _prose(EDITED, SECOND))


REWORDED = (
    "Nine island states signed a fishing accord at Port Mareva on Thursday, closing four years of rows.",
    "It caps what each fleet may catch in a year and creates a patrol that licence fees will pay for.",
    "Delegates who were at the talks said negotiators had worked all night before the signing.",
)


def test_two_sentences_alike_in_facts_are_no_run_but_three_are() -> None:
    original = _prose(FIRST, SECOND, THIRD)
    two = align(original, _prose(*REWORDED[:2]))
    assert two.pairs == ((0, 0), (1, 1))
    assert two.evidence == 0.0, "two sentences alike in what they say, not in how"
    assert align(original, _prose(FIRST, SECOND)).evidence > 0.0, "two sentences printed again: a copy"
    assert align(original, _prose(*REWORDED)).evidence > 0.0, "three in a row, however reworded"
