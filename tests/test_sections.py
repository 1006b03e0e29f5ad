"""Where the reader comments begin."""

from __future__ import annotations

import pytest

from quotes.find.sections import comments_start

ARTICLE = "Kerry said the talks went well.\n“We made progress,” he said.\n"


@pytest.mark.parametrize(
    "marker",
    [
        "COMMENTS (10)",
        "Comments",
        "Comments:",
        "comments (3)",
        "12 Comments",
        "Reader comments",
        "Readers' comments",
        "Show comments",
        "Join the discussion",
        "Leave a comment",
        "Leave a Reply",
        "Add your comment",
        "Comments are moderated and generally will be posted if they are on-topic.",
        "Comments are closed.",
        "You must be logged in to post a comment.",
        "  COMMENTS (10)  ",
    ],
)
def test_markers_start_the_comments(marker):
    """Each recognised marker, alone on its line, starts the comments at that line."""
    text = ARTICLE + marker + "\nI think he lied, said Bob.\n"
    start = comments_start(text)
    assert start == len(ARTICLE) + len(marker) - len(marker.lstrip())


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "Comments\nAn article whose first line is the word Comments.\n",
        ARTICLE + "He declined to comment on the comments made by his rival.\n",
        ARTICLE + "Comments from the minister were welcome, he said.\n",
        ARTICLE + "Discussion\nA sub-heading is not a comment section.\n",
    ],
)
def test_ordinary_text_has_no_comments(text):
    """Words about comments inside sentences, a first line and ordinary headings are not markers."""
    assert comments_start(text) is None
