"""Copy the browser libraries of the web app from node_modules into its static vendor folder.

Run by ``make setup`` after ``npm ci`` has installed the versions pinned in package.json and
package-lock.json. The vendor folder is git-ignored: library code is never committed, it is
installed by npm and copied here, so ``pip install .`` / a wheel built after set-up carries it
as package data (``web/static/**/*``).

    npm ci && python scripts/vendor_web.py

vega-interpreter (Vega's CSP-safe expression evaluator: no ``new Function``) ships only as an
ES module importing vega-util, so esbuild bundles it into one script defining the global
``vegaInterpreter``; every other file is copied as its package publishes it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ROOT / "node_modules"
VENDOR = ROOT / "src" / "newscoder" / "web" / "static" / "vendor"

# package -> files it publishes that the pages load (copied flat into vendor/<package>/)
FILES = {
    "leaflet": ["dist/leaflet.js", "dist/leaflet.css", "dist/images/layers.png",
                "dist/images/layers-2x.png"],
    "leaflet.markercluster": ["dist/leaflet.markercluster.js", "dist/MarkerCluster.css",
                              "dist/MarkerCluster.Default.css"],
    "topojson-client": ["dist/topojson-client.min.js"],
    "world-atlas": ["countries-50m.json"],
    "vega": ["build/vega.min.js"],
    "vega-lite": ["build/vega-lite.min.js"],
    "vega-embed": ["build/vega-embed.min.js"],
    "cytoscape": ["dist/cytoscape.min.js"],
}
BUNDLED = {"vega-interpreter": "vega-interpreter.min.js"}
LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "MIT-LICENCE.txt")


def package_version(name: str) -> str:
    manifest = MODULES / name / "package.json"
    if not manifest.exists():
        sys.exit(f"vendor_web: {manifest} is missing: run `npm ci` in {ROOT} first")
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def copy_licence(name: str, target: Path) -> None:
    for candidate in LICENCE_NAMES:
        if (MODULES / name / candidate).exists():
            shutil.copyfile(MODULES / name / candidate, target / "LICENSE.txt")
            return
    sys.exit(f"vendor_web: no licence file in {MODULES / name}")


def copy_package(name: str, files: list[str]) -> None:
    target = VENDOR / name
    target.mkdir(parents=True, exist_ok=True)
    for relative in files:
        source = MODULES / name / relative
        # leaflet.css finds its images in images/ beside it
        where = target / "images" if "/images/" in relative else target
        where.mkdir(exist_ok=True)
        shutil.copyfile(source, where / source.name)
    copy_licence(name, target)


def bundle_interpreter() -> None:
    target = VENDOR / "vega-interpreter"
    target.mkdir(parents=True, exist_ok=True)
    entry = MODULES / "vega-interpreter" / "build" / "vega-interpreter.js"
    subprocess.run([str(MODULES / ".bin" / "esbuild"), str(entry), "--bundle", "--minify",
                    "--format=iife", "--global-name=vegaInterpreter", "--log-level=warning",
                    f"--outfile={target / BUNDLED['vega-interpreter']}"], check=True)
    copy_licence("vega-interpreter", target)


def main() -> None:
    shutil.rmtree(VENDOR, ignore_errors=True)
    versions = {name: package_version(name) for name in [*FILES, *BUNDLED]}
    for name, files in FILES.items():
        copy_package(name, files)
    bundle_interpreter()
    (VENDOR / "versions.json").write_text(json.dumps(versions, indent=1, sort_keys=True) + "\n",
                                          encoding="utf-8")
    size = sum(f.stat().st_size for f in VENDOR.rglob("*") if f.is_file())
    print(f"vendor_web: {len(versions)} packages copied to {VENDOR} ({size:,} bytes)")


if __name__ == "__main__":
    main()
