"""The seeds report rendered in headless Chromium, driven over the DevTools protocol (on a pipe,
so no extra package): every record's highlight is in the rendered DOM with the record's text,
one per quote and one per claim, the tooltip shows on keyboard focus, nothing is loaded from
outside, and a screenshot is produced (the second article, its quote q3 focused, as reached from
the side panel). Needs Debian's ``chromium`` (or $CHROMIUM)."""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app

from .conftest import SEEDS

pytestmark = pytest.mark.slow

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    return os.environ.get("CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)


class Browser:
    """Headless Chromium with ``--remote-debugging-pipe``: it reads commands on fd 3 and writes
    replies and events on fd 4, each a JSON message ended by a NUL byte."""

    def __init__(self, executable: str) -> None:
        to_browser, self._send = os.pipe()
        self._recv, from_browser = os.pipe()
        # Out of the way of 3 and 4 before the child moves them there.
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_browser)]
        for fd in (to_browser, from_browser):
            os.close(fd)

        def place_pipes() -> None:
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        args = [executable, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + os.environ.get("TMPDIR", "/tmp") + f"/claimx-chromium-{os.getpid()}",
                "about:blank"]  # fmt: skip
        null = subprocess.DEVNULL
        self.proc = subprocess.Popen(args, preexec_fn=place_pipes, close_fds=False, stdout=null, stderr=null)
        for fd in high:
            os.close(fd)
        self._buffer = b""
        self._id = 0
        self.events: list[dict] = []
        self.session: str | None = None

    def _read(self) -> dict:
        while b"\0" not in self._buffer:
            chunk = os.read(self._recv, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def call(self, method: str, session: bool = True, **params) -> dict:
        self._id += 1
        message = {"id": self._id, "method": method, "params": params}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._send, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, event: str) -> dict:
        for i, seen in enumerate(self.events):
            if seen.get("method") == event:
                return self.events.pop(i)
        while True:
            message = self._read()
            if message.get("method") == event:
                return message
            self.events.append(message)

    def open(self, url: str, width: int = 1400, height: int = 1000) -> None:
        target = self.call("Target.createTarget", session=False, url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", session=False, targetId=target, flatten=True)[
            "sessionId"
        ]
        self.call("Network.enable")
        self.call("Page.enable")
        size = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
        self.call("Emulation.setDeviceMetricsOverride", **size)
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):
            self.call("Browser.close", session=False)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._send)
        os.close(self._recv)


# For each article: record id -> the text of every element carrying it.
HIGHLIGHTS_JS = """
(() => {
  const out = {};
  for (const article of document.querySelectorAll("article[data-doc-id]")) {
    const found = {};
    for (const el of article.querySelectorAll("[data-quote-id], [data-claim-id]")) {
      const id = el.dataset.quoteId || el.dataset.claimId;
      (found[id] = found[id] || []).push(el.textContent);
    }
    out[article.dataset.docId] = found;
  }
  return out;
})()
"""

INTERACT_JS = """
(() => {
  const tip = document.getElementById("tip");
  const el = document.querySelector("[data-quote-id]");
  el.focus();
  const focused = !tip.hidden && tip.textContent;
  el.dispatchEvent(new KeyboardEvent("keydown", {key: "n", bubbles: true}));
  const moved = document.activeElement !== el && document.activeElement.matches("[data-tip]");
  document.activeElement.blur();
  const claim = document.querySelector("#d2 [data-claim-id]");
  claim.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  const hovered = !tip.hidden && tip.textContent;
  const link = document.querySelector('#d2 aside a[data-target$="-q3"]');
  link.click();
  const clicked = document.activeElement;
  clicked.classList.remove("flash");  // for the picture: the article's head in view, q3 focused
  clicked.closest("article").scrollIntoView();
  window.scrollBy(0, -8);
  return {focused, quote: el.dataset.tip, moved, hovered, claim: claim.dataset.tip,
          clicked: clicked.id, target: link.dataset.target};
})()
"""

OUTSIDE_JS = """
(() => ({
  resources: performance.getEntriesByType("resource").map(e => e.name),
  loaders: [...document.querySelectorAll("[src], link[href]")].map(e => e.outerHTML),
}))()
"""


@pytest.fixture(scope="module")
def chromium() -> str:
    found = find_chromium()
    if found is None:
        pytest.skip("no Chromium found (install Debian's chromium package, or set $CHROMIUM)")
    return found


def test_seeds_report_in_chromium(chromium, tmp_path, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)  # paths in the report as a user would type them: seeds/...
    report = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["extract", "seeds", "--format", "html", "-o", str(report), "-q"])
    assert result.exit_code == 0, result.stderr
    data = CliRunner().invoke(app, ["extract", "seeds", "--format", "json", "-q"])
    docs = json.loads(data.stdout)["documents"]

    browser = Browser(chromium)
    try:
        browser.open(report.as_uri(), width=1280, height=900)
        rendered = browser.evaluate(HIGHLIGHTS_JS)
        acts = browser.evaluate(INTERACT_JS)
        outside = browser.evaluate(OUTSIDE_JS)
        shot = base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"])
    finally:
        browser.close()

    expected = {d["id"]: {r["id"]: [r["text"]] for r in d["quotes"] + d["claims"]} for d in docs}
    assert sum(len(d["quotes"]) for d in docs) > 30 and sum(len(d["claims"]) for d in docs) > 20
    assert rendered == expected  # one highlight per record, its text the record's text

    assert acts["focused"] and acts["focused"] == acts["quote"]  # keyboard focus shows the tooltip
    assert acts["moved"]  # n moves to the next highlight
    assert acts["hovered"] == acts["claim"] and "claimed by" in acts["hovered"]  # so does the mouse
    assert acts["clicked"] == acts["target"]  # a panel entry takes you to its highlight

    sent = [e for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
    requested = [e["params"]["request"]["url"] for e in sent]
    assert requested and all(url.startswith(("file:", "data:", "about:")) for url in requested), requested
    assert outside == {"resources": [], "loaders": []}

    assert shot.startswith(b"\x89PNG") and len(shot) > 20_000
    # The README's picture: CLAIMX_REPORT_PNG=docs/report.png uv run pytest tests/test_report_browser.py
    Path(os.environ.get("CLAIMX_REPORT_PNG") or tmp_path / "report.png").write_bytes(shot)
