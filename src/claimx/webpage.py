"""Web pages in: a saved HTML page becomes the article's text and the page's metadata.

trafilatura finds the main text (navigation, asides, footers, cookie banners and comments
dropped) and the metadata (title, author, date through htmldate, site name, canonical URL).
The document's text is that article text, not the markup: record offsets point into it, and
the ``Document`` carries it in ``text`` so they can be checked. Its paragraphs are separated
by blank lines, and the headline comes first when the body does not already start with it.

A page is one document, also when it holds several ``<article>`` elements (a briefing, a
live blog): the text of each, in page order. (Splitting at ``<article>`` would turn the teaser
cards many sites wrap in ``<article>`` into documents of their own.)
"""

from __future__ import annotations

from email.message import Message
from typing import Any

from claimx.errors import InputError
from claimx.ingest import Source, decode

# favor_precision, and navigation, asides and footers cut before extraction: otherwise, on a
# page with no article body, the recall-minded fallbacks return the menu or the cookie banner
# as "text". (An <aside> inside the article, a pull quote, repeats the article: no loss.)
EXTRACT_OPTIONS = {
    "favor_precision": True,
    "prune_xpath": ["//nav", "//aside", "//footer"],
    "include_comments": False,
    "include_images": False,
    "include_tables": True,
    "with_metadata": True,
}
CHARSET_SNIFF = 4096  # a charset declaration must sit in the first 1024 bytes (HTML spec); be lenient


def read_page(data: bytes | str, source: str, doc_id: str, path: str | None) -> Source:
    """One HTML page (bytes as read, or a string from JSONL) as a Source with ``meta`` and
    ``keep_text`` set. Raises ``InputError`` when the page has no article text."""
    import trafilatura

    html, warnings = (data, []) if isinstance(data, str) else decode_page(data, source)
    page = trafilatura.bare_extraction(html, **EXTRACT_OPTIONS)
    body = [line.strip() for line in (page.text or "").splitlines()] if page is not None else []
    body = [line for line in body if line]
    if not body:
        raise InputError(source, "HTML page with no article text (only navigation or nothing), skipped")
    title = " ".join((page.title or "").split()) or None
    if title and body[0] != title:
        body.insert(0, title)
    meta: dict[str, Any] = {
        "title": title,
        "published": page.date or None,
        "byline": [a.strip() for a in (page.author or "").split(";") if a.strip()],
        "publisher": page.sitename or None,
        "url": page.url or None,
    }
    return Source(doc_id, "\n\n".join(body), path, warnings, meta=meta, keep_text=True)


def decode_page(data: bytes, source: str) -> tuple[str, list[str]]:
    """Page bytes to text as for text files (UTF-8, else detected, with a warning; binary
    refused), except that the charset a non-UTF-8 page declares in a ``<meta>`` tag wins."""
    text, warnings = decode(data, source)
    charset = declared_charset(data[:CHARSET_SNIFF]) if warnings else None
    if charset:
        try:
            return data.decode(charset), []
        except (LookupError, UnicodeDecodeError):
            pass
    return text, warnings


def declared_charset(head: bytes) -> str | None:
    """The charset of ``<meta charset>`` or ``<meta http-equiv="Content-Type" content=...>``."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(head)
    except Exception:  # lxml raises several kinds on junk; no declaration then
        return None
    for meta in tree.iter("meta"):
        if meta.get("charset"):
            return meta.get("charset").strip()
        if (meta.get("http-equiv") or "").strip().lower() == "content-type":
            header = Message()
            header["content-type"] = meta.get("content") or ""
            if header.get_content_charset():
                return header.get_content_charset()
    return None
