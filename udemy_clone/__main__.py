"""`python -m udemy_clone ...`"""

import sys

from udemy_clone.cli import main

sys.exit(main())
