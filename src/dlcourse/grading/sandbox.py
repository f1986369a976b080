"""The jail a student's kernel runs in.

With bubblewrap (Debian's ``bubblewrap``) each kernel runs as uid 65534 in new user, PID, network,
IPC and UTS namespaces, with a read-only view of the system, the Python installation and the Keras
cache, and nothing else of the disk: no course folder, no solutions, no gradebook. Its only
writable places are a size-capped tmpfs (``/scratch``, its home and working folder, and ``/tmp``)
and the control folder that holds its Jupyter connection file and IPC sockets.

Limits: a cgroup caps memory and the number of processes where the cgroup file system is writable
(else ``RLIMIT_AS`` caps memory); ``RLIMIT_CPU``, ``RLIMIT_FSIZE`` and ``RLIMIT_CORE`` apply in any
case. :meth:`Jail.kill` kills every process of the jail.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import dlcourse

SCRATCH = "/scratch"
KERAS_HOME_INSIDE = f"{SCRATCH}/.keras"
CGROUP_ROOT = Path("/sys/fs/cgroup")
NOBODY = 65534

# Variables the instructor's environment may pass on to a kernel. Nothing else reaches it.
PASSED_ON = ("KERAS_BACKEND",)


@dataclass(frozen=True)
class Limits:
    """What one submission may use."""

    cell_seconds: float = 120.0  # wall clock per cell
    submission_seconds: float = 900.0  # wall clock for the whole submission
    memory_bytes: int = 3 * 2**30  # resident memory of the whole jail
    cpu_seconds: int = 900  # CPU time per process
    processes: int = 256  # tasks (processes and threads) in the jail
    scratch_bytes: int = 256 * 2**20  # the writable tmpfs
    file_bytes: int = 64 * 2**20  # the largest file a process may write
    output_bytes: int = 256 * 2**10  # outputs kept per cell; the rest is cut while it streams
    threads: int = 1  # math-library threads per kernel (parallel workers share the cores)


class SandboxUnavailable(RuntimeError):
    """No sandbox can be built on this machine."""


@functools.lru_cache(maxsize=None)
def cgroups_writable() -> bool:
    """Whether memory and pids cgroups (v1) can be made here."""
    try:
        for controller in ("memory", "pids"):
            probe = CGROUP_ROOT / controller / f"dlcourse-probe-{os.getpid()}"
            probe.mkdir()
            probe.rmdir()
        return True
    except OSError:
        return False


def _keras_files(keras_home: Path | None) -> list[tuple[Path, str]]:
    """(real file, path inside the jail) for every file of the Keras cache, links followed."""
    if keras_home is None or not keras_home.is_dir():
        return []
    files = []
    for folder, _, names in os.walk(keras_home, followlinks=True):  # a linked cache has linked folders
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file():
                files.append((path.resolve(), f"{KERAS_HOME_INSIDE}/{path.relative_to(keras_home).as_posix()}"))
    return sorted(files, key=lambda pair: pair[1])


class Jail:
    """One kernel's jail: the command that starts a program in it, and its clean-up."""

    def __init__(self, control: Path, limits: Limits, unsafe: bool = False, keras_home: Path | None = None):
        self.control = Path(control)
        self.limits = limits
        self.unsafe = unsafe
        self.name = f"dlcourse-{uuid.uuid4().hex[:12]}"
        self.cgroups = []
        if cgroups_writable():
            self.cgroups = [CGROUP_ROOT / "memory" / self.name, CGROUP_ROOT / "pids" / self.name]
        if keras_home is None and os.environ.get("KERAS_HOME"):
            keras_home = Path(os.environ["KERAS_HOME"])
        self.keras_files = _keras_files(keras_home)
        self.process: subprocess.Popen | None = None

    # The environment a kernel sees: fixed values, never the instructor's.
    def environment(self) -> dict[str, str]:
        home = SCRATCH if not self.unsafe else str(self.control / "scratch")
        threads = str(self.limits.threads)
        environment = {
            "HOME": home,
            "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "KERAS_HOME": f"{home}/.keras",
            "MPLBACKEND": "Agg",
            "MPLCONFIGDIR": f"{home}/.matplotlib",
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONNOUSERSITE": "1",
            "OMP_NUM_THREADS": threads,
            "OPENBLAS_NUM_THREADS": threads,
            "MKL_NUM_THREADS": threads,
            "TF_NUM_INTRAOP_THREADS": threads,
            "TF_NUM_INTEROP_THREADS": threads,
        }
        environment.update({name: os.environ[name] for name in PASSED_ON if name in os.environ})
        return environment

    def _bwrap(self, argv: list[str]) -> list[str]:
        python_roots = sorted({Path(sys.base_prefix).resolve(), Path(sys.prefix).absolute()})
        command = [
            shutil.which("bwrap") or "bwrap",
            "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--uid", str(NOBODY), "--gid", str(NOBODY), "--hostname", "sandbox",
            "--ro-bind", "/usr", "/usr",
        ]
        for name in ("bin", "lib", "lib64", "sbin"):
            path = Path("/") / name
            if path.is_symlink():
                command += ["--symlink", os.readlink(path), str(path)]
            elif path.is_dir():
                command += ["--ro-bind", str(path), str(path)]
        for etc in ("/etc/ld.so.cache", "/etc/localtime", "/etc/fonts", "/etc/ssl/certs", "/etc/alternatives"):
            if Path(etc).exists():
                command += ["--ro-bind", etc, etc]
        command += ["--ro-bind", str(self.control / "passwd"), "/etc/passwd"]
        command += ["--ro-bind", str(self.control / "group"), "/etc/group"]
        command += ["--proc", "/proc", "--dev", "/dev"]
        command += ["--size", str(self.limits.scratch_bytes), "--tmpfs", SCRATCH]
        command += ["--size", str(self.limits.scratch_bytes), "--tmpfs", "/tmp"]
        # The interpreter and its packages, bound after the tmpfs mounts so that none hides them.
        for root in python_roots:
            command += ["--ro-bind", str(root), str(root)]
        # The course's helpers (the exercises' set-up cell imports `dlcourse.checks`), wherever
        # they are installed; an editable install lives outside the environment.
        helpers = str(Path(dlcourse.__file__).resolve().parent)
        command += ["--ro-bind", helpers, helpers]
        for real, inside in self.keras_files:
            command += ["--ro-bind", str(real), inside]
        command += ["--bind", str(self.control), str(self.control), "--chdir", SCRATCH, "--clearenv"]
        for name, value in self.environment().items():
            command += ["--setenv", name, value]
        return command + ["--remount-ro", "/", "--", *argv]

    def command(self, argv: list[str]) -> list[str]:
        """The command that runs ``argv`` in this jail, limits applied by :mod:`.jail_exec`."""
        self.control.mkdir(parents=True, exist_ok=True)
        (self.control / "passwd").write_text(f"student:x:{NOBODY}:{NOBODY}:student:{SCRATCH}:/bin/false\n")
        (self.control / "group").write_text(f"student:x:{NOBODY}:\n")
        os.chmod(self.control, 0o777)  # the kernel (uid 65534) writes its sockets here
        for cgroup in self.cgroups:
            cgroup.mkdir(exist_ok=True)
        if self.cgroups:
            (self.cgroups[0] / "memory.limit_in_bytes").write_text(str(self.limits.memory_bytes))
            swap = self.cgroups[0] / "memory.memsw.limit_in_bytes"
            if swap.exists():
                swap.write_text(str(self.limits.memory_bytes))
            (self.cgroups[1] / "pids.max").write_text(str(self.limits.processes))
        inner = argv if self.unsafe else self._bwrap(argv)
        wrapper = [sys.executable, "-m", "dlcourse.grading.jail_exec",
                   "--cpu", str(self.limits.cpu_seconds), "--fsize", str(self.limits.file_bytes)]
        if not self.cgroups:
            wrapper += ["--address-space", str(max(self.limits.memory_bytes, 6 * 2**30))]
        for cgroup in self.cgroups:
            wrapper += ["--cgroup", str(cgroup / "cgroup.procs")]
        return wrapper + ["--", *inner]

    def environment_for_launch(self) -> dict[str, str]:
        """The environment of the launching process (bubblewrap clears it again inside)."""
        if self.unsafe:
            return self.environment()
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    def memory_exceeded(self) -> bool:
        """Whether the memory cgroup hit its limit (the kernel killed a process for it)."""
        if not self.cgroups:
            return False
        try:
            control = dict(line.split() for line in (self.cgroups[0] / "memory.oom_control").read_text().splitlines())
            return int(control.get("oom_kill", 0)) > 0 or int((self.cgroups[0] / "memory.failcnt").read_text()) > 0
        except (OSError, ValueError):
            return False

    def pids(self) -> set[int]:
        found = set()
        for cgroup in self.cgroups:
            try:
                found |= {int(pid) for pid in (cgroup / "cgroup.procs").read_text().split()}
            except OSError:
                pass
        return found

    def kill(self, process: subprocess.Popen | None = None) -> None:
        """Kill every process of the jail and remove its cgroups."""
        process = process or self.process
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                process.kill()
            process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while self.cgroups:
            for pid in self.pids():
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            try:
                for cgroup in self.cgroups:
                    if cgroup.exists():
                        cgroup.rmdir()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)


@functools.lru_cache(maxsize=None)
def check_sandbox() -> str:
    """Start a trivial program in a jail; return a description, or raise SandboxUnavailable."""
    if shutil.which("bwrap") is None:
        raise SandboxUnavailable("bubblewrap (bwrap) is not installed: apt-get install bubblewrap")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="dlcourse-check-") as folder:
        jail = Jail(Path(folder) / "control", Limits())
        code = "import os, socket; s = socket.socket(); print(os.getuid(), os.access('/usr', os.W_OK))"
        command = jail.command([sys.executable, "-c", code])
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=60,
                                    env=jail.environment_for_launch())
        finally:
            jail.kill()
        if result.returncode != 0 or result.stdout.split() != [str(NOBODY), "False"]:
            raise SandboxUnavailable(f"bubblewrap could not start a jail: {result.stderr.strip()[-500:]}")
    limits = "cgroup memory and process limits" if cgroups_writable() else "rlimit memory limit (no writable cgroups)"
    return f"bubblewrap jail, uid {NOBODY}, no network, read-only system, {limits}"
