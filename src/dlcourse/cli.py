"""The ``dlcourse`` command line: course plumbing for instructors and CI."""

from __future__ import annotations

import argparse
import sys

from dlcourse.keras_home import prepare_keras_home


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dlcourse", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    keras_home = commands.add_parser(
        "keras-home", help="link a pre-filled (even read-only) Keras cache into a writable KERAS_HOME"
    )
    keras_home.add_argument("source", help="the pre-filled cache, e.g. ../shared/keras")
    keras_home.add_argument("target", help="a writable folder to use as KERAS_HOME")
    arguments = parser.parse_args(argv)
    if arguments.command == "keras-home":
        print(prepare_keras_home(arguments.source, arguments.target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
