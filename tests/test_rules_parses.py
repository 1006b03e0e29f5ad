"""Rules on hand-built parses (``tests/parses.py``): each pins a parse a rule must handle,
whatever a model would give, and runs without models."""

from __future__ import annotations

import pytest

from quotes.pipeline import extract_documents
from tests.parses import parse

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
}


@pytest.mark.parametrize("case", sorted(SUBJECTS))
def test_subject_of_a_report_with_none_of_its_own(case):
    table, content, source = SUBJECTS[case]
    quotes = extract_documents([("t", parse(table))]).articles[0].quotes
    found = {q.text: q.speaker_mention.text if q.speaker_mention else None for q in quotes}
    assert found.get(content, "(no such quote)") == source, found
