"""Headless Chromium (Debian's `chromium` and `chromium-driver`) for the browser tests, and the
axe-core accessibility checker they run in it."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# axe-core, pinned; its one script is taken from the npm package into a cache, never committed.
AXE_CORE_VERSION = "4.10.3"
AXE_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dlcourse"


def available() -> bool:
    return CHROMIUM.exists() and CHROMEDRIVER.exists()


@contextlib.contextmanager
def chromium(profile: Path, width: int = 1280, height: int = 1000, offline: bool = False):
    """A headless Chromium driven by Selenium, with a fresh profile in ``profile``.

    ``offline``: no host but this machine (127.0.0.1, localhost) resolves, as in a classroom with
    no internet."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
        f"--window-size={width},{height}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    if offline:
        options.add_argument("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def axe_script() -> str:
    """axe-core's ``axe.min.js`` (AXE_CORE_VERSION), fetched once with ``npm pack`` into a cache."""
    cached = AXE_CACHE / f"axe-core-{AXE_CORE_VERSION}.min.js"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(
                ["npm", "pack", f"axe-core@{AXE_CORE_VERSION}", "--silent", "--pack-destination", folder],
                check=True,
                capture_output=True,
                text=True,
                timeout=300,
            )
            (tarball,) = Path(folder).glob("axe-core-*.tgz")
            with tarfile.open(tarball) as archive:
                source = archive.extractfile("package/axe.min.js").read()
            partial = cached.with_suffix(".part")
            partial.write_bytes(source)
            partial.replace(cached)
    return cached.read_text()


def visit(driver, url: str) -> list:
    """Load ``url`` and wait until the document is complete; return the console's entries."""
    driver.get(url)
    deadline = time.monotonic() + 30
    while driver.execute_script("return document.readyState") != "complete" and time.monotonic() < deadline:
        time.sleep(0.1)
    return driver.get_log("browser")


def own_errors(entries: list, origin: str) -> list[str]:
    """Severe console entries that are about this site, not a resource from another host."""
    errors = []
    for entry in entries:
        if entry["level"] != "SEVERE":
            continue
        urls = re.findall(r"https?://[^\s\"')]+", entry["message"])
        if urls and all(not url.startswith(origin) for url in urls):
            continue  # another host (a CDN, a launch service): unreachable offline, not ours
        errors.append(entry["message"])
    return errors
