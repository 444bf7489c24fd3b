"""Synthetic coverage of a made-up summit: many outlets, overlapping quotes, hedged figures, wire copies."""

from __future__ import annotations

import random

LEADERS = [
    ("Norwegian", "Prime Minister", "Ingrid Solberg-Haug"),
    ("Icelandic", "President", "Jon Sigurdsson"),
    ("Canadian", "Foreign Minister", "Marie Tremblay"),
    ("Portuguese", "Prime Minister", "Pedro Almeida"),
    ("Japanese", "envoy", "Aiko Tanaka"),
    ("Irish", "Foreign Minister", "Siobhan Kelly"),
    ("Danish", "Prime Minister", "Lars Mikkelsen"),
    ("Spanish", "Foreign Minister", "Lucia Navarro"),
]
QUOTES = [
    "We have drawn a line in the water that no fleet may cross",
    "The ocean does not wait for us, and it never has. We will not wait either",
    "This is a good day for every fisherman on the North Atlantic",
    "Nobody gave us this agreement, we built it together over two long days",
    "The quota formula will have to be settled before the autumn season",
    "Our coastal communities have waited a generation for these protections",
]
ISSUES = [
    "The allocation of quotas between coastal states remains unresolved.",
    "How the patrol fund will be governed is still to be resolved.",
    "Enforcement on the high seas remains a sticking point.",
]


def article(i: int, rng: random.Random) -> str:
    """One synthetic article; wording, hedges and speakers vary with the seed."""
    nations = rng.choice(
        [
            f"about {rng.choice([40, 45])} nations",
            f"{rng.randint(38, 52)} nations",
            "more than three dozen nations",
        ]
    )
    signers = rng.sample(LEADERS, 3)
    names = (
        ", ".join(f"{adj} {role} {name}" for adj, role, name in signers[:2])
        + f" and {signers[2][0]} {signers[2][1]} {signers[2][2]}"
    )
    day = rng.choice(["Thursday", "Thursday", "Thursday", "Friday"])
    paras = [
        f"Leaders of {nations} on {day} signed the Lisbon Ocean Compact, a pact that caps deep-sea trawling.",
        f"{names} signed the compact after two days of talks.",
    ]
    for adj, role, name in rng.sample(LEADERS, 3):
        quote = rng.choice(QUOTES)
        if rng.random() < 0.2:
            quote = quote.replace("water", "sea").replace("may", "can")
        paras.append(
            f"“{quote},” said {name.split()[-1]}."
            if rng.random() < 0.5
            else f"{adj} {role} {name} said: “{quote}.”"
        )
    paras.append(
        f"The parties agreed to create a patrol fund of roughly {rng.choice([300, 320])} million euros."
    )
    paras.append(rng.choice(ISSUES))
    paras.append(
        f"Story number {i} also noted that delegates met late into the night in the "
        f"{rng.choice(['east', 'west'])} wing."
    )
    return "\n\n".join(paras) + "\n"


def articles(n: int, seed: int = 7, wire_share: float = 0.2) -> list[str]:
    """`n` articles; about `wire_share` of them are verbatim reprints of an earlier one (wire copy)."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(n):
        if out and rng.random() < wire_share:
            out.append(rng.choice(out))
        else:
            out.append(article(i, rng))
    return out
