"""matching command line: build its vector indexes."""

from matching.config import get_settings
from matching.indexing import REBUILT, build_indexes
from shared.indexing_cli import index_app

app = index_app("matching", get_settings, build_indexes, REBUILT)

if __name__ == "__main__":
    app()
