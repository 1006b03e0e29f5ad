"""The whole pipeline on the stanza models: sentence tables per shape, awkward text, the seeds."""

from __future__ import annotations

import pytest

from quotes import extract

# these test the rules: every quote they find is kept, with their bounds
pytestmark = [pytest.mark.stanza, pytest.mark.usefixtures("rules_only")]


def only(text: str, annotator, kind: str | None = None):
    art = extract(text, annotator=annotator)
    qs = [q for q in art.quotes if kind is None or q.kind == kind]
    assert qs, f"no {kind or ''} quote found in {text!r}: {art.quotes}"
    return qs


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("“We made progress today in Brussels,” Kerry said.", "We made progress today in Brussels,", "Kerry"),
        ("“We made progress today in Brussels,” said Kerry.", "We made progress today in Brussels,", "Kerry"),
        ("Kerry said: “We made progress today in Brussels.”", "We made progress today in Brussels.", "Kerry"),
        (
            "Kerry met Karzai. “We made progress today in Brussels,” he told reporters.",
            "We made progress today in Brussels,",
            "Kerry",
        ),
        (
            "A senior State Department official spoke. "
            "“The differences were narrowed on most issues,” the official said.",
            "The differences were narrowed on most issues,",
            "senior State Department official",
        ),
    ],
)
def test_direct_quote_speakers(text, content, speaker, annotator):
    """Direct quotes get the subject of the cue next to them, pronouns and definite nouns resolved."""
    [q] = only(text, annotator, "direct")
    assert q.text == content
    assert q.speaker is not None and speaker in [q.speaker.name, *q.speaker.aliases]


@pytest.mark.parametrize(
    "text, speaker, rule",
    [
        (
            "“We must maintain order on the floor at all times,” House Speaker Paul Ryan, the convention chair, said.",
            "Paul Ryan",
            "cue-after",
        ),
        (
            "The debate went on late into the night.\n\n"
            "Bush: “The mission is to destroy the group, not to contain it.”",
            "Bush",
            "colon",
        ),
        (
            "The crowd cheered, and then Wallnau continued: “God has given this man a mantle for the nation.”",
            "Wallnau",
            "cue-before",
        ),
        (
            "Cruz scored an endorsement from Mike Lee, who declared in the spin room, "
            "“I am sending the signal that it is time.”",
            "Mike Lee",
            "cue-before",
        ),
        (
            "At the debate, Sanders compared himself to Clinton, saying, "
            "“I do not get personal speaking fees from banks.”",
            "Sanders",
            "cue-before",
        ),
    ],
)
def test_harder_cue_shapes(text, speaker, rule, annotator):
    """Appositions, colon labels, quote-introducing verbs, relative pronouns and participles find the source."""
    [q] = only(text, annotator, "direct")
    assert q.rule == rule
    assert q.speaker is not None and speaker in [q.speaker.name, *q.speaker.aliases]


def test_new_sentence_is_not_the_attribution(annotator):
    """After a finished quote, "He also said X would …" reports something new; it is not the quote's cue."""
    text = (
        "Kerry met the press on Friday.\n\n“We have made real progress on every issue today.” "
        "Karzai also said the talks would resume on Monday in Kabul."
    )
    art = extract(text, annotator=annotator)
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert direct and direct[0].rule != "cue-after"


def test_split_quote_is_one_quote(annotator):
    """“…,” Kerry said, “…” is one quote with two parts."""
    text = "“It is fair to say there are good feelings,” Kerry said, “that we made progress in this dialogue.”"
    [q] = only(text, annotator, "direct")
    assert len(q.spans) == 2
    assert q.speaker is not None and q.speaker.name == "Kerry"


def test_quote_goes_on_after_its_attribution_sentence(annotator):
    """“…,” said X, a long apposition. “…” in one paragraph: one quote, the attribution between its parts."""
    text = (
        "“We're meeting our benchmarks,” said Anna Adams-Sarthou, a spokeswoman for the committee. "
        "“We have every expectation that the city will put on a very successful convention.”"
    )
    [q] = only(text, annotator, "direct")
    assert len(q.spans) == 2
    assert q.speaker is not None and "Adams-Sarthou" in q.speaker.name


def test_next_quote_with_its_own_cue_stays_apart(annotator):
    """A second quote with an attribution of its own is a quote of its own."""
    text = (
        "“I think he will do it,” said Kunin, who has been critical of Sanders. "
        "“Now he's a national figure and he has to act like one,” said Kunin."
    )
    qs = only(text, annotator, "direct")
    assert len(qs) == 2


def test_quote_after_a_new_cue_is_its_own(annotator):
    """“…,” she said, adding: “…” — the second quote has a cue of its own."""
    text = (
        "“I have tremendous respect for the governor of Indiana,” Trump said, adding: "
        "“I would enthusiastically welcome his support in the months ahead.”"
    )
    qs = only(text, annotator, "direct")
    assert len(qs) == 2


def test_continuation_keeps_speaker(annotator):
    """A quote with no cue continues the previous quote's speaker in the next paragraph."""
    text = (
        "“We have relayed our concern about the attacks,” Aziz said.\n\n"
        "“We are asking for an end to the strikes, not just containment of them.”"
    )
    qs = only(text, annotator, "direct")
    assert len(qs) == 2
    assert qs[1].rule == "continuation"
    assert qs[1].speaker is not None and qs[1].speaker.id == qs[0].speaker.id


def test_short_answer_opening_its_sentence(annotator):
    """“Absolutely,” he said. is a one-word quote; mid-sentence short quotes stay scare quotes."""
    text = 'Sanders was asked about the convention. "Absolutely," he said when asked again.'
    art = extract(text, annotator=annotator)
    assert [q.text for q in art.quotes if q.kind == "direct"] == ["Absolutely,"]


def test_scare_quotes_are_not_quotes(annotator):
    """Short quoted words with no cue are not quotes on their own."""
    art = extract("Washington could pull out its forces, an outcome known as the “zero option.”", annotator=annotator)
    assert not [q for q in art.quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    "text, content, speaker, kind",
    [
        (
            "Kerry said talks would continue on the political and security track.",
            "talks would continue on the political and security track",
            "Kerry",
            "person",
        ),
        (
            "Aziz insisted that Islamabad was adamant about the drone strikes.",
            "that Islamabad was adamant about the drone strikes",
            "Aziz",
            "person",
        ),
        (
            "Pakistan maintains these ties in order to wield influence, an administration official said.",
            "Pakistan maintains these ties in order to wield influence",
            "administration official",
            "anonymous",
        ),
        (
            "Afghan officials say Pakistan has a long history of supporting the Taliban.",
            "Pakistan has a long history of supporting the Taliban",
            "Afghan officials",
            "group",
        ),
        (
            "The Washington Post reported Thursday that the White House was willing to abandon its plans.",
            "that the White House was willing to abandon its plans",
            "Washington Post",
            "organization",
        ),
        (
            "The vote was a loss for Weaver, who said business executives often fail to understand politics.",
            "business executives often fail to understand politics",
            "Weaver",
            "person",
        ),
        (
            "Bernie Sanders: Clinton is qualified to be president.\n\nSanders visited New York on Monday.",
            "Clinton is qualified to be president",
            "Bernie Sanders",
            "person",
        ),
        (
            "Juan Zarate, a former adviser to the president, also questioned Trump's logic on the matter.",
            "Trump's logic on the matter",
            "Juan Zarate",
            "person",
        ),
        (
            "The Journal, citing internal documents, reported that the campaign is spending heavily.",
            "that the campaign is spending heavily",
            "Journal",
            "organization",
        ),
        (
            "In December, Trump renewed his call for a ban on Muslims entering the country.",
            "a ban on Muslims entering the country",
            "Trump",
            "person",
        ),
        (
            "Hillary Clinton called on tech companies to become more aggressive against extremists.",
            "tech companies to become more aggressive against extremists",
            "Hillary Clinton",
            "person",
        ),
        (
            "Christine Todd Whitman told The Star-Ledger last week she would rather vote for Clinton.",
            "she would rather vote for Clinton",
            "Christine Todd Whitman",
            "person",
        ),
        (
            "Trump told Jeb Bush to quiet down during a heated exchange on eminent domain.",
            "Jeb Bush to quiet down during a heated exchange on eminent domain",
            "Trump",
            "person",
        ),
        (
            "Clinton pointed to attacks on her campaign funded by two hedge fund billionaires.",
            "attacks on her campaign funded by two hedge fund billionaires",
            "Clinton",
            "person",
        ),
        (
            "Obama spoke about the need for Americans to recognize the contributions of Muslims.",
            "the need for Americans to recognize the contributions of Muslims",
            "Obama",
            "person",
        ),
        (
            "Trump kept calling Senate Majority Leader Mitch McConnell a liar at the rally.",
            "Senate Majority Leader Mitch McConnell a liar at the rally",
            "Trump",
            "person",
        ),
        (
            "Sanders has a donor list, which the campaign says includes 2.7 million contributors.",
            "which includes 2.7 million contributors",
            "campaign",
            "unknown",  # "the campaign": a described source of its article, not a named institution
        ),
        (
            "Hillary Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism\n\nThe plane went down on Thursday.",
            "EgyptAir Crash Seems Like An Act Of Terrorism",
            "Hillary Clinton",
            "person",
        ),
        (
            "Six in 10 voters said they wanted a nominee from outside the establishment, "
            "compared with four in 10 before.",
            "they wanted a nominee from outside the establishment",
            "voters",
            "group",
        ),
        (
            "The official described the talks as candid but constructive.",
            "the talks as candid but constructive",
            "official",
            "anonymous",
        ),
    ],
)
def test_indirect_quotes(text, content, speaker, kind, annotator):
    """Indirect quotes: the reported clause as content, and its source with its kind."""
    qs = only(text, annotator)
    q = next(q for q in qs if q.kind in {"indirect", "mixed"})
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.name and q.speaker.kind == kind


def test_parenthetical_cue_splits_the_content(annotator):
    """“X, she said, Y”: the content is both sides of the cue, one quote in two parts."""
    text = "Riding alone as a woman in the park, she said, can be hazardous after dark."
    [q] = only(text, annotator, "indirect")
    assert q.rule == "parenthetical" and len(q.spans) == 2
    assert q.text == "Riding alone as a woman in the park can be hazardous after dark"


def test_question_from_an_unnamed_asker(annotator):
    """ "Asked whether …, X said …": the question is a report with no source; the answer is X's."""
    text = "Asked whether he would run again, Biden said that he had not decided yet."
    art = extract(text, annotator=annotator)
    asked = [q for q in art.quotes if q.cue is not None and q.cue.text == "Asked"]
    assert asked and asked[0].speaker is None and asked[0].text.startswith("whether he would run again")
    said = [q for q in art.quotes if q.cue is not None and q.cue.text == "said"]
    assert said and said[0].speaker is not None and said[0].speaker.name == "Biden"


def test_passive_reports(annotator):
    """ "X was confirmed by Y": X is what Y said; "Trump was asked whether …": Trump is not the asker."""
    art = extract("The death of the activist was confirmed by the Eagle Forum on Monday.", annotator=annotator)
    [q] = [q for q in art.quotes if q.rule == "passive"]
    assert q.text == "The death of the activist" and q.speaker is not None and "Eagle Forum" in q.speaker.name
    art = extract("Trump was asked whether he would release his tax returns before the election.", annotator=annotator)
    [q] = art.quotes
    assert q.text.startswith("whether he would release") and q.speaker is None


def test_mixed_quote(annotator):
    """An indirect quote with quoted words inside is one mixed quote."""
    text = 'Kerry told journalists that both sides hope to remove "irritants" in their relations.'
    [q] = only(text, annotator)
    assert q.kind == "mixed"
    assert "irritants" in q.text and q.speaker is not None and q.speaker.name == "Kerry"


def test_anonymous_sources_stay_apart(annotator):
    """`another State Department official` is a new source; `the official` is the latest one."""
    text = (
        "“The talks were candid and useful for both sides,” a senior State Department official said.\n\n"
        "“This is about building momentum for the negotiators,” "
        "another State Department official told reporters.\n\n"
        "“We believe the deal on the table meets their needs,” the State Department official said."
    )
    qs = only(text, annotator, "direct")
    assert len(qs) == 3
    assert qs[0].speaker.id != qs[1].speaker.id
    assert qs[2].speaker.id == qs[1].speaker.id


def test_spans_index_the_original_text(annotator):
    """Every span indexes the text as given, with CRLF line ends, HTML remnants and odd quotes."""
    text = (
        "<p>Kerry arrived.</p>\r\n\r\n<p>&quot;We will under-promise but deliver on every point,&quot; "
        "Kerry said.</p>\r\n\r\n„Wir schaffen das, sagte sie und ging nach Hause weiter,“ she added."
    )
    art = extract(text, annotator=annotator)
    assert art.quotes
    for q in art.quotes:
        for s in q.spans:
            assert s.of(text).strip() and "quot;" not in s.of(text)
        if q.speaker_mention:
            assert q.speaker_mention.span.of(text) == q.speaker_mention.text
    assert any("under-promise" in q.text and q.speaker and q.speaker.name == "Kerry" for q in art.quotes)


def test_unbalanced_quote_does_not_lose_the_rest(annotator):
    """One unbalanced mark is flagged; the article's other quotes still come out."""
    text = (
        'Kerry said "we will keep talking to everyone who wants peace in the region.\n\n'
        "“The talks went well for all of us,” Karzai said."
    )
    art = extract(text, annotator=annotator)
    assert any(q.unbalanced for q in art.quotes)
    assert any(q.speaker and q.speaker.name == "Karzai" for q in art.quotes)


def test_bare_surname_takes_the_nearest_person(annotator):
    """With two Clintons in an article, a bare "Clinton" is the one named most recently."""
    text = (
        "Hillary Clinton spoke in Ohio on Monday.\n\nBill Clinton spoke in Iowa on Tuesday.\n\n"
        "“We will win every state in the Midwest this year,” Clinton said."
    )
    [q] = only(text, annotator, "direct")
    assert q.speaker is not None and q.speaker.name == "Bill Clinton"


@pytest.mark.parametrize(
    "text, allowed",
    [
        ("The troops crossed the so called Durand line and built border posts there.", set()),
        ("The meeting made it clear who is calling the shots in Pakistan these days.", set()),
        (
            "A senior official, who spoke on the condition of anonymity, said the talks went well.",
            {"the talks went well"},
        ),
        (
            "A senior official, who spoke to Reuters on the condition of anonymity, said the talks went well.",
            {"the talks went well"},
        ),
        ("The senator spoke on Monday at a rally in the state capital.", set()),
        ("UPDATE: The polls have closed in the state of Iowa tonight.", set()),
        ("Trump called Cruz on Monday to discuss the primary calendar.", set()),
        ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.", set()),
    ],
)
def test_not_reports(text, allowed, annotator):
    """Words of saying that report nothing: a so-called name, an idiom, how or when someone spoke."""
    art = extract(text, annotator=annotator)
    assert {q.text for q in art.quotes} == allowed


@pytest.mark.parametrize(
    "text, content, speaker, rule",
    [
        # the writer's aside after a reported clause is not what was said
        (
            "The senator said he would vote for the bill, a swipe at his own party's leaders.",
            "he would vote for the bill",
            "senator",
            "ccomp",
        ),
        (
            "Trump said the election was rigged, even though he won the primary.",
            "the election was rigged",
            "Trump",
            "ccomp",
        ),
        # a participle speaks for the main clause's subject, not for a noun in its own content
        (
            "Obama has threatened to veto the bill, arguing such legislation could expose the country to lawsuits.",
            "such legislation could expose the country to lawsuits",
            "Obama",
            "ccomp",
        ),
        # a two-word object of decline is a report
        ("A spokesman for the company declined to comment.", "to comment", "spokesman", "object"),
        # a verb of saying the tagger may call a noun
        (
            "The Washington Times reports Beck will endorse Cruz at a rally in Iowa on Saturday.",
            "Beck will endorse Cruz at a rally in Iowa on Saturday",
            "Washington Times",
            "ccomp",
        ),
        (
            "Dan McAdams, a psychology professor at Northwestern University, writes in The Atlantic that "
            "Trump exhibits sky-high extroversion.",
            "that Trump exhibits sky-high extroversion",
            "McAdams",
            "ccomp",
        ),
        # a dateline before the subject is not the source
        (
            "WASHINGTON — Sen. Chuck Grassley on Wednesday downplayed the attack and said it was the same thing.",
            "it was the same thing",
            "Grassley",
            "ccomp",
        ),
        # a noun with its participle is a source
        (
            "Again, those surveyed said Trump was best able to handle the issue.",
            "Trump was best able to handle the issue",
            "those surveyed",
            "ccomp",
        ),
        # the phrase opening the sentence, past an aside
        (
            "Democrats — and some Republicans — say that Trump's alienation of Hispanics far outweighs any gains.",
            "that Trump's alienation of Hispanics far outweighs any gains",
            "Democrats",
            "ccomp",
        ),
        # a colon after the verb of saying, and the passage as the next paragraph
        (
            "In a speech last July, he said:\n\nLet no one be mistaken, his candidacy is a cancer on conservatism.",
            "Let no one be mistaken, his candidacy is a cancer on conservatism",
            None,
            "colon-after",
        ),
        # a headline's label, with no verb in the claim
        (
            "Lynch: No outside influence on FBI probe into Clinton emails.\n\nThe attorney general spoke on Tuesday.",
            "No outside influence on FBI probe into Clinton emails",
            "Lynch",
            "colon",
        ),
        # a participle describing a noun of the subject does not end the content
        (
            "Samantha Phillips, the city's emergency operations director, said the heat and unsettled weather "
            "could last through the end of the week.",
            "the heat and unsettled weather could last through the end of the week",
            "Phillips",
            "ccomp",
        ),
        # "at least" opens a number, not the time or place of a trailing report
        (
            "Friday morning, as the Rose Bowl parade rolled through Pasadena, CNN reported at least six skywriting "
            "planes filled the skies with anti-Trump messages.",
            "at least six skywriting planes filled the skies with anti-Trump messages",
            "CNN",
            "ccomp",
        ),
        # a quotation mark after "said he" does not end the sentence: no trailing report before it
        (
            "Corey Lewandowski, in a statement released by the campaign on Thursday, said he “appreciates the "
            "thoughtful confederation and professionalism” displayed by the state attorney in Palm Beach.",
            "he “appreciates the thoughtful confederation and professionalism” displayed by the state attorney in "
            "Palm Beach",
            "Lewandowski",
            "ccomp",
        ),
        # a trailing source with its prepositional phrase, or with an apposition after the name
        (
            "Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.",
            "Cruz will be re-evaluating how he approaches his colleagues",
            "a source close to him",
            "trailing",
        ),
        (
            "Two emails sent to Powell have been placed in secure storage, Patrick F. Kennedy, the undersecretary "
            "for management, wrote in a memo.",
            "Two emails sent to Powell have been placed in secure storage",
            "Patrick F. Kennedy",
            "trailing",
        ),
        # a time after a trailing cue ("reported last week") is not what was reported
        (
            "Consumer sentiment over the last year has been higher than in any year since 2004, the University of "
            "Michigan reported last week.",
            "Consumer sentiment over the last year has been higher than in any year since 2004",
            "University of Michigan",
            "trailing",
        ),
        # "calls for" after a name, tagged as a noun
        (
            "Trump calls for bringing back surveillance of Muslim communities.",
            "bringing back surveillance of Muslim communities",
            "Trump",
            "object",
        ),
        # another report's source after an adverb ends the first content
        (
            "Most Americans say they do not trust Mrs. Clinton, even some allies questioned why the foundation had "
            "not reined in foreign donations sooner.",
            "they do not trust Mrs. Clinton",
            "Most Americans",
            "ccomp",
        ),
        # a content's own clauses after a comma: the main clause after a condition, the verb after
        # an aside on the subject, a verb after a participle's aside
        (
            "He told reporters that if Iran were a stock, he would advise buying it.",
            "that if Iran were a stock, he would advise buying it",
            "He",
            "ccomp",
        ),
        (
            "Some campaign staffers have described how Trump, as a presidential candidate, zipped their lips "
            "through unusually restrictive nondisclosure agreements.",
            "how Trump, as a presidential candidate, zipped their lips through unusually restrictive nondisclosure "
            "agreements",
            "campaign staffers",
            "ccomp",
        ),
        (
            "Two-thirds of Democratic insiders said Clinton's deficit, combined with the closeness of the race in "
            "Iowa, meant that she would not be able to generate momentum.",
            "Clinton's deficit, combined with the closeness of the race in Iowa, meant that she would not be able "
            "to generate momentum",
            "Democratic insiders",
            "ccomp",
        ),
        # present forms that are never nouns ("insists"), and an infinitive after a promise's setting
        (
            "She says people may not like the answer, but insists Sanders is mounting a “phony attack.”",
            "Sanders is mounting a “phony attack.”",
            "She",
            "ccomp",
        ),
        (
            "Sanders promised Sunday at a Las Vegas rally to end “the excessively wasteful $18 million deportation "
            "regime.”",
            "to end “the excessively wasteful $18 million deportation regime.”",
            "Sanders",
            "object",
        ),
        # a passive with a named source reports even a two-word subject
        ("Her death was confirmed by the Eagle Forum.", "Her death", "Eagle Forum", "passive"),
        # what someone was asked, by an unnamed asker
        (
            "Donald Trump was asked a relatively straightforward question about police violence against people "
            "of color.",
            "a relatively straightforward question about police violence against people of color",
            None,
            "passive",
        ),
        (
            "Marco Rubio was asked to name a single legislative achievement he had achieved in the U.S. Senate.",
            "to name a single legislative achievement he had achieved in the U.S. Senate",
            None,
            "passive",
        ),
        # a semicolon ends a content
        (
            "Forbes says the United States has more billionaires; Wealth-X tallies 585 in the United States.",
            "the United States has more billionaires",
            "Forbes",
            "ccomp",
        ),
        # "That's according to X": the demonstrative stands for what the last sentence said
        (
            "Sanders won 60 percent of the vote. That's according to early results of exit polls conducted for "
            "the Associated Press.",
            "That",
            "early results of exit polls",
            "according-to",
        ),
        # the source of an "as" clause in the passive
        (
            "As reported by Western Journalism, the former operative found both issues to be disqualifying.",
            "the former operative found both issues to be disqualifying",
            "Western Journalism",
            "parenthetical",
        ),
    ],
)
def test_more_indirect_shapes(text, content, speaker, rule, annotator):
    """The shapes added from PolNeAR's misses: the content, its rule, and the words naming the source."""
    qs = [q for q in extract(text, annotator=annotator).quotes if q.text == content]
    assert qs, f"{content!r} not among {[q.text for q in extract(text, annotator=annotator).quotes]}"
    q = qs[0]
    assert q.rule == rule
    if speaker is not None:
        assert q.speaker_mention is not None and speaker in q.speaker_mention.text


def test_lead_in_makes_a_direct_quote_mixed(annotator):
    """The writer's words opening the sentence of a quote attributed after it belong to the report."""
    text = 'The new strategy is a "very welcome tack," said David Axelrod, a former adviser.'
    [q] = only(text, annotator)
    assert q.kind == "mixed" and q.text.startswith("The new strategy is a")
    assert q.speaker is not None and q.speaker.name == "David Axelrod"


def test_quote_goes_on_past_a_participle_report(annotator):
    """“…,” X said, noting that …. “…”: the second quote goes on from the first."""
    text = (
        '"That\'s the question," Clark said, noting he would support any of the other candidates. '
        '"We\'ve developed a deep bench here."'
    )
    [q] = only(text, annotator, "direct")
    assert q.text.endswith("deep bench here.") and len(q.spans) == 2
    assert any(i.text == "he would support any of the other candidates" for i in only(text, annotator, "indirect"))


def test_asked_is_not_the_asker(annotator):
    """ "when asked …, the senator laughed": the senator was asked; "asked by X" names the asker."""
    art = extract("But when asked who would win the primary, the senator laughed.", annotator=annotator)
    [q] = art.quotes
    assert q.text == "who would win the primary" and q.speaker is None
    art = extract("Asked by Matt Lauer whether she had practiced her speech, Melania smiled.", annotator=annotator)
    [q] = art.quotes
    assert q.text.startswith("whether she had practiced") and q.speaker_mention is not None
    assert "Lauer" in q.speaker_mention.text


def test_report_with_no_source_found_is_kept_without_speaker(annotator, monkeypatch):
    """A reported clause whose source the rules cannot find is a quote with no speaker, which the
    shipped confidence model leaves out or marks unlikely; an imperative to the reader reports nothing."""
    text = (
        "Walking to the next address, Ebeling reminisced about her days, and said their political views "
        "were both changed by the war."
    )

    def found():
        return [q for q in extract(text, annotator=annotator).quotes if q.text.startswith("their political views")]

    qs = found()
    assert qs
    assert qs[0].speaker is None or qs[0].speaker.name == "Ebeling"
    monkeypatch.delenv("QUOTES_MODEL_PARAMS")  # the shipped model
    assert all(q.speaker is not None and q.speaker.name == "Ebeling" or q.confidence < 0.5 for q in found())
    assert extract("Please note that you could face fines for sharing our content.", annotator=annotator).quotes == ()


def _one_sentence(doc):
    """``doc`` with all its sentences merged into one, as the tokenizer leaves some line breaks."""
    import attrs

    from quotes.model import Sentence, Span

    whole = Sentence(
        index=0, span=Span(doc.sentences[0].span.start, doc.sentences[-1].span.end), first=0, last=len(doc.tokens)
    )
    return attrs.evolve(doc, tokens=[attrs.evolve(t, sentence=0) for t in doc.tokens], sentences=[whole])


def test_report_stops_at_a_line_break(annotator):
    """A reported clause ends at the end of its line even where the tokenizer did not split there."""
    from quotes.corpus.pipeline import extract_documents

    text = (
        "Forbes says it tracks an additional 500 billionaire family fortunes\n"
        "The quality of these lists comes down to resources, Mr. Friedman said."
    )
    [doc] = annotator.annotate([text])
    quotes = extract_documents([("x", _one_sentence(doc))]).articles[0].quotes
    texts = [q.text for q in quotes]
    assert "it tracks an additional 500 billionaire family fortunes" in texts
    assert "The quality of these lists comes down to resources" in texts


def test_transcript_speaker_says_all_that_follows(annotator):
    """A transcript's speaker in capitals is the source of the whole line, verbs of saying and all;
    a heading in capitals is no speaker."""
    text = (
        "Partial transcript as follows:\n\n"
        "JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing. Take a listen.\n\n"
        "STAT OF THE WEEK: Trump said the number was up by a third."
    )
    quotes = extract(text, annotator=annotator).quotes
    [label] = [q for q in quotes if q.rule == "colon"]
    assert label.text == "Donald Trump released a video on Friday talking about racial healing. Take a listen"
    assert label.speaker_mention is not None and label.speaker_mention.text == "JAKE TAPPER"


def test_speakers_next_report_ends_the_content(annotator):
    """``… but said there was …``: a verb of saying in a tense the content has not used goes on
    from the speaker; it is a report of its own, not part of the content before it."""
    text = (
        "The spokesman declined to answer questions on who Cameron would like to see win in November "
        "but said there was no telephone call or meeting planned with Trump."
    )
    texts = [q.text for q in extract(text, annotator=annotator).quotes]
    assert "there was no telephone call or meeting planned with Trump" in texts
    assert not any("but said" in t for t in texts), texts


def test_coreference_chain_decides_a_pronoun(annotator):
    """Where the annotator gives coreference chains, a pronoun speaker follows its chain; without
    one, the rules take the previous sentence's subject."""
    import attrs

    from quotes.corpus.pipeline import extract_documents
    from quotes.model import CorefChain, Span

    text = 'Hillary Clinton met Elizabeth Warren on Monday. "We will win this race in the fall," she said.'
    [doc] = annotator.annotate([text])
    she = text.index("she said")

    def speaker(d):
        [q] = extract_documents([("x", d)]).articles[0].quotes
        return q.speaker.name

    assert speaker(doc) == "Hillary Clinton"
    warren = text.index("Elizabeth Warren")
    chained = attrs.evolve(doc, coref=[CorefChain(mentions=[Span(warren, warren + 16), Span(she, she + 3)])])
    assert speaker(chained) == "Elizabeth Warren"
