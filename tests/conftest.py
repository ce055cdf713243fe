"""Fixtures for every test: no network, and every user folder redirected into tmp_path."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection


class NetworkUsed(AssertionError):
    pass


def _is_local_unix(sock: socket.socket) -> bool:
    return sock.family == getattr(socket, "AF_UNIX", None)


def _guard_connect(self: socket.socket, address: Any) -> Any:
    if _is_local_unix(self):  # Unix sockets (X11, D-Bus) never leave the machine
        return _real_connect(self, address)
    raise NetworkUsed(f"a test opened a network connection to {address!r}; assessor must work offline")


def _guard_connect_ex(self: socket.socket, address: Any) -> Any:
    if _is_local_unix(self):
        return _real_connect_ex(self, address)
    raise NetworkUsed(f"a test opened a network connection to {address!r}; assessor must work offline")


def _guard_create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
    raise NetworkUsed(f"a test opened a network connection to {address!r}; assessor must work offline")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test whose code opens a network socket (TCP/UDP connect, DNS look-up)."""
    monkeypatch.setattr(socket.socket, "connect", _guard_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guard_connect_ex)
    monkeypatch.setattr(socket, "create_connection", _guard_create_connection)
    monkeypatch.setattr(
        socket, "getaddrinfo", lambda *a, **k: (_ for _ in ()).throw(NetworkUsed(f"DNS look-up {a[:1]}"))
    )
    yield


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point assessor's data and config folders (and XDG's) at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ASSESSOR_HOME", str(home / "assessor"))
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.setenv("ASSESSOR_LANG", "en")  # the app follows the system's language; tests read English
    (home / "runtime").mkdir(mode=0o700)
    return home
