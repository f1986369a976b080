"""A Jupyter kernel in a jail, driven one cell at a time.

The kernel talks over ZMQ's ``ipc`` transport: unix sockets in the jail's own ``/control`` tmpfs,
which the grader reaches through ``/proc/<pid>/root`` (see the trust boundary in :mod:`.sandbox`),
so the jail needs no network and no writable host folder. Each cell runs under a wall-clock limit:
past it the kernel is interrupted, and if it does not stop within a grace period, the whole jail is
killed and the caller may start a new kernel. Outputs are capped by bytes while they stream in.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import zmq
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager, NoSuchKernel
from traitlets import Instance

from dlcourse.grading.sandbox import CONTROL, Jail, Limits

INTERRUPT_GRACE_SECONDS = 3.0
START_SECONDS = 60.0


_JAILED = "dlcourse-jailed"


class _OneKernelSpec(KernelSpecManager):
    """Knows one kernel, the jailed one: its command line is the jail's, made per start."""

    spec = Instance(KernelSpec)

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        if kernel_name != _JAILED:
            raise NoSuchKernel(kernel_name)
        return self.spec


class KernelStartError(RuntimeError):
    """The kernel did not start: an infrastructure error, not the student's."""


@dataclass
class CellRun:
    """What running one cell gave."""

    outputs: list = field(default_factory=list)
    status: str = "ok"  # ok, error, timeout (interrupted), killed (did not stop), dead (the kernel died)
    dropped_bytes: int = 0

    @property
    def kernel_lost(self) -> bool:
        return self.status in ("killed", "dead")


class _Outputs:
    """Collects a cell's outputs from IOPub messages, keeping at most ``cap`` bytes."""

    def __init__(self, cap: int):
        self.cap = cap
        self.kept = 0
        self.dropped = 0
        self.outputs: list = []
        self._clear_on_next = False

    def add(self, message: dict) -> None:
        kind = message["msg_type"]
        if kind == "clear_output":
            if message["content"].get("wait"):
                self._clear_on_next = True
            else:
                self.outputs = []
            return
        if kind not in ("stream", "display_data", "execute_result", "error", "update_display_data"):
            return
        if kind == "update_display_data":
            return
        if self._clear_on_next:
            self.outputs, self._clear_on_next = [], False
        output = nbformat.v4.output_from_msg(message)
        size = _size(output)
        if kind != "error" and self.kept + size > self.cap:
            room = self.cap - self.kept
            if kind != "stream" or room <= 0:
                self.dropped += size
                return
            kept_text = output.text.encode("utf-8", "replace")[:room].decode("utf-8", "ignore")
            self.dropped += size - len(kept_text.encode("utf-8"))
            output.text = kept_text
            size = len(kept_text.encode("utf-8"))
        self.kept += size
        last = self.outputs[-1] if self.outputs else None
        if kind == "stream" and last is not None and last.output_type == "stream" and last.name == output.name:
            last.text += output.text
        else:
            self.outputs.append(output)

    def finish(self) -> list:
        if self.dropped:
            note = f"\n[output cut: {self.dropped} more bytes were not kept]\n"
            self.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=note))
        return self.outputs


class _Tail:
    """Drains a pipe in a thread, keeping only its last ``keep`` bytes."""

    def __init__(self, descriptor: int, keep: int = 4096):
        self.descriptor, self.keep, self.data = descriptor, keep, b""
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        try:
            while chunk := os.read(self.descriptor, 65536):
                self.data = (self.data + chunk)[-self.keep :]
        finally:
            os.close(self.descriptor)

    def text(self) -> str:
        return self.data.decode(errors="replace")


def _size(output) -> int:
    if output.output_type == "stream":
        return len(output.text.encode("utf-8", "replace"))
    if output.output_type == "error":
        return sum(len(line) for line in output.traceback) + len(output.evalue)
    return sum(len(str(value)) for value in output.get("data", {}).values())


class SandboxedKernel:
    """An IPython kernel in a :class:`Jail`; ``execute`` runs one cell and returns a :class:`CellRun`."""

    def __init__(self, workdir: Path, limits: Limits, unsafe: bool = False):
        self.workdir = Path(workdir)
        self.limits = limits
        self.unsafe = unsafe
        self.starts = 0
        self.jail: Jail | None = None
        self.manager: KernelManager | None = None
        self.client = None
        self.context: zmq.Context | None = None

    def start(self) -> None:
        self.starts += 1
        folder = self.workdir / f"kernel-{self.starts}"
        self.jail = Jail(folder, self.limits, unsafe=self.unsafe)
        command = self.jail.command([sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"])
        # The kernel binds its sockets in the jail's own /control tmpfs; the grader reaches them
        # through the kernel's root, and takes no ZMQ message larger than the cap.
        sockets = f"{CONTROL}/kernel-{uuid.uuid4().hex[:8]}" if not self.unsafe else str(folder / "kernel")
        self.context = zmq.Context()
        self.context.setsockopt(zmq.MAXMSGSIZE, self.limits.message_bytes)
        # Connect once and never again: a socket file that student code later swaps for a link
        # must not lead the grader to another socket.
        self.context.setsockopt(zmq.RECONNECT_STOP, zmq.RECONNECT_STOP_AFTER_DISCONNECT)
        spec = KernelSpec(argv=command, display_name="sandboxed python", language="python", interrupt_mode="message")
        manager = KernelManager(
            transport="ipc",
            ip=sockets,
            context=self.context,
            kernel_name=_JAILED,
            kernel_spec_manager=_OneKernelSpec(spec=spec),
        )
        manager.connection_file = str(folder / "connection.json")
        self.manager = manager
        # The kernel's own stdout and stderr go to a pipe drained here, keeping the last few KiB:
        # never to a file, which the jail could fill.
        reader, writer = os.pipe()
        self.log = _Tail(reader)
        try:
            manager.start_kernel(
                env=self.jail.environment_for_launch(),
                stdout=writer,
                stderr=writer,
                cwd=str(folder) if self.unsafe else None,
            )
        finally:
            os.close(writer)
        self.jail.process = manager.provisioner.process if manager.provisioner else None
        try:
            if not self.unsafe:
                manager.ip = self.jail.inside(sockets)
                # The manager connected its control socket (for interrupts) to the path as the jail
                # names it; connect it again through the kernel's root, before any student code runs.
                if manager._control_socket is not None:
                    manager._control_socket.close(linger=0)
                    manager._control_socket = None
                manager._connect_control_socket()
            self.client = manager.blocking_client()
            self.client.start_channels(shell=True, iopub=True, stdin=False, hb=False)
            self.client.wait_for_ready(timeout=START_SECONDS)
        except RuntimeError as error:
            self.close()
            raise KernelStartError(f"the sandboxed kernel did not start: {error}\n{self.log.text()}") from error
        if not self.unsafe:
            # Trusted set-up before any student code: a writable Keras home with the cached files.
            bootstrap = self.execute(_BOOTSTRAP, timeout=30)
            if bootstrap.status != "ok":
                self.close()
                raise KernelStartError(f"the kernel's set-up failed: {bootstrap.outputs}")

    def alive(self) -> bool:
        return self.manager is not None and self.manager.is_alive()

    def execute(self, code: str, timeout: float) -> CellRun:
        """Run ``code``; stop it after ``timeout`` seconds."""
        start = time.monotonic()
        outputs = _Outputs(self.limits.output_bytes)
        run = CellRun()
        if not self.alive():
            run.status = "dead"
            return run
        message_id = self.client.execute(code, store_history=True, allow_stdin=False, stop_on_error=False)
        deadline = start + timeout
        interrupted_at = None
        idle = replied = False
        reply_status = "ok"
        while not (idle and replied):
            now = time.monotonic()
            if interrupted_at is None and now > deadline:
                interrupted_at = now
                run.status = "timeout"
                try:
                    self.manager.interrupt_kernel()
                except Exception:  # an unreachable kernel is killed just below
                    pass
            if interrupted_at is not None and now > interrupted_at + INTERRUPT_GRACE_SECONDS:
                run.status = "killed"
                self.close()
                break
            if not self.alive():
                run.status = "dead"
                break
            if not idle:
                try:
                    message = self.client.get_iopub_msg(timeout=0.05)
                except queue.Empty:
                    message = None
                if message is not None and message.get("parent_header", {}).get("msg_id") == message_id:
                    if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
                        idle = True
                    else:
                        outputs.add(message)
            if not replied:
                try:  # once the kernel is idle, its reply is due: wait for it rather than for IOPub
                    reply = self.client.get_shell_msg(timeout=0.05 if idle else 0)
                except queue.Empty:
                    reply = None
                if reply is not None and reply.get("parent_header", {}).get("msg_id") == message_id:
                    replied = True
                    reply_status = reply["content"].get("status", "error")
        if run.status == "ok" and reply_status != "ok":
            run.status = "error"
        run.outputs = outputs.finish()
        run.dropped_bytes = outputs.dropped
        return run

    def memory_exceeded(self) -> bool:
        return self.jail is not None and self.jail.memory_exceeded()

    def close(self) -> None:
        """Stop the kernel and kill everything its jail started."""
        if self.client is not None:
            self.client.stop_channels()
            self.client = None
        if self.manager is not None:
            process = self.manager.provisioner.process if self.manager.provisioner else None
            if self.jail is not None:
                self.jail.kill(process)
            try:
                self.manager.cleanup_resources()
            except Exception:  # the files may be gone with the jail
                pass
            self.manager = None
        if self.context is not None:
            self.context.destroy(linger=0)
            self.context = None


_BOOTSTRAP = """
def _dlcourse_bootstrap():
    import os
    home = os.environ["KERAS_HOME"]
    os.makedirs(home, exist_ok=True)
    os.makedirs(os.environ["MPLCONFIGDIR"], exist_ok=True)
_dlcourse_bootstrap()
del _dlcourse_bootstrap
"""
