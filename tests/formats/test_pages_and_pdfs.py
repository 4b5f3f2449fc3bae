"""Saved web pages, PDFs and Markdown notes read as articles: the story, not the page."""

from __future__ import annotations

import textwrap

import pytest
from icereader.index.errors import UnreadableFile
from icereader.index.sync.ingest import article_from_bytes
from icereader.index.text.pdf import paragraphs

from .pdfmaker import make_pdf

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>ICE arrests 498 in sanctuary cities | Metro Daily</title>
<meta property="og:title" content="ICE arrests 498 in sanctuary cities">
<meta property="og:site_name" content="Metro Daily">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2017-09-28T10:00:00-04:00">
<link rel="canonical" href="https://www.metrodaily.example/news/2017/09/ice-arrests-498">
<script>window.dataLayer = [{"page": "article", "quote": "\\"not a quote\\""}];</script>
<style>.nav { color: red }</style></head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept cookies</button></div>
<main id="main"><article>
<h1>ICE arrests 498 in sanctuary cities</h1>
<p class="byline">By Jane Roe</p><time datetime="2017-09-28">September 28, 2017</time>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>Federal immigration agents arrested 498 people during a four-day operation in cities that limit
cooperation with immigration authorities, officials said Thursday.</p>
<p>"Sanctuary jurisdictions that release criminal aliens back into the community are undermining public
safety," said Tom Homan, the acting director of Immigration and Customs Enforcement.</p>
<p>Of those arrested, 317 had criminal convictions, according to the agency. The operation ran in
Baltimore, Denver, Los Angeles, New York, Philadelphia, Portland, Seattle and Washington.</p>
<p>Advocates said the arrests spread fear. "This is retaliation, plain and simple," said Maria Lopez of
the Immigrant Defense Project.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/news/1">"Border wall funding fight heads to Congress," senators say</a></li>
<li><a href="/news/2">Mayor vows to keep sanctuary policy</a></li></ul></aside>
</main>
<footer><p>Copyright 2017 Metro Daily. All rights reserved.</p><a href="/privacy">Privacy policy</a>
<a href="/terms">Terms of use</a></footer>
</body></html>"""

RELEASE_PAGE = """<!DOCTYPE html><html><head><title>ICE arrests 680 in Mississippi worksite operation | ICE</title>
<meta property="og:site_name" content="ICE">
<link rel="canonical" href="https://www.ice.gov/news/releases/ice-arrests-680-mississippi">
</head><body>
<div class="usa-banner">An official website of the United States government. Here's how you know.
Official websites use .gov. Secure .gov websites use HTTPS.</div>
<header><a href="/">U.S. Immigration and Customs Enforcement</a><nav><a href="/about">About</a>
<a href="/news">Newsroom</a><a href="/contact">Contact</a></nav></header>
<main><h1>ICE arrests 680 in Mississippi worksite operation</h1>
<div class="date">August 7, 2019</div><div class="location">Jackson, MS, United States</div>
<div class="field-body">
<p>JACKSON, Miss. — U.S. Immigration and Customs Enforcement's Homeland Security Investigations
arrested approximately 680 illegal aliens Wednesday at seven agricultural processing plants across
Mississippi.</p>
<p>The operation was the result of a year-long investigation into the companies, according to the
agency. "While there may be discussion about the need for immigration reform, until Congress acts,
we will enforce the laws on the books," said Acting ICE Director Matthew Albence.</p>
<p>U.S. Attorney Mike Hurst said the agency had executed search warrants at the seven sites.</p>
</div></main>
<footer><p>Having trouble viewing this email? View it in your browser.</p>
<p>Unsubscribe | Manage preferences | Privacy policy | Accessibility</p></footer></body></html>"""

BLOG_PAGE = """<html><head><title>Notes from the courthouse</title>
<meta name="author" content="Sam Park"><meta name="date" content="2020-02-14"></head><body>
<div class="sidebar"><h2>Archives</h2><ul><li>January 2020</li><li>December 2019</li></ul>
<h2>Follow me</h2><a href="#">Twitter</a> <a href="#">RSS</a></div>
<div class="post"><h1>Notes from the courthouse</h1>
<p>I spent the morning at the immigration court on Main Street, where 23 cases were on the docket
before Judge Ellen Ward. Most of the people waiting had no lawyer.</p>
<p>"I have been waiting three years for this hearing," one man told me in the hallway. He asked that
his name not be used.</p>
<p>By noon the judge had ordered four people removed and granted two continuances.</p></div>
<div class="comments"><h3>3 Comments</h3><p>Great post! Leave a reply.</p></div></body></html>"""


def _article(data: bytes, name: str):
    return article_from_bytes(data, name, name)


def test_a_news_page_keeps_the_story_and_its_metadata():
    a = _article(NEWS_PAGE.encode(), "saved/ice-arrests.html")
    assert a.title == "ICE arrests 498 in sanctuary cities"
    assert (a.byline, a.date, a.outlet) == ("Jane Roe", "2017-09-28", "Metro Daily")
    assert a.url == "https://www.metrodaily.example/news/2017/09/ice-arrests-498"
    for furniture in (
        "Skip to main content",
        "cookies",
        "Share on Facebook",
        "Related stories",
        "Mayor vows",
        "Copyright",
        "Privacy",
        "dataLayer",
        "color: red",
        "<",
    ):
        assert furniture not in a.text, furniture
    assert "317 had criminal convictions" in a.text and "plain and simple" in a.text
    assert {q.speaker for q in a.quotes} == {"Tom Homan", "Maria Lopez"}
    assert "Border wall funding fight heads to Congress" not in {q.text for q in a.quotes}


def test_a_government_release_page():
    a = _article(RELEASE_PAGE.encode(), "releases/mississippi.htm")
    assert a.title == "ICE arrests 680 in Mississippi worksite operation"
    assert a.url == "https://www.ice.gov/news/releases/ice-arrests-680-mississippi"
    assert a.outlet == "ICE"
    assert a.date == "2019-08-07"
    for furniture in ("official website", "Here's how you know", "HTTPS", "Newsroom", "trouble viewing", "Unsubscribe"):
        assert furniture not in a.text, furniture
    assert [q.speaker for q in a.quotes] == ["Matthew Albence"]


def test_a_blog_post_drops_sidebar_and_comments():
    a = _article(BLOG_PAGE.encode(), "blog.html")
    assert a.title == "Notes from the courthouse"
    assert (a.byline, a.date) == ("Sam Park", "2020-02-14")
    assert "Archives" not in a.text and "Great post" not in a.text and "RSS" not in a.text
    assert "23 cases were on the docket" in a.text


def test_a_page_saved_as_txt_is_still_read_as_a_page():
    a = _article(NEWS_PAGE.encode(), "ice-arrests.txt")
    assert a.title == "ICE arrests 498 in sanctuary cities" and "<!DOCTYPE" not in a.text


def test_a_page_with_no_article_is_skipped_with_a_reason():
    page = b"<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(UnreadableFile, match="no article text"):
        _article(page, "empty.html")


_RULING = [
    "The court found that the agency had detained the plaintiffs without a hearing for more than six months, "
    "in violation of the statute, and that the government offered no reason for the delay.",
    'In its order the court wrote that the detentions were "unreasonable in length" and ordered bond hearings '
    "within 30 days for all 42 members of the class. The enforcement agency said it would appeal.",
    "Lawyers for the detainees said 17 of them had been held for more than a year. One of them, a father of "
    "three from Honduras, had been detained since the spring of the year before last.",
    "The judge also ordered the government to report every 60 days on the number of class members still held "
    "and on the length of each detention, and to give counsel the same report.",
    "Counsel for the government told the court that the agency had already begun to schedule the hearings "
    "and that the first of them would take place within two weeks of the order.",
    "The plaintiffs had asked for release rather than hearings. The court declined, holding that a hearing "
    "before an immigration judge was the remedy the statute provides for prolonged detention.",
]


def _hyphenate(lines: list[str]) -> list[str]:
    """Break the last word of a paragraph's first line across the line end, as typesetting does."""
    head, word = lines[0].rsplit(" ", 1)
    return [f"{head} {word[:3]}-", f"{word[3:]} {lines[1]}", *lines[2:]]


def _ruling_pages() -> list[list[str]]:
    lines = [line for para in _RULING for line in _hyphenate(textwrap.wrap(para, 86))]
    chunks = [lines[i : i + 7] for i in range(0, len(lines), 7)]
    return [
        ["UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT", *chunk, f"Page {n} of {len(chunks)}"]
        for n, chunk in enumerate(chunks, 1)
    ]


def test_a_pdf_ruling_loses_running_headers_and_page_numbers():
    a = _article(make_pdf(_ruling_pages()), "rulings/bond-hearings.pdf")
    assert "DISTRICT COURT" not in a.text and "Page 1 of" not in a.text
    for para in _RULING:
        broken = textwrap.wrap(para, 86)[0].rsplit(" ", 1)[1]
        assert f" {broken} " in a.text and f"{broken[:3]}- " not in a.text
    assert "42" in {f.text for f in a.figures}
    assert all(para in " ".join(a.text.split()) for para in (_RULING[0], _RULING[5]))


def test_pdf_lines_join_into_paragraphs():
    text = "\n\n".join(paragraphs(["\n".join(page) for page in _ruling_pages()]))
    assert len(text.split("\n\n")) >= len(_RULING) - 1


@pytest.mark.parametrize(
    "headline, subtitle",
    [
        (
            "Department of Justice Seeks to Recover More Than $70.8 Million in Proceeds of Corruption "
            "from a Government Minister of a Small Country in West Africa",
            None,
        ),
        ("Pennsylvania Odometer Tamperer Sentenced to 100 Months in Prison", "Ordered to Pay More Than $4 Million"),
    ],
)
def test_a_headline_printed_twice_is_the_title_once(headline: str, subtitle: str | None):
    """A release's one-line title above the same words set as its heading, wrapped: read as one
    paragraph the title was the headline twice, or, too long for a title, the file name."""
    body = [line for para in _RULING for line in textwrap.wrap(para, 86)]
    first = [headline, *textwrap.wrap(headline, 70), *([subtitle] if subtitle else []), *body[:20]]
    a = _article(make_pdf([first, body[20:]]), "rulings/release-002.pdf")
    assert a.title == headline
    paras = a.text.split("\n\n")
    assert paras[0] == headline and headline not in paras[1]
    assert paras[1] == subtitle if subtitle else paras[1].startswith(_RULING[0][:40])


def test_the_opening_lines_of_a_ruling_are_not_taken_for_a_repeated_headline():
    lines = ["UNITED STATES", "UNITED STATES DISTRICT COURT", *textwrap.wrap(_RULING[0], 86)]
    assert paragraphs(["\n".join(lines)])[:2] == ["UNITED STATES", "UNITED STATES DISTRICT COURT"]


def test_a_scanned_pdf_is_skipped_with_the_reason():
    with pytest.raises(UnreadableFile, match="no text layer"):
        _article(make_pdf([["x"]] * 3, text_layer=False), "scan.pdf")


def test_a_damaged_pdf_is_skipped_with_the_reason():
    with pytest.raises(UnreadableFile, match="damaged PDF"):
        _article(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "cut.pdf")


def test_markdown_renders_to_plain_text():
    raw = """---
title: >-
  Raids in
  Denver
author: [Ana Ruiz, Bo Li]
date: 2024-03-01
url: https://example.org/raids
---
# Raids in Denver

ICE [said](https://x.y) **63** were *arrested* in `Denver`, <em>officials</em> said.

- First item with _emphasis_
- Second item

```
code that is not prose
```
"""
    a = _article(raw.encode(), "notes/raids.md")
    assert a.title == "Raids in Denver"
    assert (a.byline, a.date, a.url, a.outlet) == (
        "Ana Ruiz, Bo Li",
        "2024-03-01",
        "https://example.org/raids",
        "example.org",
    )
    assert "ICE said 63 were arrested in Denver, officials said." in a.text
    assert "First item with emphasis" in a.text and "Second item" in a.text
    for mark in ("*", "`", "<em>", "- ", ">-", "code that is not prose"):
        assert mark not in a.text, mark


def test_a_blog_export_keeps_its_html_body():
    """Blog exports keep the article as HTML inside the Markdown file: its text is the story."""
    raw = (
        "---\nauthor: Ana Ruiz\ndate: Nov 3, 2012 4:35 pm\ntitle: Agents detain 12 at bakery\n---\n\n"
        '\t\t<p><span class="img"><img alt="x.jpg" src="https://e.x/x.jpg"></span></p>\n\n'
        "<p>Agents detained 12 workers at a <a href='https://e.x'>Queens bakery</a>, officials said.</p>\n\n"
        "<p><iframe src='https://www.youtube.com/embed/x'></iframe></p>\n\n"
        "<p>&quot;We were not told,&quot; said Mayor Ana Lopez.<br>The raid lasted &amp; ended at noon.</p>"
        "<script>var tracker = 1;</script>\n"
    )
    a = _article(raw.encode(), "blog/bakery.md")
    assert (a.title, a.byline, a.date) == ("Agents detain 12 at bakery", "Ana Ruiz", "2012-11-03")
    assert a.text.split("\n\n")[1:] == [
        "Agents detained 12 workers at a Queens bakery, officials said.",
        '"We were not told," said Mayor Ana Lopez.',
        "The raid lasted & ended at noon.",
    ]
    assert [(q.text, q.speaker) for q in a.quotes] == [("We were not told,", "Ana Lopez")]


def test_front_matter_that_is_not_valid_yaml_is_still_read():
    raw = "---\nauthor: Ben Yakas\ndate: Dec 15, 2016 2:35 pm\ntitle: Raids: A Timeline\n---\n\nAgents arrested 12.\n"
    a = _article(raw.encode(), "raids.md")
    assert (a.title, a.byline, a.date) == ("Raids: A Timeline", "Ben Yakas", "2016-12-15")
