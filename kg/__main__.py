"""``python -m kg``: the same commands as the ``kg`` script."""

from .cli import main

raise SystemExit(main())
