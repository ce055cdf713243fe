"""The user's folders: on Linux read from the XDG variables as platformdirs reads them (without importing it)."""

from __future__ import annotations

import subprocess
import sys

import platformdirs
import pytest

from assessor.core import paths

CASES = [
    {},
    {"XDG_DATA_HOME": "/srv/xdg/data", "XDG_CONFIG_HOME": "/srv/xdg/config", "XDG_CACHE_HOME": "/srv/xdg/cache"},
    {"XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "", "XDG_CACHE_HOME": ""},  # empty: the defaults
    {"XDG_DATA_HOME": "rel/data", "XDG_CONFIG_HOME": "./config", "XDG_CACHE_HOME": "~/cache"},  # not absolute
    {"XDG_DATA_HOME": "/with space/ünï", "XDG_CONFIG_HOME": "/trailing/", "XDG_CACHE_HOME": "//double"},
]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG reading is Linux's")
@pytest.mark.parametrize("home", ["/home/officer", "/home/officer/", "/"])
@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_folders_are_platformdirs_own(home: str, case: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSESSOR_HOME", raising=False)
    for variable in paths.XDG_DEFAULTS:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", home)
    for variable, value in CASES[case].items():
        monkeypatch.setenv(variable, value)
    assert str(paths.data_dir()) == str(platformdirs.user_data_dir(paths.APP, appauthor=False))
    assert str(paths.config_dir()) == str(platformdirs.user_config_dir(paths.APP, appauthor=False))
    assert str(paths.cache_dir()) == str(platformdirs.user_cache_dir(paths.APP, appauthor=False))


@pytest.mark.parametrize("home", ["", "relative/home"])
def test_a_home_that_is_not_absolute_is_left_to_platformdirs(home: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", home)
    assert paths.linux_folder("XDG_DATA_HOME") is None


def test_starting_without_assessor_home_does_not_load_platformdirs(tmp_path: object) -> None:
    env = {"HOME": "/home/officer", "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    probe = "import sys; from assessor.core import paths; paths.data_dir(); paths.config_dir(); paths.cache_dir(); "
    probe += "print('platformdirs' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    expected = "False" if sys.platform.startswith("linux") else "True"
    assert done.stdout.strip() == expected, done.stderr
