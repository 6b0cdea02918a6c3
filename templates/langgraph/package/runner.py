"""Filesystem and kernel: the SQLite checkpointer and store, and running a session.

One thread per session (`thread_id` = session id) in `<state dir>/checkpoints.sqlite`.
`recursion_limit` is `kernel.limits.max_steps`; `timeout_seconds` drains the run at the next
step boundary (it stays checkpointed). Durability follows `checkpoints.every`: `node` saves
after every step, `turn` and `session` when the run stops. A retention sweep deletes sessions
older than `checkpoints.retention_days`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.errors import GraphDrained, GraphRecursionError
from langgraph.runtime import RunControl
from langgraph.store.sqlite import SqliteStore
from langgraph.types import Command

from . import spec
from .graph import Runtime, build_graph
from .tracing import OTLPSink, Tracer


@dataclass
class Outcome:
    status: str  # completed | paused | failed | max_steps | max_hops | timeout
    message: str
    values: dict


def durability() -> str:
    every = (spec.CHECKPOINTS or {}).get("every")
    return "sync" if every in (None, "node") else "exit"


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
        self.store = SqliteStore(self._store_conn)
        self.store.setup()
        self.runtime = Runtime(tracer=self.tracer, session_id=session_id, store=self.store, failing_models=frozenset(failing_models), budget_override=budget)
        self.graph = build_graph(self.runtime, self.saver, self.store)
        self.config = {"configurable": {"thread_id": session_id}, "recursion_limit": spec.MAX_STEPS}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.tracer.close()
        self._conn.close()
        self._store_conn.close()

    # Running

    def start(self, text: str) -> Outcome:
        sweep_retention(self.saver)
        initial = {"input": text, "current": spec.ENTRY, "visited": [spec.ENTRY], "messages": []}
        return self._drive(initial, self.config)

    def resolve(self, approved: bool, by: str = "") -> Outcome:
        snapshot = self.graph.get_state(self.config)
        if not snapshot.interrupts:
            raise SystemExit("Session '" + self.session_id + "' is not waiting for an approval.")
        decision = {"approved": approved, "by": by}
        resume = {item.id: decision for item in snapshot.interrupts} if len(snapshot.interrupts) > 1 else decision
        return self._drive(Command(resume=resume), self.config)

    def history(self) -> list:
        return list(self.graph.get_state_history(self.config))

    def find(self, checkpoint_id: str):
        for snapshot in self.history():
            if snapshot.config["configurable"].get("checkpoint_id") == checkpoint_id:
                return snapshot
        raise SystemExit("Session '" + self.session_id + "' has no checkpoint '" + checkpoint_id + "'.")

    def replay(self, checkpoint_id: str) -> Outcome:
        """Reruns every node after the checkpoint (model calls too)."""
        return self._drive(None, {**self.find(checkpoint_id).config, "recursion_limit": spec.MAX_STEPS})

    def fork(self, checkpoint_id: str) -> Outcome:
        """A new branch of the session from the checkpoint (an unchanged copy), run from there."""
        snapshot = self.find(checkpoint_id)
        forked = self.graph.update_state(snapshot.config, None, as_node="__copy__")
        return self._drive(None, {**forked, "recursion_limit": spec.MAX_STEPS})

    def _drive(self, payload, config) -> Outcome:
        control = RunControl()
        timer = None
        if self.timeout:
            timer = threading.Timer(self.timeout, control.request_drain, ("timeout",))
            timer.daemon = True
            timer.start()
        status = None
        try:
            for chunk in self.graph.stream(payload, config, stream_mode="checkpoints", durability=durability(), control=control):
                self._trace_checkpoint(chunk)
        except GraphRecursionError:
            status = "max_steps"
        except GraphDrained:
            status = "timeout"
        finally:
            if timer is not None:
                timer.cancel()
        snapshot = self.graph.get_state(self.config)
        values = dict(snapshot.values)
        if status is None and snapshot.interrupts:
            status = "paused"
            for item in snapshot.interrupts:
                request = item.value if isinstance(item.value, dict) else {}
                self.tracer.emit("approval", values.get("step", 0), None, {
                    "gen_ai.tool.name": str(request.get("tool", "")), "gen_ai.agent.name": str(request.get("agent", "")),
                    "osspec.approval.decision": "requested",
                })
        if status is None:
            status = values.get("status") or "completed"
        return Outcome(status, describe(self.session_id, status, values, snapshot), values)

    def _trace_checkpoint(self, chunk) -> None:
        if not isinstance(chunk, dict):
            return
        configurable = (chunk.get("config") or {}).get("configurable", {})
        metadata = chunk.get("metadata") or {}
        values = chunk.get("values") or {}
        self.tracer.emit("checkpoint", values.get("step", 0), None, {
            "osspec.checkpoint.id": str(configurable.get("checkpoint_id", "")),
            "osspec.checkpoint.step": metadata.get("step", 0),
            "osspec.checkpoint.source": str(metadata.get("source", "")),
            "osspec.checkpoint.next": ",".join(chunk.get("next") or []),
            "osspec.checkpoint.backend": "sqlite",
        })


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


def sweep_retention(saver) -> int:
    """Deletes every session whose newest checkpoint is older than `retention_days`."""
    days = (spec.CHECKPOINTS or {}).get("retention_days")
    if not days:
        return 0
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    newest: dict[str, datetime] = {}
    for item in saver.list(None):
        thread = item.config["configurable"]["thread_id"]
        try:
            stamp = datetime.fromisoformat(item.checkpoint["ts"])
        except (KeyError, ValueError):
            continue
        if thread not in newest or stamp > newest[thread]:
            newest[thread] = stamp
    old = [thread for thread, stamp in newest.items() if stamp < cutoff]
    for thread in old:
        saver.delete_thread(thread)
    return len(old)


def describe(session_id: str, status: str, values: dict, snapshot) -> str:
    step = values.get("step", 0)
    if status == "completed":
        return "Session '" + session_id + "' completed in " + str(step) + " steps: " + str(values.get("output", ""))
    if status == "paused":
        request = snapshot.interrupts[0].value if snapshot.interrupts else {}
        return (
            "Session '" + session_id + "' paused: tool '" + str(request.get("tool", "")) + "' of process '"
            + str(request.get("agent", "")) + "' needs a person's approval.\n"
            + "  Approve: " + spec.NAME + " approve --session " + session_id + "\n"
            + "  Deny:    " + spec.NAME + " deny --session " + session_id
        )
    if status == "max_steps":
        return "Session '" + session_id + "' stopped: max_steps reached (recursion_limit " + str(spec.MAX_STEPS) + ")."
    if status == "max_hops":
        return "Session '" + session_id + "' stopped: max_hops reached (" + str(values.get("hops", 0)) + " hops)."
    if status == "timeout":
        return "Session '" + session_id + "' stopped: timeout_seconds reached after " + str(step) + " steps."
    return "Session '" + session_id + "' failed: " + str(values.get("output", ""))
