"""How far to trust an attribution: a confidence from the rule that made it and whether something
in the article speaks against it, and a short reason a reader can be shown.

The confidences are measured, not guessed: `bench/calibrate.py` runs the extractor over PolNeAR's
train split (real political news, hand-annotated sources) and writes, for each rule with and
without doubt, the share of attributions that named the right speaker. PolNeAR's dev split checks
them (accuracy per confidence band). A quote below `model.DOUBTFUL` is shown as doubtful.
"""

from __future__ import annotations

# rule → (share right when nothing speaks against it, share right when something does), from
# PolNeAR train; written by bench/calibrate.py between the markers.
# calibration: begin
CALIBRATION: dict[str, tuple[float, float]] = {
    "according-to": (0.85, 0.65),
    "colon-intro": (0.81, 0.62),
    "colon-name": (0.95, 0.72),
    "continuation": (0.94, 0.72),
    "name-said-quote": (0.93, 0.93),
    "participle": (0.83, 0.63),
    "person-implicit": (0.81, 0.62),
    "prev-mention": (0.48, 0.37),
    "prev-paragraph": (0.63, 0.48),
    "prev-pronoun": (0.27, 0.27),
    "prev-sentence": (0.77, 0.29),
    "pronoun": (0.78, 0.71),
    "pronoun-last": (0.69, 0.41),
    "quote-name-said": (0.99, 0.97),
    "quote-said-name": (0.98, 0.75),
    "role-anaphor": (0.29, 0.22),
    "sentence-end": (0.94, 0.72),
}
# calibration: end

# Rules too rare in the training sets to be measured take the share of the measured rule they
# resemble most (a label or a dash naming the speaker right at the quote is a colon-name); others
# a conservative guess.
_LIKE = {"transcript": "colon-name", "dash-name": "colon-name"}
_UNMEASURED = (0.7, 0.5)

REASONS = {
    "quote-said-name": "named with a speech verb right after the quote",
    "quote-name-said": "named with a speech verb right after the quote",
    "quote-name": "named right after the quote, with no speech verb",
    "dash-name": "named after a dash that closes the quote",
    "name-said-quote": "named with a speech verb before the quote, in its sentence",
    "sentence-end": "named with a speech verb at the end of the quote's sentence",
    "according-to": "named by 'according to' beside the quote",
    "colon-name": "named before a colon that introduces the quote",
    "colon-intro": "the sentence before the colon that introduces the quote",
    "transcript": "the transcript's speaker label",
    "participle": "subject of the sentence whose '-ing' clause gives the quote",
    "continuation": "the previous quote goes on",
    "prev-sentence": "subject of the sentence before; no speech verb by the quote",
    "prev-paragraph": "subject of the paragraph before, who spoke there; no speech verb by the quote",
    "prev-mention": "subject of the paragraph before; no speech verb there or by the quote",
    "prev-pronoun": "a pronoun opening the sentence before; no speech verb by the quote",
    "pronoun": "a pronoun by the quote, taken as the person the sentences before are about",
    "pronoun-last": "a pronoun by the quote, taken as the last person it fits",
    "org-anaphor": "'the agency' or a spokesperson, taken as the last organisation named",
    "spokesperson": "a spokesperson of the body or person named with them",
    "role-anaphor": "a role ('the director'), taken as the last person given it",
    "role-cataphor": "a description, taken as the person named right after it",
    "document": "the author of the document the quote comes from",
    "person-implicit": "the one person the quote's sentence is about; no speech verb",
    "org-implicit": "the one organisation the quote's sentence is about; no speech verb",
    "unnamed": "the text gives a speaker it does not name",
    "unattributed": "no speaker in the text around the quote",
}


# Below this the evidence is too weak to name anyone: the quote is left unattributed, and its
# reason says whom the text suggested (precision first: no name is better than a wrong one).
FLOOR = 0.55


def too_weak(rule: str, doubt: str) -> bool:
    return confidence(rule, doubt) < FLOOR


def confidence(rule: str, doubt: str) -> float:
    """The measured share of right speakers for this rule, with or without doubt."""
    clear, doubted = CALIBRATION.get(rule) or CALIBRATION.get(_LIKE.get(rule, ""), _UNMEASURED)
    return doubted if doubt else clear


def reason(rule: str, doubt: str) -> str:
    """What made the attribution, and what speaks against it, in a few words."""
    why = REASONS.get(rule, rule)
    return f"{why}; but {doubt}" if doubt else why


def withheld(rule: str, doubt: str, speaker: str) -> str:
    """The reason of a quote left unattributed because its one candidate was too weak."""
    return f"not given to {speaker}: {reason(rule, doubt)}, right less than half the time"
