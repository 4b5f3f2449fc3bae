"""Quotation spans: pairing marks, quote vs scare quote, quote-aware sentences."""

from __future__ import annotations

from icereader.index.quotes.marks import Span, classify, find_spans, sentences


def _spans(*paragraphs: str) -> tuple[str, list[Span]]:
    text = "\n\n".join(paragraphs)
    bounds, pos = [], 0
    for p in paragraphs:
        bounds.append((pos, pos + len(p)))
        pos += len(p) + 2
    spans = find_spans(text, bounds)
    for s in spans:
        classify(text, s, bounds[s.paragraph])
    return text, spans


def _texts(*paragraphs: str) -> list[str]:
    text, spans = _spans(*paragraphs)
    return [text[s.start : s.end] for s in spans if s.is_quote]


def test_straight_curly_and_mixed_marks() -> None:
    assert _texts('"We will go home now," he said.') == ["We will go home now,"]
    assert _texts("“We will go home now,” he said.") == ["We will go home now,"]
    assert _texts('"We will go home now,” he said.') == ["We will go home now,"]


def test_closing_mark_written_the_wrong_way_round() -> None:
    assert _texts("“ICE is forced to arrest them in prison, ”he said.") == ["ICE is forced to arrest them in prison, "]


def test_single_quote_house_style_with_apostrophes_and_possessives() -> None:
    para = "'We don't have the workers' support yet,' she said. 'It's the same every week.'"
    assert _texts(para) == ["We don't have the workers' support yet,", "It's the same every week."]


def test_scare_quote_closing_after_plural_s() -> None:
    assert _texts("Others call them 'safe havens' for criminals, he said, 'every single day of the year.'") == [
        "every single day of the year."
    ]


def test_nested_quotes_belong_to_the_outer_quote() -> None:
    assert _texts("\"She called it 'a clear violation of due process' and left,\" he said.") == [
        "She called it 'a clear violation of due process' and left,"
    ]
    assert _texts("'He told me \"go home now\" and walked off,' she said.") == [
        'He told me "go home now" and walked off,'
    ]


def test_quote_running_over_paragraphs() -> None:
    text, spans = _spans('"We will keep working on this.', '"And we will not stop," he said.')
    quotes = [s for s in spans if s.is_quote]
    assert [text[s.start : s.end] for s in quotes] == ["We will keep working on this.", "And we will not stop,"]
    assert not quotes[0].closed and quotes[1].continued


def test_damaged_quote_does_not_shift_the_rest() -> None:
    texts = _texts('He said "we will go home now. Then they left.', 'She said "this is not over yet," and smiled.')
    assert "this is not over yet," in texts


def test_short_spans_titles_and_terms_are_not_quotes() -> None:
    text, spans = _spans(
        'Cities called "sanctuary cities" joined "Operation Safe City Returns Home" and signs '
        'reading "No human being is illegal here" and said "we will fight this in court."'
    )
    reasons = {text[s.start : s.end]: (s.is_quote, s.reason) for s in spans}
    assert reasons["sanctuary cities"] == (False, "short")
    assert reasons["Operation Safe City Returns Home"] == (False, "title")
    assert reasons["No human being is illegal here"] == (False, "term")
    assert reasons["we will fight this in court."] == (True, "")


def test_title_case_headline_quote_is_speech_only_with_a_sign_of_speech() -> None:
    assert _texts("Homan: 'We Will Not Back Down From Sanctuary Cities'") == [
        "We Will Not Back Down From Sanctuary Cities"
    ]
    assert _texts("Trump Says 'Sanctuary Cities Will Pay a Heavy Price'") == ["Sanctuary Cities Will Pay a Heavy Price"]
    assert _texts("Netflix Series 'The Deportation Machine Comes to Town' Draws Protests") == []


def test_all_caps_post_is_speech() -> None:
    assert _texts('He wrote: "SEE YOU IN COURT, THE SECURITY OF OUR NATION IS AT STAKE!"') == [
        "SEE YOU IN COURT, THE SECURITY OF OUR NATION IS AT STAKE!"
    ]


def test_four_words_is_a_quote_three_is_not() -> None:
    assert _texts('He said "that has to change" and "not right now."') == ["that has to change"]


def test_sentences_ignore_full_stops_inside_quotes_and_abbreviations() -> None:
    para = "“This makes communities less safe. We know it,” said Sen. J. Smith of the U.S. Senate. He left."
    text, spans = _spans(para)
    got = [text[a:b].strip() for a, b in sentences(text, 0, len(text), spans)]
    assert got == ["“This makes communities less safe. We know it,” said Sen. J. Smith of the U.S. Senate.", "He left."]


def test_sentence_ends_after_a_closing_mark() -> None:
    text, spans = _spans("He criticised “sanctuary cities.” He said more.")
    assert [text[a:b].strip() for a, b in sentences(text, 0, len(text), spans)] == [
        "He criticised “sanctuary cities.”",
        "He said more.",
    ]


def test_a_lower_case_label_after_the_is_a_term() -> None:
    assert _texts("It is a town which boasts of being the \u201cstrawberry capital of the world\u201d.") == []
    assert _texts("It got the nickname 'the salad bowl of the world' long ago.") == []
    assert _texts('She said the flights were "the fastest and safest way to get people home."') == [
        "the fastest and safest way to get people home."
    ]


def test_a_title_with_a_figure_in_it_is_still_a_title() -> None:
    assert _texts('0 Response to "CBP Officers at Laredo Port of Entry Seize Fentanyl Worth Over $384K"') == []


def test_speaker_tag_is_dimmed_with_a_question_mark_when_doubtful_and_never_glued() -> None:
    """The reader drew `in prison, ” ‹Mike Alvarez›he said.`: the tag now keeps a space from the
    next word, and a doubtful attribution reads `‹Mike Alvarez?›`, dimmed."""
    from icereader.index.model import Passage, Quote
    from icereader.tui.colours import SpeakerColours
    from icereader.tui.widgets.passage import passage_content

    text = "“We arrest them in prison, ”he said. “They are safe there,” Reyes said."
    p = Passage("a", 0, 0, len(text), text)
    doubtful = Quote("We arrest them in prison, ", 1, 27, 0, "Mike Alvarez", rule="pronoun", confidence=0.51)
    sure = Quote("They are safe there,", 38, 58, 0, "Ana Reyes", rule="quote-name-said", confidence=0.98)
    content = passage_content(p, [doubtful, sure], [], SpeakerColours())
    assert content.plain == (
        "“We arrest them in prison, ” ‹Mike Alvarez?› he said. “They are safe there,” ‹Ana Reyes› Reyes said."
    )
    dim = [s for s in content.spans if "dim" in str(s.style)]
    assert [content.plain[s.start : s.end] for s in dim] == [" ‹Mike Alvarez?› "]
    assert doubtful.doubtful and not sure.doubtful and "51% sure" in doubtful.why and "[pronoun]" in doubtful.why
