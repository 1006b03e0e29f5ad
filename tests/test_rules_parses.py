"""Rules on hand-built parses (``tests/parses.py``): each pins a parse a rule must handle,
whatever a model would give, and runs without models: the subject a report without one of its
own takes, the cue and source of direct quotes, and whom a source (a pronoun, a role, a
description) names."""

from __future__ import annotations

import pytest

from quotes.corpus.pipeline import extract_documents
from tests.parses import parse

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' quotes, whatever the model keeps

# the subject of a verb of saying that has none of its own: the finite verb's it goes on from
SUBJECTS = {
    "a conjoined report takes the subject of the report before it": (
        """
        De       De       PROPN NNP 3  nsubj
        Blasio   Blasio   PROPN NNP 1  flat
        said     say      VERB  VBD 0  root
        the      the      DET   DT  5  det
        move     move     NOUN  NN  7  nsubj:pass
        was      be       AUX   VBD 7  aux:pass
        made     make     VERB  VBN 3  ccomp
        and      and      CCONJ CC  10 cc
        later    later    ADV   RB  10 advmod
        said     say      VERB  VBD 3  parataxis
        he       he       PRON  PRP 12 nsubj
        regretted regret  VERB  VBD 10 ccomp
        it       it       PRON  PRP 12 obj
        .        .        PUNCT .   3  punct
        """,
        "he regretted it",
        "De Blasio",
    ),
    "a conjoined report takes the subject of the verb before it": (
        """
        He       he       PRON  PRP 2  nsubj
        walked   walk     VERB  VBD 0  root
        out      out      ADP   RP  2  compound:prt
        and      and      CCONJ CC  6  cc
        then     then     ADV   RB  6  advmod
        said     say      VERB  VBD 2  parataxis
        nothing  nothing  PRON  NN  9  nsubj:pass
        was      be       AUX   VBD 9  aux:pass
        settled  settle   VERB  VBN 6  ccomp
        .        .        PUNCT .   2  punct
        """,
        "nothing was settled",
        "He",
    ),
    "a participle goes on from the report before it": (
        """
        Spicer   Spicer   PROPN NNP 2  nsubj
        said     say      VERB  VBD 0  root
        the      the      DET   DT  4  det
        vote     vote     NOUN  NN  6  nsubj
        was      be       AUX   VBD 6  cop
        close    close    ADJ   JJ  2  ccomp
        ,        ,        PUNCT ,   8  punct
        adding   add      VERB  VBG 6  advcl
        that     that     SCONJ IN  12 mark
        it       it       PRON  PRP 12 nsubj
        would    would    AUX   MD  12 aux
        pass     pass     VERB  VB  8  ccomp
        .        .        PUNCT .   2  punct
        """,
        "that it would pass",
        "Spicer",
    ),
    "a participle takes the main clause's subject": (
        """
        Christie Christie PROPN NNP 2  nsubj
        bristled bristle  VERB  VBD 0  root
        at       at       ADP   IN  5  case
        the      the      DET   DT  5  det
        report   report   NOUN  NN  2  obl
        ,        ,        PUNCT ,   7  punct
        saying   say      VERB  VBG 2  advcl
        it       it       PRON  PRP 10 nsubj
        was      be       AUX   VBD 10 cop
        wrong    wrong    ADJ   JJ  7  ccomp
        .        .        PUNCT .   2  punct
        """,
        "it was wrong",
        "Christie",
    ),
    "a report conjoined to another verb takes that verb's subject": (
        """
        The      the      DET   DT  2  det
        senator  senator  NOUN  NN  3  nsubj
        brought  bring    VERB  VBD 0  root
        up       up       ADP   RP  3  compound:prt
        the      the      DET   DT  6  det
        bombing  bombing  NOUN  NN  3  obj
        and      and      CCONJ CC  9  cc
        later    later    ADV   RB  9  advmod
        said     say      VERB  VBD 3  conj
        the      the      DET   DT  11 det
        attack   attack   NOUN  NN  13 nsubj
        was      be       AUX   VBD 13 cop
        avoidable avoidable ADJ JJ  9  ccomp
        .        .        PUNCT .   3  punct
        """,
        "the attack was avoidable",
        "The senator",
    ),
    "a participle's direct quote takes the main clause's subject": (
        """
        Christie Christie PROPN NNP 2  nsubj
        bristled bristle  VERB  VBD 0  root
        at       at       ADP   IN  5  case
        the      the      DET   DT  5  det
        report   report   NOUN  NN  2  obl
        ,        ,        PUNCT ,   7  punct
        saying   say      VERB  VBG 2  advcl
        :        :        PUNCT :   10 punct
        “        "        PUNCT ``  10 punct
        It       it       PRON  PRP 12 nsubj
        is       be       AUX   VBZ 12 cop
        wrong    wrong    ADJ   JJ  7  parataxis
        and      and      CCONJ CC  15 cc
        he       he       PRON  PRP 15 nsubj
        knows    know     VERB  VBZ 12 conj
        it       it       PRON  PRP 15 obj
        .        .        PUNCT .   12 punct
        ”        "        PUNCT ''  12 punct
        """,
        "It is wrong and he knows it.",
        "Christie",
    ),
    "a participle's direct quote goes on from the report before it": (
        """
        Spicer   Spicer   PROPN NNP 2  nsubj
        said     say      VERB  VBD 0  root
        the      the      DET   DT  4  det
        vote     vote     NOUN  NN  6  nsubj
        was      be       AUX   VBD 6  cop
        close    close    ADJ   JJ  2  ccomp
        ,        ,        PUNCT ,   8  punct
        adding   add      VERB  VBG 6  advcl
        :        :        PUNCT :   13 punct
        “        "        PUNCT ``  13 punct
        It       it       PRON  PRP 13 nsubj
        will     will     AUX   MD  13 aux
        pass     pass     VERB  VB  8  parataxis
        easily   easily   ADV   RB  13 advmod
        tomorrow tomorrow NOUN  NN  13 obl:tmod
        .        .        PUNCT .   13 punct
        ”        "        PUNCT ''  13 punct
        """,
        "It will pass easily tomorrow.",
        "Spicer",
    ),
    "a conjoined verb's direct quote takes the subject of the verb it joins": (
        """
        The      the      DET   DT  2  det
        senator  senator  NOUN  NN  3  nsubj
        brought  bring    VERB  VBD 0  root
        up       up       ADP   RP  3  compound:prt
        the      the      DET   DT  6  det
        bombing  bombing  NOUN  NN  3  obj
        and      and      CCONJ CC  9  cc
        later    later    ADV   RB  9  advmod
        said     say      VERB  VBD 3  conj
        :        :        PUNCT :   14 punct
        “        "        PUNCT ``  14 punct
        It       it       PRON  PRP 14 nsubj
        was      be       AUX   VBD 14 cop
        avoidable avoidable ADJ JJ  9  parataxis
        ,        ,        PUNCT ,   17 punct
        we       we       PRON  PRP 17 nsubj
        know     know     VERB  VBP 14 parataxis
        it       it       PRON  PRP 17 obj
        .        .        PUNCT .   14 punct
        ”        "        PUNCT ''  14 punct
        """,
        "It was avoidable, we know it.",
        "The senator",
    ),
    "a parse with no subject: the name before a parenthesis of party and state": (
        """
        Paul     Paul     PROPN NNP 6  dislocated
        Ryan     Ryan     PROPN NNP 1  flat
        (        (        PUNCT -LRB- 4 punct
        R-WI     R-WI     PROPN NNP 1  appos
        )        )        PUNCT -RRB- 4 punct
        said     say      VERB  VBD 0  root
        the      the      DET   DT  8  det
        bill     bill     NOUN  NN  10 nsubj
        would    would    AUX   MD  10 aux
        pass     pass     VERB  VB  6  ccomp
        .        .        PUNCT .   6  punct
        """,
        "the bill would pass",
        "Paul Ryan",
    ),
    "a parse with no subject: not the object before the cue but the noun of its relative clause": (
        """
        An       a        DET   DT  2  det
        official official NOUN  NN  8  dislocated
        who      who      PRON  WP  4  nsubj
        spoke    speak    VERB  VBD 2  acl:relcl
        to       to       PART  TO  6  mark
        discuss  discuss  VERB  VB  4  advcl
        strategy strategy NOUN  NN  6  obj
        said     say      VERB  VBD 0  root
        the      the      DET   DT  10 det
        plan     plan     NOUN  NN  11 nsubj
        failed   fail     VERB  VBD 8  ccomp
        .        .        PUNCT .   8  punct
        """,
        "the plan failed",
        "An official",
    ),
    "a report in a relative clause ends before the main clause's verb": (
        """
        Mike     Mike     PROPN NNP 11 nsubj
        Lee      Lee      PROPN NNP 1  flat
        ,        ,        PUNCT ,   4  punct
        who      who      PRON  WP  5  nsubj
        said     say      VERB  VBD 1  acl:relcl
        the      the      DET   DT  7  det
        talks    talk     NOUN  NNS 9  nsubj
        had      have     AUX   VBD 9  aux
        failed   fail     VERB  VBN 5  ccomp
        ,        ,        PUNCT ,   11 punct
        left     leave    VERB  VBD 0  root
        early    early    ADV   RB  11 advmod
        .        .        PUNCT .   11 punct
        """,
        "the talks had failed",
        "who",
    ),
    "the object of a preposition is never the source, whatever the parse hangs on it": (
        """
        Pakistan  Pakistan  PROPN NNP 2  nsubj
        has       have      VERB  VBZ 0  root
        in        in        ADP   IN  4  case
        turn      turn      NOUN  NN  2  obl
        accused   accuse    VERB  VBN 4  acl
        Afghanistan Afghanistan PROPN NNP 5 obj
        of        of        SCONJ IN  8  mark
        giving    give      VERB  VBG 5  advcl
        safe      safe      ADJ   JJ  10 amod
        haven     haven     NOUN  NN  8  obj
        .         .         PUNCT .   2  punct
        """,
        "Afghanistan of giving safe haven",
        "Pakistan",
    ),
}


@pytest.mark.parametrize("case", sorted(SUBJECTS))
def test_subject_of_a_report_with_none_of_its_own(case):
    table, content, source = SUBJECTS[case]
    quotes = extract_documents([("t", parse(table))]).articles[0].quotes
    found = {q.text: q.speaker_mention.text if q.speaker_mention else None for q in quotes}
    assert found.get(content, "(no such quote)") == source, found


# the cue and source of a direct quote: (parse, {quote: (source as written, rule)})
DIRECT = {
    "a comma after the closing mark": (
        """
        “      "     PUNCT ``  3 punct
        Talks  talk  NOUN  NNS 3 nsubj
        failed fail  VERB  VBD 7 ccomp
        ”      "     PUNCT ''  3 punct
        ,      ,     PUNCT ,   7 punct
        Kerry  Kerry PROPN NNP 7 nsubj
        said   say   VERB  VBD 0 root
        .      .     PUNCT .   7 punct
        """,
        {"Talks failed": ("Kerry", "cue-after")},
    ),
    "an auxiliary and an adverb between the source and the cue": (
        """
        “      "     PUNCT ``  3 punct
        Talks  talk  NOUN  NNS 3 nsubj
        failed fail  VERB  VBD 9 ccomp
        ,      ,     PUNCT ,   3 punct
        ”      "     PUNCT ''  3 punct
        Kerry  Kerry PROPN NNP 9 nsubj
        has    have  AUX   VBZ 9 aux
        often  often ADV   RB  9 advmod
        said   say   VERB  VBN 0 root
        .      .     PUNCT .   9 punct
        """,
        {"Talks failed,": ("Kerry", "cue-after")},
    ),
    "an apposition, and a parse that gives the verb no subject": (
        """
        “          "          PUNCT ``  3  punct
        Talks      talk       NOUN  NNS 3  nsubj
        failed     fail       VERB  VBD 12 ccomp
        ,          ,          PUNCT ,   3  punct
        ”          "          PUNCT ''  3  punct
        Kerry      Kerry      PROPN NNP 12 dislocated
        ,          ,          PUNCT ,   10 punct
        the        the        DET   DT  10 det
        convention convention NOUN  NN  10 compound
        chair      chair      NOUN  NN  6  appos
        ,          ,          PUNCT ,   10 punct
        said       say        VERB  VBD 0  root
        .          .          PUNCT .   12 punct
        """,
        {"Talks failed,": ("Kerry", "cue-after")},
    ),
    "a new report after a finished sentence is not the quote's cue": (
        """
        “      "     PUNCT ``  3  punct
        Talks  talk  NOUN  NNS 3  nsubj
        failed fail  VERB  VBD 0  root
        .      .     PUNCT .   3  punct
        ”      "     PUNCT ''  3  punct
        /
        He     he    PRON  PRP 8  nsubj
        also   also  ADV   RB  8  advmod
        said   say   VERB  VBD 0  root
        the    the   DET   DT  10 det
        plan   plan  NOUN  NN  13 nsubj
        would  would AUX   MD  13 aux
        not    not   PART  RB  13 advmod
        work   work  VERB  VB  8  ccomp
        .      .     PUNCT .   8  punct
        """,
        {"the plan would not work": ("He", "ccomp.dependent")},
    ),
    "a participle opens an inverted cue's source": (
        """
        “            "            PUNCT ``  3 punct
        Talks        talk         NOUN  NNS 3 nsubj
        failed       fail         VERB  VBD 6 ccomp
        ,            ,            PUNCT ,   3 punct
        ”            "            PUNCT ''  3 punct
        said         say          VERB  VBD 0 root
        retired      retire       VERB  VBN 8 amod
        neurosurgeon neurosurgeon NOUN  NN  9 compound
        Ben          Ben          PROPN NNP 6 nsubj
        Carson       Carson       PROPN NNP 9 flat
        .            .            PUNCT .   6 punct
        """,
        {"Talks failed,": ("retired neurosurgeon Ben Carson", "cue-after")},
    ),
    "a colon after a verb that is not one of saying: its subject": (
        """
        Trump   Trump   PROPN NNP 2  nsubj
        had     have    VERB  VBD 0  root
        a       a       DET   DT  5  det
        blunt   blunt   ADJ   JJ  5  amod
        message message NOUN  NN  2  obj
        for     for     ADP   IN  7  case
        rivals  rival   NOUN  NNS 5  nmod
        :       :       PUNCT :   10 punct
        “       "       PUNCT ``  10 punct
        Go      go      VERB  VB  2  parataxis
        home    home    ADV   RB  10 advmod
        and     and     CCONJ CC  13 cc
        stay    stay    VERB  VB  10 conj
        there   there   ADV   RB  13 advmod
        .       .       PUNCT .   10 punct
        ”       "       PUNCT ''  10 punct
        """,
        {"Go home and stay there.": ("Trump", "colon")},
    ),
    "a transcript label after a spaced dash": (
        """
        Live    live   ADJ   JJ   2 amod
        updates update NOUN  NNS  0 root
        -       -      PUNCT HYPH 5 punct
        Philip  Philip PROPN NNP  5 compound
        Bump    Bump   PROPN NNP  2 appos
        :       :      PUNCT :    9 punct
        “       "      PUNCT ``   9 punct
        We      we     PRON  PRP  9 nsubj
        are     be     AUX   VBP  2 parataxis
        live    live   ADJ   JJ   9 xcomp
        .       .      PUNCT .    9 punct
        ”       "      PUNCT ''   9 punct
        """,
        {"We are live.": ("Philip Bump", "colon")},
    ),
    "a paragraph that is a label and a colon": (
        """
        Senator  Senator  PROPN NNP 3 compound
        John     John     PROPN NNP 3 compound
        Kerry    Kerry    PROPN NNP 0 root
        :        :        PUNCT :   3 punct
        ¶
        “        "        PUNCT ``  8 punct
        We       we       PRON  PRP 8 nsubj
        made     make     VERB  VBD 0 root
        progress progress NOUN  NN  8 obj
        .        .        PUNCT .   8 punct
        ”        "        PUNCT ''  8 punct
        """,
        {"We made progress.": ("Senator John Kerry", "colon-intro")},
    ),
}

# whom a source names: (parse, coreference chains and entities, {quote: speaker's name})
# two people, then "He said ...": which of them "He" is depends on the coreference chain
TWO_PEOPLE_THEN_HE = """
    Karzai Karzai PROPN NNP 2 nsubj
    met    meet   VERB  VBD 0 root
    Kerry  Kerry  PROPN NNP 2 obj
    .      .      PUNCT .   2 punct
    /
    He     he     PRON  PRP 6 nsubj
    said   say    VERB  VBD 0 root
    talks  talk   NOUN  NNS 8 nsubj
    failed fail   VERB  VBD 6 ccomp
    .      .      PUNCT .   6 punct
"""

SPEAKERS = {
    "a relative pronoun is the noun its clause modifies": (
        """
        The    the    DET   DT  2  det
        talks  talk   NOUN  NNS 4  nsubj:pass
        were   be     AUX   VBD 4  aux:pass
        led    lead   VERB  VBN 0  root
        by     by     ADP   IN  7  case
        Mike   Mike   PROPN NNP 7  compound
        Lee    Lee    PROPN NNP 4  obl
        ,      ,      PUNCT ,   10 punct
        who    who    PRON  WP  10 nsubj
        said   say    VERB  VBD 7  acl:relcl
        it     it     PRON  PRP 14 nsubj
        would  would  AUX   MD  14 aux
        easily easily ADV   RB  14 advmod
        pass   pass   VERB  VB  10 ccomp
        .      .      PUNCT .   4  punct
        """,
        {"entities": [(6, 7, "PERSON")]},
        {"it would easily pass": "Mike Lee"},
    ),
    "the annotator's coreference chain decides a pronoun": (
        TWO_PEOPLE_THEN_HE,
        {"coref": [[(3, 3), (5, 5)]], "entities": [(1, 1, "PERSON"), (3, 3, "PERSON")]},
        {"talks failed": "Kerry"},
    ),
    "without a chain, a pronoun is the subject of the sentence before": (
        TWO_PEOPLE_THEN_HE,
        {"entities": [(1, 1, "PERSON"), (3, 3, "PERSON")]},
        {"talks failed": "Karzai"},
    ),
    "'it' is the organization before it": (
        """
        Reuters  Reuters PROPN NNP 2 nsubj
        reported report  VERB  VBD 0 root
        on       on      ADP   IN  4 case
        Monday   Monday  PROPN NNP 2 obl
        .        .       PUNCT .   2 punct
        /
        It       it      PRON  PRP 7 nsubj
        said     say     VERB  VBD 0 root
        talks    talk    NOUN  NNS 9 nsubj
        failed   fail    VERB  VBD 7 ccomp
        .        .       PUNCT .   7 punct
        """,
        {"entities": [(1, 1, "ORG")]},
        {"talks failed": "Reuters"},
    ),
    "a pronoun reaches back past a sentence with no candidate": (
        """
        The      the     DET   DT  2  det
        talks    talk    NOUN  NNS 3  nsubj
        involved involve VERB  VBD 0  root
        Kerry    Kerry   PROPN NNP 3  obj
        .        .       PUNCT .   3  punct
        /
        Nothing  nothing PRON  NN  8  nsubj:pass
        was      be      AUX   VBD 8  aux:pass
        settled  settle  VERB  VBN 0  root
        .        .       PUNCT .   8  punct
        /
        He       he      PRON  PRP 11 nsubj
        said     say     VERB  VBD 0  root
        talks    talk    NOUN  NNS 13 nsubj
        failed   fail    VERB  VBD 11 ccomp
        .        .       PUNCT .   11 punct
        """,
        {"entities": [(4, 4, "PERSON")]},
        {"talks failed": "Kerry"},
    ),
    "'the president' is the article's president": (
        """
        President President PROPN NNP 3  compound
        Barack    Barack    PROPN NNP 3  compound
        Obama     Obama     PROPN NNP 4  nsubj
        met       meet      VERB  VBD 0  root
        Karzai    Karzai    PROPN NNP 4  obj
        .         .         PUNCT .   4  punct
        /
        The       the       DET   DT  8  det
        president president NOUN  NN  9  nsubj
        said      say       VERB  VBD 0  root
        talks     talk      NOUN  NNS 11 nsubj
        failed    fail      VERB  VBD 9  ccomp
        .         .         PUNCT .   9  punct
        """,
        {"entities": [(2, 3, "PERSON"), (5, 5, "PERSON")]},
        {"talks failed": "Barack Obama"},
    ),
    "'the official' is the anonymous official before": (
        """
        A        a        DET   DT  3  det
        senior   senior   ADJ   JJ  3  amod
        official official NOUN  NN  4  nsubj
        said     say      VERB  VBD 0  root
        talks    talk     NOUN  NNS 6  nsubj
        failed   fail     VERB  VBD 4  ccomp
        .        .        PUNCT .   4  punct
        /
        The      the      DET   DT  9  det
        official official NOUN  NN  10 nsubj
        said     say      VERB  VBD 0  root
        nothing  nothing  PRON  NN  13 nsubj:pass
        was      be       AUX   VBD 13 aux:pass
        settled  settle   VERB  VBN 10 ccomp
        .        .        PUNCT .   10 punct
        """,
        {},
        {"talks failed": "senior official", "nothing was settled": "senior official"},
    ),
    "a bare description is the one with the same words before": (
        """
        Senior         senior         ADJ   JJ  3  amod
        administration administration NOUN  NN  3  compound
        official       official       NOUN  NN  4  nsubj
        said           say            VERB  VBD 0  root
        talks          talk           NOUN  NNS 6  nsubj
        failed         fail           VERB  VBD 4  ccomp
        .              .              PUNCT .   4  punct
        /
        Senior         senior         ADJ   JJ  10 amod
        administration administration NOUN  NN  10 compound
        official       official       NOUN  NN  11 nsubj
        said           say            VERB  VBD 0  root
        nothing        nothing        PRON  NN  14 nsubj:pass
        was            be             AUX   VBD 14 aux:pass
        settled        settle         VERB  VBN 11 ccomp
        .              .              PUNCT .   11 punct
        """,
        {},
        {"talks failed": "Senior administration official", "nothing was settled": "Senior administration official"},
    ),
}


@pytest.mark.parametrize("case", sorted(DIRECT))
def test_direct_cue_and_source(case):
    table, expected = DIRECT[case]
    quotes = extract_documents([("t", parse(table))]).articles[0].quotes
    found = {q.text: (q.speaker_mention.text if q.speaker_mention else None, q.rule_name) for q in quotes}
    assert found == expected


@pytest.mark.parametrize("case", sorted(SPEAKERS))
def test_speaker_of_a_source(case):
    table, annotations, expected = SPEAKERS[case]
    quotes = extract_documents([("t", parse(table, **annotations))]).articles[0].quotes
    assert {q.text: q.speaker.name if q.speaker else None for q in quotes} == expected


@pytest.mark.xfail(strict=True, reason="known error: 'Mr. President' is taken for an anonymous source of its own")
def test_a_title_of_address_names_the_role_holder():
    table = """
        President President PROPN NNP 3 compound
        Barack    Barack    PROPN NNP 3 compound
        Obama     Obama     PROPN NNP 4 nsubj
        met       meet      VERB  VBD 0 root
        Karzai    Karzai    PROPN NNP 4 obj
        .         .         PUNCT .   4 punct
        /
        Mr.       Mr.       PROPN NNP 8 compound
        President President PROPN NNP 9 nsubj
        said      say       VERB  VBD 0 root
        talks     talk      NOUN  NNS 11 nsubj
        failed    fail      VERB  VBD 9 ccomp
        .         .         PUNCT .   9 punct
        """
    doc = parse(table, entities=[(2, 3, "PERSON"), (5, 5, "PERSON")])
    quotes = extract_documents([("t", doc)]).articles[0].quotes
    assert [q.speaker.name for q in quotes] == ["Barack Obama"]
