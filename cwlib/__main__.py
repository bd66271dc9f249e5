"""``python -m cwlib`` is the ``cwlib`` command."""

import sys

from cwlib.cli import main

sys.exit(main())
