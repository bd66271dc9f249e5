"""The package's version: a foundation, so that any stage may name it.

It lives apart from ``cwlib/__init__.py`` because the package top is the last stage (it offers
``parse_text`` and ``load``, which reach into parse and build): a reading module that asked the
package top for the version would depend, on paper, on every stage after its own.
``pyproject.toml`` reads the same string (``[tool.setuptools.dynamic]``), so it is written once.
"""

__version__ = "0.1.0"
