project = "quotes"
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.doctest"]
source_suffix = {".md": "markdown"}
autodoc_member_order = "bysource"
napoleon_google_docstring = True
