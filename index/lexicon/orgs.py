"""Organisations that speak in immigration news: short name → (type, long names).

The type decides which anaphor can refer back to the organisation ("the agency" → an agency,
"the department" → a department, "the group" → a non-governmental body).
"""

from __future__ import annotations

import re

from .names import GIVEN_NAMES

ORGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ICE": (
        "agency",
        (
            "Immigration and Customs Enforcement",
            "U.S. Immigration and Customs Enforcement",
            "Enforcement and Removal Operations",
            "ERO",
            "Immigration & Customs Enforcement",
        ),
    ),
    "DHS": (
        "department",
        (
            "Department of Homeland Security",
            "Homeland Security Department",
            "U.S. Department of Homeland Security",
            "Homeland Security",
        ),
    ),
    "CBP": ("agency", ("Customs and Border Protection", "U.S. Customs and Border Protection")),
    "Border Patrol": ("agency", ("U.S. Border Patrol", "USBP")),
    "USCIS": ("agency", ("U.S. Citizenship and Immigration Services", "Citizenship and Immigration Services")),
    "HSI": ("agency", ("Homeland Security Investigations",)),
    "DOJ": ("department", ("Justice Department", "Department of Justice", "U.S. Department of Justice")),
    "EOIR": ("agency", ("Executive Office for Immigration Review",)),
    "FBI": ("agency", ("Federal Bureau of Investigation",)),
    "DEA": ("agency", ("Drug Enforcement Administration",)),
    "ATF": ("agency", ("Bureau of Alcohol, Tobacco, Firearms and Explosives",)),
    "HHS": ("department", ("Department of Health and Human Services", "Health and Human Services")),
    "ORR": ("agency", ("Office of Refugee Resettlement",)),
    "State Department": ("department", ("Department of State", "U.S. State Department")),
    "Pentagon": ("department", ("Department of Defense", "Defense Department", "DOD")),
    "White House": ("office", ()),
    "ACLU": ("group", ("American Civil Liberties Union",)),
    "AILA": ("group", ("American Immigration Lawyers Association",)),
    "TRAC": ("group", ("Transactional Records Access Clearinghouse",)),
    "SPLC": ("group", ("Southern Poverty Law Center",)),
    "MPI": ("group", ("Migration Policy Institute",)),
    "NILC": ("group", ("National Immigration Law Center",)),
    "RAICES": ("group", ("Refugee and Immigrant Center for Education and Legal Services",)),
    "Pew Research Center": ("group", ("Pew",)),
    "NYPD": ("department", ("New York Police Department",)),
    "LAPD": ("department", ("Los Angeles Police Department",)),
    "UNHCR": ("agency", ("U.N. refugee agency", "UN refugee agency")),
    "United Nations": ("group", ("U.N.", "UN")),
    # News outlets quoted as sources: one name however written, and no "the group" refers to them
    "New York Times": ("outlet", ("NY Times", "N.Y. Times", "NYT", "The New York Times")),
    "GEO Group": ("group", ()),
    "CoreCivic": ("group", ()),
}

# Anaphoric heads and the organisation types they can refer back to.
ANAPHOR_TYPES: dict[str, tuple[str, ...]] = {
    "agency": ("agency", "department"),
    "department": ("department", "agency"),
    "bureau": ("agency",),
    "office": ("office", "agency"),
    "administration": ("administration", "office"),
    "group": ("group",),
    "organization": ("group",),
    "organisation": ("group",),
    "nonprofit": ("group",),
    "coalition": ("group",),
    "union": ("group",),
    "company": ("group",),
    "firm": ("group",),
    "center": ("group",),
    "institute": ("group",),
    "city": ("city",),
}
# Head words that make an unknown Title Case phrase an organisation.
ORG_HEADS = frozenset(
    """Department Agency Office Council Union Coalition Center Centre Institute Project Network
    Alliance Association Committee Police Court Administration Service Services Patrol Bureau
    Commission Foundation Fund Society Clinic Church University College Party Group Caucus
    Board Authority Federation League Initiative Campaign Partnership Corporation Company Inc.
    Corp. LLC Times Post Journal News Press Tribune Herald Reuters Guardian Congress Senate
    Enforcement Security Protection Immigration Customs Citizenship Affairs Justice Defense
    Foods Meats Farms Packing Poultry Dairy Industries Holdings Partners Systems Solutions
    Enterprises Products Co. Company LLC Inc Corp
    Legislature Chamber Ministry Government Organization Organisation Trust Lab Forum Collective
    Coalition Watch Defenders Advocates Network""".split()
)
# Upper-case abbreviations that are never a speaker: places, programs, laws ("the INA"), airports.
NOT_ORGS = frozenset(
    """US U.S. USA UK TV OK AM PM ID CEO DACA TPS NTA NTAs COVID MS I II III IV GOP DC D.C. LA NY
    NYC SF AP INA IIRIRA USC U.S.C. CFR DUI DWI JFK LAX FAQ PDF""".split()
)


def alias_key(name: str) -> str:
    """Lookup form of an organisation name: "The U.S. Immigration & Customs Enforcement's" and
    "US Immigration and Customs Enforcement" both become "immigration and customs enforcement"."""
    key = name.lower().replace("&", "and").replace(".", "").replace("’s", "").replace("'s", "")
    key = " ".join(key.split())
    for prefix in ("the ", "us "):
        key = key.removeprefix(prefix)
    return key


def _alias_table() -> dict[str, str]:
    table = {}
    for short, (_, longs) in ORGS.items():
        for name in (short, *longs):
            table[alias_key(name)] = short
    return table


ALIASES: dict[str, str] = _alias_table()


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def org_canonical(name: str) -> str:
    """Short name of an organisation ("The U.S. Immigration and Customs Enforcement" → "ICE")."""
    bare = _ARTICLE.sub("", name.strip())
    return ALIASES.get(alias_key(bare), bare)


def is_org_name(name: str) -> bool:
    """A guess from the name alone, for speakers whose quotes say nothing of their kind: a known
    organisation, an acronym, or a name with an organisation's head word, unless it reads as a
    given name and surname ("Ashley Post", "Emily Times" are people; "Washington Post" is not)."""
    words = name.split()
    if alias_key(name) in ALIASES or org_canonical(name) in ORGS or (name.isupper() and len(name) > 1):
        return True
    if words[0] in GIVEN_NAMES and 2 <= len(words) <= 4:
        return False
    return any(w in ORG_HEADS for w in words) or words[-1].lower() in ("administration", "police")
