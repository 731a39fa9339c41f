"""extraction command line: build its vector indexes."""

from extraction.config import get_settings
from extraction.indexing import INDEXES, build_indexes
from shared.indexing_cli import index_app

app = index_app("extraction", get_settings, build_indexes, INDEXES)

if __name__ == "__main__":
    app()
