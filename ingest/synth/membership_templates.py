"""Paragraphs about an organisation's membership, with the memberships the text states as gold.

Members are stated as enumerations, single statements, a founding story or "a fellow member";
observers, dialogue partners, candidates, applicants and former members are named too but are
not members.
"""

from __future__ import annotations

import random

from .organisations import Organisation
from .scene import Scene, country_list

_PURPOSES = (
    "promote economic integration",
    "coordinate security policy",
    "settle regional disputes",
    "strengthen political dialogue",
)


def _intro(org: Organisation, rng: random.Random) -> str:
    """The organisation's full name, with its acronym the first time when it has one."""
    if org.acronym and rng.random() < 0.7:
        return f"{org.in_text} ({org.acronym})"
    return org.in_text


def add_memberships(scene: Scene, rng: random.Random, org: Organisation | None = None) -> str:
    world, d = scene.world, scene.draft
    if org is None:
        org = rng.choice(world.organisations)
    members = [c for c in org.members if c in world.by_code]
    rng.shuffle(members)
    names = [world.by_code[c].in_text for c in members]
    style = rng.choice(
        ("founded", "groups", "are_members", "include", "single", "fellow", "comprises")
    )
    full = _intro(org, rng)
    if style == "founded" and org.founded and len(members) <= 12:
        text = f"Founded in {org.founded}, {full} now brings together {country_list(names)}."
        stated = members
    elif style == "groups" and len(members) <= 12:
        text = f"{full} groups {country_list(names)}."
        stated = members
    elif style == "are_members":
        k = len(members) if len(members) <= 10 else rng.randint(3, 8)
        all_ = "all " if k > 2 and rng.random() < 0.3 else ""
        text = f"{country_list(names[:k])} are {all_}members of {full}."
        stated = members[:k]
    elif style == "include" or (style in ("founded", "groups") and len(members) >= 3):
        k = min(len(members), rng.randint(3, 7))
        text = f"Members of {full} include {country_list(names[:k])}."
        stated = members[:k]
    elif style == "fellow":
        text = (
            f"{names[0][0].upper()}{names[0][1:]}, a fellow member of {full}, has backed the "
            f"proposal."
        )
        stated = members[:1]
    elif style == "comprises":
        d.add(
            f"{full[0].upper()}{full[1:]} was set up "
            f"{f'in {org.founded}' if org.founded else 'decades ago'} to {rng.choice(_PURPOSES)}.",
            template="membership_intro",
        )
        word = org.bloc_word
        text = (
            f"The {word} comprises {country_list(names)}."
            if len(members) <= 12
            else f"The {word}'s members include {country_list(names[:6])}."
        )
        stated = members if len(members) <= 12 else members[:6]
    else:
        text = f"{names[0][0].upper()}{names[0][1:]} is a member of {full}."
        stated = members[:1]
    d.add(text, template=f"membership_{style}")
    for code in stated:
        d.membership(code, org.name)
    _add_non_members(scene, rng, org, set(members))
    return org.name


def _add_non_members(
    scene: Scene, rng: random.Random, org: Organisation, members: set[str]
) -> None:
    world, d = scene.world, scene.draft
    observers = [c for c in org.observers if c in world.by_code and c not in members]
    roll = rng.random()
    if observers and roll < 0.55:
        picked = observers[: rng.randint(1, min(4, len(observers)))]
        names = country_list([world.by_code[c].in_text for c in picked])
        word = org.observer_word
        if len(picked) == 1:
            text = f"{names[0].upper()}{names[1:]} has {word} status."
        else:
            plural = word + ("es" if word.endswith("s") else "s")
            text = f"{names[0].upper()}{names[1:]} are {plural}, not full members."
        d.add(text, template="membership_observers")
        d.notes.append(f"{names}: {word}, not members.")
    elif roll < 0.85:
        outsider = world.random_country(rng, exclude=tuple(members) + tuple(observers))
        name = outsider.in_text
        phrase = rng.choice(
            (
                f"{name} has applied to join the {org.bloc_word}",
                f"{name} is expected to become a full member of the {org.bloc_word} next year",
                f"{name}'s bid to join the {org.bloc_word} remains stalled",
                f"{name} has been invited to join the {org.bloc_word}",
            )
        )
        d.add(f"{phrase[0].upper()}{phrase[1:]}.", template="membership_applicant")
        d.notes.append(f"{outsider.name} is not a member.")
