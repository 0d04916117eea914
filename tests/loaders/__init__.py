"""Tests of the loaders; tests.loaders.golden holds checks shared by the golden-file tests."""

import pytest

# The shared golden-file checks assert as the tests do, so their failures show the difference.
pytest.register_assert_rewrite("tests.loaders.golden")
