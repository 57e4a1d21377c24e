"""Starting the window where it cannot start: one sentence with the fix, not Qt's abort."""

from __future__ import annotations

import pytest

from optin_desk import app


def test_no_screen_is_said_in_one_sentence_with_what_to_do() -> None:
    problem = app.window_problem({}, "linux")
    assert problem is not None
    assert problem.startswith("there is no screen to open the window on (DISPLAY is not set)")
    assert "optin-desk status NUMBER" in problem


def test_missing_x11_libraries_are_named_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = {"xcb-cursor": None, "xcb-icccm": "libxcb-icccm.so.4"}
    monkeypatch.setattr("ctypes.util.find_library", lambda name: found.get(name, "lib.so"))
    problem = app.window_problem({"DISPLAY": ":0"}, "linux")
    assert problem == (
        "the window needs system libraries that are not installed: install them with "
        "'sudo apt install libxcb-cursor0' and start OptIn Desk again"
    )


def test_offscreen_windows_and_macos_are_left_to_qt() -> None:
    assert app.window_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert app.window_problem({}, "win32") is None
    assert app.window_problem({}, "darwin") is None


def test_the_command_line_says_it_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert app.run_app(None) == 2
    assert capsys.readouterr().err.startswith("optin-desk: there is no screen")
