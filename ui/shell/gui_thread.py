"""Asking the OS scheduler to wake the GUI thread promptly on a busy PC.

Linux 6.6 and later schedule ordinary threads by EEVDF: each has a time slice (by default 0.7 ms times
one plus log2 of the CPU count: 1.4 ms on a 2-core PC), and a thread that wakes is run at once only
when its virtual deadline comes before the running thread's.
Since 6.12 a thread may ask for a shorter slice of its own (sched_setattr's sched_runtime for
SCHED_OTHER; no privilege needed, the kernel clamps it to 0.1–100 ms). It gets no more CPU for it —
its share stays that of its nice level — but its deadlines come sooner, so after its sleep it
preempts a CPU-bound program instead of queueing behind that program's slice. That is what a window
wants: it sleeps most of the time and must answer a key or a repaint within a frame.

Elsewhere (another OS, an older kernel, seccomp refusing the call) this does nothing. Nothing here
raises: the console works the same, only with the scheduler's defaults.
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform
import sys

log = logging.getLogger(__name__)

# Short enough for a timer or a key to preempt a CPU-bound program at once. Measured on a 2-core PC with
# two CPU-bound programs (a thread that sleeps 5 ms and works 0.3 ms, four rounds each): 1.4 ms (the
# default) woke up to 46-58 ms late, 0.2 ms up to 16-45 ms, 0.1 ms no better than 0.2 ms. Its share
# of the CPU stays what it was: a window uses far less than its share, so it stays eligible first.
GUI_SLICE_NS = 200_000

_SCHED_FLAG_RESET_ON_FORK = 0x01

# x86_64 and aarch64 syscall numbers of sched_setattr / sched_getattr.
_SYSCALLS = {"x86_64": (314, 315), "aarch64": (274, 275)}


class _SchedAttr(ctypes.Structure):
    # struct sched_attr (include/uapi/linux/sched/types.h), version 1 (56 bytes).
    _fields_ = [
        ("size", ctypes.c_uint32),
        ("sched_policy", ctypes.c_uint32),
        ("sched_flags", ctypes.c_uint64),
        ("sched_nice", ctypes.c_int32),
        ("sched_priority", ctypes.c_uint32),
        ("sched_runtime", ctypes.c_uint64),
        ("sched_deadline", ctypes.c_uint64),
        ("sched_period", ctypes.c_uint64),
        ("sched_util_min", ctypes.c_uint32),
        ("sched_util_max", ctypes.c_uint32),
    ]


def _kernel_at_least(major: int, minor: int) -> bool:
    try:
        parts = platform.release().split(".")
        return (int(parts[0]), int("".join(c for c in parts[1] if c.isdigit()) or 0)) >= (major, minor)
    except (IndexError, ValueError):
        return False


def current_slice_ns() -> int | None:
    """The calling thread's EEVDF slice as the kernel reports it (None where it cannot be read)."""
    attr = _get_attr()
    return None if attr is None else int(attr.sched_runtime)


def _get_attr() -> _SchedAttr | None:
    numbers = _SYSCALLS.get(platform.machine())
    if not sys.platform.startswith("linux") or numbers is None:
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        attr = _SchedAttr()
        attr.size = ctypes.sizeof(_SchedAttr)
        if libc.syscall(numbers[1], 0, ctypes.byref(attr), ctypes.sizeof(_SchedAttr), 0) != 0:
            return None
    except (OSError, AttributeError):
        return None
    return attr


def prefer_short_slices(slice_ns: int = GUI_SLICE_NS) -> bool:
    """Ask for a short EEVDF slice for the calling thread (call it on the GUI thread). True when the
    kernel took it; False, and nothing changed, anywhere it does not apply."""
    numbers = _SYSCALLS.get(platform.machine())
    # Before 6.12 the same field was ignored for SCHED_OTHER or refused: not worth the call.
    if not sys.platform.startswith("linux") or numbers is None or not _kernel_at_least(6, 12):
        return False
    attr = _get_attr()
    if attr is None or attr.sched_policy != os.SCHED_OTHER:
        return False  # unreadable, or a policy chosen for this process (chrt, a session manager): kept
    attr.sched_runtime = slice_ns
    # Threads started from here later (the executor's workers, Qt's pools) keep the default slice: a
    # worker woken to fsync must not preempt the window it was woken by.
    attr.sched_flags = _SCHED_FLAG_RESET_ON_FORK
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.syscall(numbers[0], 0, ctypes.byref(attr), 0) != 0:
            log.info("short GUI slice refused (errno %d)", ctypes.get_errno())
            return False
    except (OSError, AttributeError) as exc:
        log.info("short GUI slice unavailable: %s", type(exc).__name__)
        return False
    return True
