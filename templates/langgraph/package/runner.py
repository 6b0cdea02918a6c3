"""Filesystem and kernel: the SQLite checkpointer and store, and running a session.

One thread per session (`thread_id` = session id) in `<state dir>/checkpoints.sqlite`.
`kernel.limits.max_steps` bounds the session: a process node past it ends the run (status
`max_steps`), and `recursion_limit` (see `recursion_limit()`) backs that up per command.
`timeout_seconds` drains the run at the next step boundary (it stays checkpointed), and a model
call gets only what is left of it: one that runs out drains the run with its process next. One
command runs on a session at a time (a lock file per session). Durability follows `checkpoints.every`: `node` saves
after every step, `turn` when the run stops (one checkpoint per command), `session` when the
run stops and then keeps only the session's latest checkpoint. A checkpoint is traced once,
and only when the saver holds it, so every traced checkpoint id can be replayed. A retention
sweep deletes sessions older than `checkpoints.retention_days`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.errors import GraphDrained, GraphRecursionError
from langgraph.runtime import RunControl
from langgraph.store.sqlite import SqliteStore
from langgraph.types import Command

from . import spec
from .graph import TOOLS_NODE, Runtime, build_graph, is_decided, node_name
from .tracing import OTLPSink, StoredSpanIds, Tracer


class Refused(SystemExit):
    """`run` refused before anything ran: exit 2, as the Swift target's CLI exits."""


@dataclass
class Outcome:
    status: str  # completed | paused | failed | max_steps | max_hops | timeout
    message: str
    values: dict


def durability() -> str:
    """LangGraph's `durability` for `checkpoints.every`: `node` (and no checkpoints row, since
    a paused approval must always be resumable) saves after every step; `turn` and `session`
    save when the run stops."""
    every = (spec.CHECKPOINTS or {}).get("every")
    return "sync" if every in (None, "node") else "exit"


def keeps_only_latest() -> bool:
    """`every: session`: one checkpoint per session, the latest; older ones are deleted after
    each run (LangGraph has no such setting)."""
    return (spec.CHECKPOINTS or {}).get("every") == "session"


@dataclass
class Before:
    """What a session held before a command: its saved checkpoint ids (traced by earlier
    commands) and the tool call ids of the approvals it was waiting on (already requested)."""

    checkpoints: set
    waiting: set


class Session:
    """A session's graph over the shared SQLite files; use as a context manager."""

    def __init__(self, session_id: str, state_dir: str, trace=None, failing_models=frozenset(), timeout=None, budget=None):
        os.makedirs(state_dir, exist_ok=True)
        # The tracer first: an exporter that cannot start stops here, before anything is opened.
        self.tracer = Tracer(session_id, trace if trace is not None else default_trace(session_id, state_dir))
        self.session_id = session_id
        self.state_dir = state_dir
        self.timeout = spec.TIMEOUT_SECONDS if timeout is None else timeout
        self._conn = sqlite3.connect(os.path.join(state_dir, "checkpoints.sqlite"), check_same_thread=False)
        self._store_conn = sqlite3.connect(os.path.join(state_dir, "stores.sqlite"), check_same_thread=False, isolation_level=None)
        self.saver = SqliteSaver(self._conn)
        self.saver.setup()  # its tables, which _sql reads and _keep_latest prunes
        self.store = SqliteStore(self._store_conn)
        self.store.setup()
        # Span ids count up per session across commands, as in osspec's Swift target.
        self.tracer.spans = StoredSpanIds(self.store, session_id)
        self.runtime = Runtime(tracer=self.tracer, session_id=session_id, store=self.store, failing_models=frozenset(failing_models), budget_override=budget)
        self.graph = build_graph(self.runtime, self.saver, self.store)
        self.config = {"configurable": {"thread_id": session_id}, "recursion_limit": recursion_limit()}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.tracer.spans.save()
        self.tracer.close()
        self._conn.close()
        self._store_conn.close()

    # Running

    def start(self, text: str) -> Outcome:
        with self._exclusive():
            # A new input would abandon the tool call waiting for a person: it must be decided first.
            current = self.graph.get_state(self.config)
            if current.interrupts:
                raise Refused("Session '" + self.session_id + "' waits for an approval: use approve or deny first.")
            # A session is one run from kernel.entry, as in the Swift target; its checkpoints are
            # its history, which a second input would mix into.
            if current.values:
                raise Refused("Session '" + self.session_id + "' already exists; use a new id (or replay or fork it).")
            # The retention sweep deletes checkpoints only: the session's store items (span
            # counter, paged-out context) and trace stay, and a new run would mix into them.
            if self.tracer.spans.stored():
                raise Refused("Session '" + self.session_id + "' already exists (the retention sweep deleted its checkpoints; its stores and trace stay); use a new id.")
            sweep_retention(self.saver, self.state_dir)
            initial = {"input": text, "current": spec.ENTRY, "visited": [spec.ENTRY], "messages": []}
            return self._drive(initial, self.config, self._before())

    def resolve(self, approved: bool, by: str = "", call_id: str | None = None) -> Outcome:
        """Decides the calls the session waits on: all of them, or only `call_id` (the others
        then wait on, and the run pauses again for them)."""
        with self._exclusive():
            snapshot = self.graph.get_state(self.config)
            if not snapshot.interrupts:
                raise SystemExit("Session '" + self.session_id + "' is not waiting for an approval.")
            before = self._before()
            # The checkpoint the run paused at, for the decision's trace event.
            pause = str(snapshot.config["configurable"].get("checkpoint_id", ""))
            if self._decided(snapshot):
                raise SystemExit(
                    "The pause at checkpoint '" + pause + "' was decided by an earlier command that ended before it saved "
                    "what followed, so its tool may have run; it is not decided twice. 'replay --from " + pause + "' asks again.")
            decision = {"approved": approved, "by": by, "checkpoint": pause}
            chosen = [item for item in snapshot.interrupts if call_id is None or _call_of(item).get("tool_call_id") == call_id]
            if not chosen:
                waiting = ", ".join(str(_call_of(item).get("tool_call_id", "")) for item in snapshot.interrupts)
                raise SystemExit("Session '" + self.session_id + "' waits on no call '" + str(call_id) + "' (it waits on: " + waiting + ").")
            resume = {item.id: decision for item in chosen} if len(snapshot.interrupts) > 1 else decision
            return self._drive(Command(resume=resume), self.config, before)

    def history(self) -> list:
        return list(self.graph.get_state_history(self.config))

    def find(self, checkpoint_id: str):
        if self._saved_ids(checkpoint_id):
            return self.graph.get_state({"configurable": {"thread_id": self.session_id, "checkpoint_ns": "", "checkpoint_id": checkpoint_id}})
        raise SystemExit("Session '" + self.session_id + "' has no checkpoint '" + checkpoint_id + "'.")

    def replay(self, checkpoint_id: str) -> Outcome:
        """Reruns every node after the checkpoint (model calls too)."""
        with self._exclusive():
            snapshot, ended = self._starting_point(checkpoint_id)
            if ended is not None:
                return ended
            before = self._before()
            config = self._retry_failure(snapshot) if self._failed(snapshot) else snapshot.config
            return self._drive(None, {**config, "recursion_limit": recursion_limit()}, before)

    def fork(self, checkpoint_id: str) -> Outcome:
        """A new branch of the session from the checkpoint (an unchanged copy), run from there."""
        with self._exclusive():
            snapshot, ended = self._starting_point(checkpoint_id)
            if ended is not None:
                return ended
            before = self._before()  # so the fork's own checkpoint is traced too
            if self._failed(snapshot):
                forked = self._retry_failure(snapshot)
            else:
                forked = self.graph.update_state(snapshot.config, None, as_node="__copy__")
            return self._drive(None, {**forked, "recursion_limit": recursion_limit()}, before)

    def _starting_point(self, checkpoint_id: str):
        """The checkpoint a replay or fork starts from, and the outcome to return instead when
        nothing is left to run there (None otherwise); the newest pause is refused."""
        snapshot = self.find(checkpoint_id)
        self._refuse_undecided(snapshot)
        return snapshot, self._ended(snapshot)

    # Session-wide rules, as in the Swift target

    @contextlib.contextmanager
    def _exclusive(self):
        """One command at a time per session, across processes: two `approve`s started together
        would both find the pause and run the approved tool twice, and two `run`s on a new id
        would both find it free. The second is refused at once; the lock goes with the command
        (or the process, if it dies). The span counter is saved before the lock goes, so the
        next command counts on from it even when this one failed."""
        os.makedirs(os.path.join(self.state_dir, "locks"), exist_ok=True)
        with _session_lock(_lock_path(self.state_dir, self.session_id), create=True) as held:
            if not held:
                raise SystemExit("Session '" + self.session_id + "' is busy: another command is running on it; try again when it ends.")
            try:
                yield
            finally:
                self.tracer.spans.save()

    def _refuse_undecided(self, snapshot) -> None:
        """The newest checkpoint waiting for a decision takes approve or deny, not a replay; one
        whose decision was recorded by a command that died since is replayed (asked again)."""
        latest = self.saver.get_tuple({"configurable": {"thread_id": self.session_id}})
        newest = latest.config["configurable"]["checkpoint_id"] if latest is not None else None
        if snapshot.interrupts and snapshot.config["configurable"].get("checkpoint_id") == newest and not self._decided(snapshot):
            raise SystemExit("Checkpoint '" + str(newest) + "' waits for an approval: use approve or deny.")

    def _decided(self, snapshot) -> bool:
        """Whether a pause's decision was recorded (graph.mark_decided) by a command that died
        before saving what followed: then approve and deny refuse it, and a replay asks again."""
        pause = str(snapshot.config["configurable"].get("checkpoint_id", ""))
        return any(
            is_decided(self.store, self.session_id, pause, (item.value or {}).get("tool_call_id", ""))
            for item in snapshot.interrupts if isinstance(item.value, dict))

    @staticmethod
    def _failed(snapshot) -> bool:
        return not snapshot.next and dict(snapshot.values or {}).get("status") == "failed"

    def _retry_failure(self, snapshot):
        """A run that failed (a provider error, a refused handoff) ended at END, so its
        checkpoint has nothing next. As in the Swift target, a replay from there runs the failed
        process again: a branch whose next node is that process (with Command-only routing,
        update_state(values, as_node=...) would leave nothing next)."""
        values = dict(snapshot.values or {})
        return self.graph.update_state(
            snapshot.config, Command(goto=node_name(values.get("current", spec.ENTRY)), update={"status": None, "output": None}))

    def _ended(self, snapshot):
        """Nothing is left to run after a run's end, or under the step limit that stopped it: no
        new checkpoint, no trace line (the Swift target's replay saves nothing there either). A
        failure is not an end: a replay runs the failed process again."""
        values = dict(snapshot.values or {})
        if self._failed(snapshot) and int(values.get("step", 0)) < spec.MAX_STEPS:
            return None
        if not snapshot.next:
            status = values.get("status") or "completed"
        elif int(values.get("step", 0)) >= spec.MAX_STEPS and TOOLS_NODE not in snapshot.next:
            # The tools node carries out the calls (and decisions) of a step already taken, so
            # only a process step is past the limit.
            status = "max_steps"
        else:
            return None
        return Outcome(status, describe(self.session_id, status, values, snapshot), values)

    def _saved_ids(self, checkpoint_id: str | None = None) -> set:
        """The ids of the session's saved checkpoints (or of the one asked for, if saved), read
        straight from the saver's table: saver.list() would decode every checkpoint."""
        query = "SELECT checkpoint_id FROM checkpoints WHERE thread_id = ?"
        arguments = (self.session_id,)
        if checkpoint_id is not None:
            query, arguments = query + " AND checkpoint_id = ?", (self.session_id, checkpoint_id)
        return {row[0] for row in self._sql(query, arguments)}

    def _sql(self, query: str, arguments: tuple, commit: bool = False) -> list:
        """SQL on the checkpoint file's connection, under the saver's lock."""
        with self.saver.lock:
            rows = self._conn.execute(query, arguments).fetchall()
            if commit:
                self._conn.commit()
        return rows

    def _before(self) -> Before:
        interrupts = self.graph.get_state(self.config).interrupts
        waiting = {item.value.get("tool_call_id") for item in interrupts if isinstance(item.value, dict)}
        return Before(self._saved_ids(), waiting)

    def _drive(self, payload, config, before: Before) -> Outcome:
        control = RunControl()
        timer = None
        if self.timeout:
            timer = threading.Timer(self.timeout, control.request_drain, ("timeout",))
            timer.daemon = True
            timer.start()
            # Model calls get what is left of it (graph.Runtime.seconds_left): a slow provider
            # drains the run too, not only the step boundary after it.
            self.runtime.deadline, self.runtime.control = time.monotonic() + self.timeout, control
        status = None
        traced = set(before.checkpoints)  # traced by the command that saved them
        streamed = []
        try:
            for chunk in self.graph.stream(payload, config, stream_mode="checkpoints", durability=durability(), control=control):
                if isinstance(chunk, dict):
                    streamed.append(chunk)
                    if durability() == "sync":  # saved before the next step: traced as it comes
                        self._trace_saved(streamed, traced)
        except GraphRecursionError:
            status = "max_steps"
        except GraphDrained:
            status = "timeout"
        finally:
            if timer is not None:
                timer.cancel()
            self.runtime.deadline, self.runtime.control = None, None
        if keeps_only_latest():
            self._keep_latest()
        # With "exit" a streamed checkpoint is saved only if it was the last: trace what was.
        self._trace_saved(streamed, traced)
        self._trace_unstreamed(traced)
        snapshot = self.graph.get_state(self.config)
        values = dict(snapshot.values)
        if status is None and snapshot.interrupts:
            status = "paused"
            paused_at = str(snapshot.config["configurable"].get("checkpoint_id", ""))
            for item in snapshot.interrupts:
                request = item.value if isinstance(item.value, dict) else {}
                if request.get("tool_call_id") in before.waiting:
                    continue  # requested by an earlier command and still undecided: once is enough
                # As in the Swift target: under the model call that asked for the tool.
                self.tracer.emit("approval", values.get("step", 0), values.get("parent_span") or None, {
                    "gen_ai.tool.name": str(request.get("tool", "")), "gen_ai.agent.name": str(request.get("agent", "")),
                    "gen_ai.tool.call.id": str(request.get("tool_call_id", "")),
                    "osspec.approval.decision": "requested", "osspec.checkpoint.id": paused_at,
                })
        if status is None:
            status = values.get("status") or "completed"
        self.tracer.spans.save()
        return Outcome(status, describe(self.session_id, status, values, snapshot), values)

    def _trace_saved(self, streamed: list, traced: set) -> None:
        """Traces each streamed checkpoint the saver holds, once; the others stay in `streamed`."""
        for chunk in list(streamed):
            configurable = (chunk.get("config") or {}).get("configurable", {})
            checkpoint_id = str(configurable.get("checkpoint_id", ""))
            if checkpoint_id in traced:
                streamed.remove(chunk)
            elif self._saved_ids(checkpoint_id):
                streamed.remove(chunk)
                traced.add(checkpoint_id)
                self._trace_checkpoint(checkpoint_id, chunk.get("values") or {}, chunk.get("metadata") or {}, chunk.get("next") or [])

    def _trace_unstreamed(self, traced: set) -> None:
        """Traces checkpoints this command saved that never came through the stream, oldest first."""
        for checkpoint_id in sorted(self._saved_ids() - traced):
            snapshot = self.graph.get_state({"configurable": {"thread_id": self.session_id, "checkpoint_id": checkpoint_id}})
            traced.add(checkpoint_id)
            self._trace_checkpoint(checkpoint_id, snapshot.values or {}, snapshot.metadata or {}, snapshot.next or [])

    def _trace_checkpoint(self, checkpoint_id: str, values: dict, metadata: dict, next_nodes) -> None:
        self.tracer.emit("checkpoint", values.get("step", 0), None, {
            "osspec.checkpoint.id": checkpoint_id,
            "osspec.checkpoint.step": metadata.get("step", 0),
            "osspec.checkpoint.source": str(metadata.get("source", "")),
            "osspec.checkpoint.next": ",".join(next_nodes),
            "osspec.checkpoint.backend": "sqlite",
        })

    def _keep_latest(self) -> None:
        """`every: session`: deletes every checkpoint of the session but the newest, and their
        pending writes (the newest keeps its own, so a paused approval stays resumable).
        SqliteSaver.prune() is not implemented, hence the SQL on its tables."""
        latest = self.saver.get_tuple({"configurable": {"thread_id": self.session_id}})
        if latest is None:
            return
        keep = latest.config["configurable"]["checkpoint_id"]
        self._sql("DELETE FROM writes WHERE thread_id = ? AND checkpoint_id != ?", (self.session_id, keep))
        self._sql("DELETE FROM checkpoints WHERE thread_id = ? AND checkpoint_id != ?", (self.session_id, keep), commit=True)


def default_trace(session_id: str, state_dir: str):
    """Where traces go without --trace: stdout for `exporter: stdout`, OTLP/HTTP for `otlp` with
    an endpoint (OTEL_EXPORTER_OTLP_ENDPOINT overrides it), else a JSON-lines file."""
    if spec.TRACING["exporter"] == "stdout":
        return "-"
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or spec.TRACING["endpoint"]
    if spec.TRACING["exporter"] == "otlp" and endpoint:
        return OTLPSink(endpoint)
    folder = os.path.join(state_dir, session_id)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, "trace.jsonl")


def sweep_retention(saver, state_dir: str | None = None) -> int:
    """Deletes every session whose newest checkpoint is older than `retention_days`. Only each
    session's newest checkpoint is decoded (saver.list() would decode them all on every `run`).
    A session a command is using (its lock in `<state dir>/locks` is held) is left for a later
    sweep."""
    days = (spec.CHECKPOINTS or {}).get("retention_days")
    if not days:
        return 0
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with saver.lock:
        threads = [row[0] for row in saver.conn.execute("SELECT DISTINCT thread_id FROM checkpoints").fetchall()]
    swept = 0
    for thread in threads:
        stamp = _newest_stamp(saver, thread)
        if stamp is None or stamp >= cutoff:
            continue
        with _unless_busy(state_dir, thread) as free:
            # Checked again under the lock: a command may have saved since the first look.
            still = _newest_stamp(saver, thread) if free else None
            if still is not None and still < cutoff:
                saver.delete_thread(thread)
                swept += 1
    return swept


def _newest_stamp(saver, thread: str) -> datetime | None:
    """When a session's newest checkpoint was saved (decoding that one only), or None."""
    latest = saver.get_tuple({"configurable": {"thread_id": thread}})
    try:
        return datetime.fromisoformat(latest.checkpoint["ts"]) if latest is not None else None
    except (KeyError, ValueError, TypeError):
        return None


def _lock_path(state_dir: str, session_id: str) -> str:
    return os.path.join(state_dir, "locks", session_id + ".lock")


@contextlib.contextmanager
def _session_lock(path: str, create: bool):
    """Yields True holding the lock file's advisory lock (`flock`, `msvcrt.locking` on Windows;
    the system releases it if the process dies), False when another command holds it. No
    symbolic link is followed to the lock file, as in the Swift target."""
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | (os.O_CREAT if create else 0)
    descriptor = os.open(path, flags, 0o644)
    try:
        try:
            if fcntl is not None:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except BlockingIOError if fcntl is not None else OSError:
            yield False
            return
        try:
            yield True
        finally:
            if fcntl is None:
                msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)  # Windows wants it before close
    finally:
        os.close(descriptor)  # releases the flock


@contextlib.contextmanager
def _unless_busy(state_dir: str | None, session_id: str):
    """Yields True holding the session's lock (as Session._exclusive takes it), False when
    another command holds it or it cannot be opened (the sweep is best effort). Without a state
    folder, or a lock file yet, no command can hold it."""
    path = _lock_path(state_dir, session_id) if state_dir else None
    if path is None or not os.path.exists(path):
        yield True
        return
    with contextlib.ExitStack() as stack:
        try:
            held = stack.enter_context(_session_lock(path, create=False))
        except OSError:
            held = False
        yield held


def _call_of(interrupt) -> dict:
    """What a pause asks about: the tools node's request (agent, tool, args, tool_call_id)."""
    return interrupt.value if isinstance(interrupt.value, dict) else {}


def _arguments(value, limit: int = 300) -> str:
    """A call's arguments for the person deciding, as compact JSON, cut to `limit` characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def recursion_limit() -> int:
    """LangGraph's limit on one command's supersteps, a backstop for max_steps: each process
    step may be followed by the tools node (its calls are part of that step), and a resumed
    approval starts at the tools node."""
    return 2 * spec.MAX_STEPS + 1


def describe(session_id: str, status: str, values: dict, snapshot) -> str:
    step = values.get("step", 0)
    if status == "completed":
        return "Session '" + session_id + "' completed in " + str(step) + " steps: " + str(values.get("output", ""))
    if status == "paused":
        # Every waiting call, with what it would be run with: the person decides what they see.
        requests = [_call_of(item) for item in (snapshot.interrupts or [])]
        lines = [
            "  - tool '" + str(request.get("tool", "")) + "' of process '" + str(request.get("agent", "")) + "' (call "
            + str(request.get("tool_call_id", "")) + ") with " + _arguments(request.get("args", {}))
            for request in requests
        ]
        # The tools node asks for one decision at a time (interrupt() raises at the first), so
        # this is one call; a model's other approval calls are shown when their turn comes.
        return (
            "Session '" + session_id + "' paused: this tool call needs a person's approval:\n" + "\n".join(lines) + "\n"
            + "  Approve: " + spec.NAME + " approve --session " + session_id + "\n"
            + "  Deny:    " + spec.NAME + " deny --session " + session_id
        )
    if status == "max_steps":
        return "Session '" + session_id + "' stopped: max_steps reached (" + str(step) + " steps of " + str(spec.MAX_STEPS) + ")."
    if status == "max_hops":
        return "Session '" + session_id + "' stopped: max_hops reached (" + str(values.get("hops", 0)) + " hops)."
    if status == "timeout":
        return "Session '" + session_id + "' stopped: timeout_seconds reached after " + str(step) + " steps."
    return "Session '" + session_id + "' failed: " + str(values.get("output", ""))
