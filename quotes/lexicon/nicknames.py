"""English hypocorisms: the short and pet forms of given names (Bill for William, Joe for Joseph).

Written for this project from common English usage (no outside list is copied; the project's
licence applies). Each line is a full given name, a colon, and its short forms. A short form
may belong to several full names (``Alex``: Alexander, Alexandra); it matches each of them and
no other name; two short forms of one name match only when one is the other with an ending
(``Joe`` / ``Joey``, ``Bill`` / ``Billy``), not otherwise (``Bill`` / ``Will``: each is also a
name of its own).

>>> sorted(FULL_NAMES["bill"])
['william']
>>> "joseph" in FULL_NAMES["joe"]
True
"""

from __future__ import annotations

NICKNAME_TABLE = """
abigail: abby abbie gail
abraham: abe
alan: al
albert: al bert
alexander: alex alec sandy xander
alexandra: alex sandra sandy lexi
alfred: al alf alfie fred
allan: al
allison: allie
alvin: al
andrew: andy drew
angela: angie
anthony: tony
antonio: tony
arnold: arnie
arthur: art artie
barbara: barb barbie babs
beatrice: bea trixie
benjamin: ben benny benji
bernard: bernie
beverly: bev
bradley: brad
calvin: cal
cameron: cam
caroline: carrie caro
carolyn: carol carrie
catherine: cathy kate katie cat
charles: charlie chuck chas chaz
charlotte: charlie lottie
christina: chris christy tina
christine: chris christy
christopher: chris kit topher
clifford: cliff
cornelius: neil
curtis: curt
cynthia: cindy
cyrus: cy
daniel: dan danny
david: dave davey
deborah: deb debbie debby
dennis: denny
dominic: dom
donald: don donnie
dorothy: dot dottie
douglas: doug
edward: ed eddie ted teddy ned
edwin: ed eddie
eleanor: ellie nell
elijah: eli
elizabeth: liz lizzie beth betsy betty eliza libby lisa
emily: em emmy
ernest: ernie
eugene: gene
ezekiel: zeke
florence: flo
frances: fran frannie
francis: frank fran
franklin: frank
frederick: fred freddie
gabriel: gabe
geoffrey: geoff jeff
gerald: gerry jerry
gilbert: gil
gregory: greg
gwendolyn: gwen
harold: hal harry
harrison: harry
henry: hank harry hal
herbert: herb
howard: howie
hubert: bert
isaac: ike
isabel: izzy bella
jacob: jake jack
jacqueline: jackie jacqui
james: jim jimmy jamie
janet: jan
jeffrey: jeff
jennifer: jen jenny
jeremiah: jerry
jeremy: jerry
jerome: jerry
jessica: jess jessie
joanna: jo
john: jack johnny jock
jonathan: jon jonny
joseph: joe joey
josephine: jo josie
joshua: josh
judith: judy
julian: jules
katherine: kathy kate katie kat
kathleen: kathy kate
kenneth: ken kenny
kimberly: kim
lawrence: larry
leonard: len lenny leo
leslie: les
louis: lou
louise: lou
lucille: lucy
madeline: maddie
margaret: maggie meg peggy marge margie
martin: marty
matthew: matt
maximilian: max
maxwell: max
melissa: missy mel
melvin: mel
michael: mike mikey mick mickey
mitchell: mitch
mortimer: mort
nathan: nate
nathaniel: nate nat
newton: newt
nicholas: nick nicky
nicole: nikki nicky
norman: norm
oliver: ollie
pamela: pam
patricia: pat patty trish tricia
patrick: pat paddy
peter: pete
philip: phil
phillip: phil
randall: randy
randolph: randy
raymond: ray
rebecca: becky becca
reginald: reggie
richard: rich rick ricky dick
robert: bob bobby rob robbie bert
rodney: rod
ronald: ron ronnie
rosalind: roz
russell: russ
samantha: sam sammy
samuel: sam sammy
sandra: sandy
sebastian: seb
solomon: sol
stanley: stan
stephen: steve
steven: steve
susan: sue susie
suzanne: sue suzy
teresa: terry tess
terrence: terry
theodore: ted teddy theo
theresa: terri tess
thomas: tom tommy
timothy: tim timmy
tobias: toby
valerie: val
victoria: vicky tori
vincent: vince vinnie
virginia: ginny
wallace: wally
walter: walt
william: bill billy will willie liam
winston: win
zachary: zach zack
""".strip()


def _parse(table: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in table.splitlines():
        full, _, shorts = line.partition(":")
        for s in shorts.split():
            out.setdefault(s, set()).add(full.strip())
    return {k: frozenset(v) for k, v in out.items()}


#: Each short form (folded) and the full names it is short for.
FULL_NAMES: dict[str, frozenset[str]] = _parse(NICKNAME_TABLE)


def nickname_of(a: str, b: str) -> bool:
    """Whether one of two folded given names is a short form of the other (``bill`` / ``william``).

    >>> nickname_of("bill", "william"), nickname_of("william", "bill"), nickname_of("bill", "will")
    (True, True, False)
    >>> nickname_of("joe", "joey")
    True
    """
    if b in FULL_NAMES.get(a, ()) or a in FULL_NAMES.get(b, ()):
        return True
    shared = FULL_NAMES.get(a, frozenset()) & FULL_NAMES.get(b, frozenset())
    return bool(shared) and (a.startswith(b) or b.startswith(a))


__all__ = ["FULL_NAMES", "NICKNAME_TABLE", "nickname_of"]
