project = "quotes"
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.doctest"]
source_suffix = {".md": "markdown"}
autodoc_member_order = "bysource"
napoleon_google_docstring = True

# Tables generated from the code, so that the docs cannot drift from it.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from quotes import extract_documents  # noqa: E402
from quotes.find.rules import LABEL_CONFIDENCE, ORDER, Rule, example_quotes  # noqa: E402

_generated = Path(__file__).parent / "_generated"
_generated.mkdir(exist_ok=True)
_rows = sorted(LABEL_CONFIDENCE.items(), key=lambda kv: (-kv[1], kv[0]))
(_generated / "rules.md").write_text(
    "| label | confidence |\n|---|---:|\n" + "".join(f"| `{name}` | {conf:.2f} |\n" for name, conf in _rows),
    encoding="utf-8",
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n\n", " ¶ ").replace("\n", " ")


def _found(r: Rule) -> str:
    hits = [q for q in example_quotes(r, extract_documents) if q.rule_name == r.name]
    return f"“{_cell(hits[0].text)}”" if hits else "(not with the test models)"


(_generated / "rule_list.md").write_text(
    "| rule | label | confidence | example | quote found |\n|---|---|---:|---|---|\n"
    + "".join(
        f"| `{r.name}` | `{r.label}` | {r.confidence:.2f} | {_cell(r.example)} | {_found(r)} |\n" for r in ORDER
    ),
    encoding="utf-8",
)
exclude_patterns = ["_build", "_generated"]
