"""What the PolNeAR tools share: score.py loaded as a module, and the articles with their gold.

score.py (standard library only) is the reference for matching and source tests; the tools
import it rather than copy it, so their figures are score.py's own.
"""

import importlib.util
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

DEFAULT_SCORE_PY = Path(__file__).resolve().parents[2] / "shared/eval/score.py"


def load_score(path: Path | None = None) -> ModuleType:
    """score.py as a module (by default ../shared/eval/score.py beside the checkout)."""
    spec = importlib.util.spec_from_file_location("score", path or DEFAULT_SCORE_PY)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def articles(score: ModuleType, data: Path) -> Iterator[tuple[str, str, list[dict]]]:
    """(stem, text, gold attributions) for each article of DATA_DIR that has annotations."""
    anns = defaultdict(list)
    for p in sorted((data / "attributions").glob("*.ann")):
        anns[re.sub(r"_[0-9a-f]{4}$", "", p.stem)].append(p)
    for tp in sorted((data / "text").glob("*.txt")):
        if tp.stem in anns:
            text = tp.read_text(encoding="utf-8")
            yield tp.stem, text, score.parse_brat(anns[tp.stem][0].read_text(encoding="utf-8"))
