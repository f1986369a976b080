"""Apply resource limits to this process, join the jail's cgroups, then run the jail's command.

Run as ``python -m dlcourse.grading.jail_exec [limits] -- command...`` by :class:`.sandbox.Jail`;
the limits are inherited by every process the command starts. With ``--info-file``, the command is
bubblewrap: it is handed that file, opened here, to write the jailed program's host pid into, and
it starts with an environment of ``PATH`` alone (it sets the jail's own inside).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cpu", type=int, required=True, help="CPU seconds per process")
    parser.add_argument("--fsize", type=int, required=True, help="largest file a process may write, in bytes")
    parser.add_argument("--address-space", type=int, help="address-space limit in bytes (when no cgroup caps memory)")
    parser.add_argument("--processes", type=int, help="processes of the user (when no cgroup caps tasks)")
    parser.add_argument("--cgroup", action="append", default=[], help="a cgroup.procs file to join")
    parser.add_argument("--info-file", help="for bubblewrap's --info-fd: where the jailed program's pid goes")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    arguments = parser.parse_args(argv)
    command = arguments.command[1:] if arguments.command[:1] == ["--"] else arguments.command
    for procs in arguments.cgroup:
        with open(procs, "w") as handle:
            handle.write(str(os.getpid()))
    resource.setrlimit(resource.RLIMIT_CPU, (arguments.cpu, arguments.cpu + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (arguments.fsize, arguments.fsize))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if arguments.address_space:
        resource.setrlimit(resource.RLIMIT_AS, (arguments.address_space, arguments.address_space))
    if arguments.processes:
        resource.setrlimit(resource.RLIMIT_NPROC, (arguments.processes, arguments.processes))
    if arguments.info_file:
        info = os.open(arguments.info_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        os.set_inheritable(info, True)
        command = [command[0], "--info-fd", str(info), *command[1:]]
        os.execvpe(command[0], command, {"PATH": "/usr/bin:/bin"})
    os.execvp(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])
