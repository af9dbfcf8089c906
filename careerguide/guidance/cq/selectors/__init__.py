"""Reads of the CQ guidance process, scoped by jurisdiction and least privilege (CQ-4.4-6), one module per part."""
from .agency import *  # noqa: F401,F403
from .catalogue import *  # noqa: F401,F403
from .library import *  # noqa: F401,F403
from .process import *  # noqa: F401,F403
from .public import *  # noqa: F401,F403
from .quality import *  # noqa: F401,F403
from .staff import *  # noqa: F401,F403
