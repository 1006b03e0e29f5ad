"""Rendering a :class:`~quotes.digests.building.Digest` as Markdown or as one self-contained HTML page.

The HTML page needs no network: its style and its few lines of script are inline. It has a
table of contents of the speakers, a filter box that hides the other speakers, and, with
the articles included, a link from each quote to its place in the article's text, where it
is highlighted.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes.digests.records import Digest, DigestArticle, DigestSpeaker, Occurrence, QuoteGroup
from quotes.find.display import from_text
from quotes.speakers.names import fold

_MD_SPECIAL = re.compile(r"([\\`*\[\]<>#|]|(?<!\w)_|_(?!\w))")


def _md(text: str) -> str:
    """Text with Markdown's special characters escaped, on one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _article_label(a: DigestArticle) -> str:
    extra = [x for x in (a.meta.source, a.meta.date.isoformat() if a.meta.date else None) if x]
    return f"{a.label} ({', '.join(extra)})" if extra else a.label


def _index(d: Digest) -> dict[str, tuple[int, DigestArticle]]:
    """Each article by its identifier, with its position."""
    return {a.doc: (i, a) for i, a in enumerate(d.articles)}


def _heading(s: DigestSpeaker, arts: dict[str, tuple[int, DigestArticle]]) -> str:
    if s.scoped and s.docs:
        return f"{s.name} — {_article_label(arts[s.docs[0]][1])}"
    return s.name


def _summary(s: DigestSpeaker) -> str:
    distinct = len(s.groups)
    parts = [
        s.kind if s.speaker is not None else "no speaker found",
        _count(s.quotes, "quote")
        + (f" ({distinct} distinct)" if distinct != s.quotes else "")
        + f" in {_count(len(s.docs), 'article')}",
    ]
    if s.first_date is not None and s.last_date is not None:
        span = s.first_date.isoformat()
        if s.last_date != s.first_date:
            span += f" to {s.last_date.isoformat()}"
        parts.append(span)
    return " · ".join(parts)


def _count(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _totals(d: Digest) -> str:
    n = sum(s.quotes for s in d.speakers)
    named = sum(1 for s in d.speakers if s.speaker is not None)
    return f"{_count(len(d.articles), 'article')} · {_count(n, 'quote')} · {_count(named, 'speaker')}"


def _shown(g: QuoteGroup) -> str:
    """The statement as a reader sees it: its display form (a group read from older JSON has
    none: made from its longest quote)."""
    return g.display or from_text(g.text, g.kind)


def _cue(o: Occurrence) -> str:
    return o.quote.cue.text if o.quote.cue is not None else "no cue"


def to_markdown(d: Digest) -> str:
    """The digest as Markdown: a ``## Name`` heading per speaker, its statements numbered under it."""
    arts = _index(d)
    out = ["# Who said what", "", _totals(d), ""]
    for s in d.speakers:
        out += [f"## {_md(_heading(s, arts))}", "", _md(_summary(s))]
        if s.speaker is not None and s.speaker.aliases:
            out[-1] += "  "
            out.append("Also named: " + ", ".join(_md(a) for a in s.speaker.aliases))
        out.append("")
        for n, g in enumerate(s.groups, 1):
            out.append(f"{n}. {_md(_shown(g))} ({g.kind})")
            for o in g.occurrences:
                out.append(f"   - *{_md(_cue(o))}*, {_md(_article_label(arts[o.doc][1]))}: {_md(o.context)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- HTML

_CSS = """
:root{--fg:#1b1b1b;--muted:#5d5d5d;--line:#ddd;--mark:#fff0a8;--target:#ffc94d;--link:#0b5cad}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;padding:0 1rem}
header,main,nav,#articles{max-width:46rem;margin:0 auto}
h1{font-size:1.6rem;margin:1rem 0 .2rem}
h2{font-size:1.25rem;margin:1.6rem 0 .2rem;overflow-wrap:anywhere}
a{color:var(--link)}
.meta,.aliases,.ctx{color:var(--muted);font-size:.9rem}
#filter{width:100%;font-size:1rem;padding:.5rem;margin:.6rem 0;border:1px solid #999;border-radius:.3rem}
nav ol{columns:16rem;padding-left:1.4rem}
nav li{break-inside:avoid}
.count{color:var(--muted);font-size:.85rem}
ol.groups{padding-left:1.4rem}
li.group{margin:.8rem 0}
blockquote{margin:0 0 .3rem;font-size:1.05rem}
ul.occ{padding-left:1rem;margin:0}
ul.occ li{margin:.2rem 0}
.kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
article{border-top:1px solid var(--line);padding:.5rem 0 1rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:var(--mark);padding:0 .1em}
mark:target{background:var(--target);outline:2px solid #b37400;scroll-margin-top:30vh}
[hidden]{display:none!important}
"""

_JS = """
(function(){
  var box=document.getElementById('filter');
  function apply(){
    var q=box.value.trim().toLowerCase();
    document.querySelectorAll('[data-names]').forEach(function(el){
      el.hidden=q!==''&&el.getAttribute('data-names').indexOf(q)<0;
    });
  }
  box.addEventListener('input',apply);
  apply();
})();
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _anchor(doc_i: int, o: Occurrence) -> str:
    return f"q-{doc_i}-{o.quote.spans[0].start}"


def _names(s: DigestSpeaker) -> str:
    if s.speaker is None:
        return "(speaker not found)"
    return "|".join(dict.fromkeys(n.lower() for n in (s.speaker.name, *s.speaker.aliases, fold(s.speaker.name))))


_Arts = dict[str, tuple[int, "DigestArticle"]]


def _occurrence_html(arts: _Arts, o: Occurrence, articles: bool) -> str:
    doc_i, a = arts[o.doc]
    label = f"<em>{_e(_cue(o))}</em>, {_e(_article_label(a))}"
    if articles and a.text is not None:
        label = f'<a class="quote-link" href="#{_anchor(doc_i, o)}">{label}</a>'
    elif a.meta.url:
        label = f'<a href="{_e(a.meta.url)}">{label}</a>'
    return f'<li>{label}<div class="ctx">{_e(o.context)}</div></li>'


def _group_html(arts: _Arts, g: QuoteGroup, articles: bool) -> str:
    occ = "".join(_occurrence_html(arts, o, articles) for o in g.occurrences)
    return (
        f'<li class="group"><span class="kind">{_e(g.kind)}</span>'
        f'<blockquote>{_e(_shown(g))}</blockquote><ul class="occ">{occ}</ul></li>'
    )


def _speaker_html(arts: _Arts, i: int, s: DigestSpeaker, articles: bool) -> str:
    aliases = ""
    if s.speaker is not None and s.speaker.aliases:
        aliases = f'<p class="aliases">Also named: {_e(", ".join(s.speaker.aliases))}</p>'
    groups = "".join(_group_html(arts, g, articles) for g in s.groups)
    return (
        f'<section class="speaker" id="s-{i}" data-names="{_e(_names(s))}">'
        f'<h2>{_e(_heading(s, arts))}</h2><p class="meta">{_e(_summary(s))}</p>{aliases}'
        f'<ol class="groups">{groups}</ol></section>'
    )


def _article_html(i: int, a: DigestArticle, shown: list[Occurrence]) -> str:
    """One article's text, every quote of ``shown`` (quotes of this article) marked in place."""
    text = a.text or ""
    marks = sorted(
        ((sp.start, sp.end, _anchor(i, o) if k == 0 else None) for o in shown for k, sp in enumerate(o.quote.spans)),
        key=lambda m: (m[0], -m[1]),
    )
    body, pos = [], 0
    for start, end, ident in marks:
        if start < pos or end > len(text):
            continue  # overlaps a mark already placed
        attr = f' id="{ident}"' if ident else ""
        body.append(f"{_e(text[pos:start])}<mark{attr}>{_e(text[start:end])}</mark>")
        pos = end
    body.append(_e(text[pos:]))
    meta = " · ".join(_e(x) for x in (a.meta.source, a.meta.date.isoformat() if a.meta.date else None) if x)
    link = f' · <a href="{_e(a.meta.url)}">original</a>' if a.meta.url else ""
    return (
        f'<article id="a-{i}"><h3>{_e(a.label)}</h3><p class="meta">{meta}{link}</p>'
        f'<div class="text">{"".join(body)}</div></article>'
    )


def to_html(d: Digest, *, articles: bool = True) -> str:
    """The digest as one HTML page, with no outside resources.

    Args:
        d: The digest.
        articles: Include the articles' texts, each quote highlighted and linked from the
            digest (needs a digest built with its texts); otherwise a quote links to its
            article's address where one is known.
    """
    arts = _index(d)
    articles = articles and any(a.text is not None for a in d.articles)
    toc = "".join(
        f'<li data-names="{_e(_names(s))}"><a href="#s-{i}">{_e(_heading(s, arts))}</a> '
        f'<span class="count">{s.quotes}</span></li>'
        for i, s in enumerate(d.speakers)
    )
    sections = "".join(_speaker_html(arts, i, s, articles) for i, s in enumerate(d.speakers))
    texts = ""
    if articles:
        shown: dict[str, list[Occurrence]] = {}
        for s in d.speakers:
            for g in s.groups:
                for o in g.occurrences:
                    shown.setdefault(o.doc, []).append(o)
        texts = (
            '<section id="articles"><h2>Articles</h2>'
            + "".join(
                _article_html(i, a, shown[a.doc])
                for i, a in enumerate(d.articles)
                if a.doc in shown and a.text is not None
            )
            + "</section>"
        )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Who said what</title><style>{_CSS}</style></head><body>"
        f'<header><h1>Who said what</h1><p class="meta">{_e(_totals(d))}</p>'
        '<input id="filter" type="search" placeholder="Filter speakers by name" aria-label="Filter speakers"></header>'
        f'<nav id="toc"><h2>Speakers</h2><ol>{toc}</ol></nav><main>{sections}</main>{texts}'
        f"<script>{_JS}</script></body></html>\n"
    )
