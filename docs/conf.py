project = "quotes"
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.doctest"]
source_suffix = {".md": "markdown"}
autodoc_member_order = "bysource"
napoleon_google_docstring = True

# Tables generated from the code, so that the docs cannot drift from it.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from quotes.attribute import RULE_CONFIDENCE  # noqa: E402

_generated = Path(__file__).parent / "_generated"
_generated.mkdir(exist_ok=True)
_rows = sorted(RULE_CONFIDENCE.items(), key=lambda kv: (-kv[1], kv[0]))
(_generated / "rules.md").write_text(
    "| rule | confidence |\n|---|---:|\n" + "".join(f"| `{name}` | {conf:.2f} |\n" for name, conf in _rows),
    encoding="utf-8",
)
exclude_patterns = ["_build", "_generated"]
