"""JSON-lines traces with the same event schema as osspec's Swift target.

One line per event of a kind `kernel.tracing.events` lists: `event`, `session_id`, `trace_id`,
`step`, `span_id`, `parent_span_id`, `timestamp`, `osspec.system`, plus OpenTelemetry GenAI
attribute names (`gen_ai.operation.name`, `gen_ai.request.model`, ...) and `osspec.*` ones.
String values are redacted per `tracing.redact` before they leave; a session outside
`sample_rate` is not exported (decided from its id, so the whole session or none).
As in the Swift target, the trace id is derived from the session id (one trace per session)
and span ids are 16 hex digits counting up from 1 per session (kept in the session's store, so
they go on counting across commands).
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from datetime import datetime, timezone

from . import spec

EVENT_KINDS = ("model_call", "tool_call", "handoff", "checkpoint", "approval", "denial")

_PATTERNS = {
    "pii": [r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", r"\+?[0-9][0-9 ().-]{7,}[0-9]"],
    "secrets": [r"\b(sk|pk|rk|ghp|gho|xoxb|xoxp|AKIA)[-_]?[A-Za-z0-9_-]{12,}", r"\b[A-Za-z0-9_-]{32,}\b"],
}
_MASK64 = (1 << 64) - 1


def redact(text: str, classes) -> str:
    """Masks e-mail addresses and phone numbers (`pii`) and API-key-like strings (`secrets`)."""
    for name in classes:
        for pattern in _PATTERNS.get(name, []):
            text = re.sub(pattern, "[REDACTED:" + name + "]", text)
    return text


def _fnv1a(data: bytes) -> int:
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & _MASK64
    return value


def is_sampled(session_id: str, rate: float) -> bool:
    if rate >= 1:
        return True
    if rate <= 0:
        return False
    return (_fnv1a(session_id.encode()) % 10000) / 10000 < rate


def trace_id(session_id: str) -> str:
    """32 hex digits derived from the session id, so all of a session's spans share a trace."""
    a = 0xCBF29CE484222325
    b = 0x84222325CBF29CE4
    for byte in session_id.encode():
        a = ((a ^ byte) * 0x100000001B3) & _MASK64
        b = (((b ^ byte) * 0x100000001B3) & _MASK64) ^ a
    return f"{a:016x}{b:016x}"


class SpanIds:
    """Span ids for one session: 1, 2, 3, ... in memory (a Tracer used on its own, tests)."""

    def __init__(self):
        self.last = 0

    def next(self) -> int:
        self.last += 1
        return self.last

    def save(self) -> None:
        pass


class StoredSpanIds(SpanIds):
    """Span ids for one session that go on counting across commands and processes: the last one
    is read from the session's store (namespace `("osspec", "spans")`, key the session id) when
    the first is needed, and written back by save() at the end of each command."""

    NAMESPACE = ("osspec", "spans")

    def __init__(self, store, session_id: str):
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.saved = None

    def next(self) -> int:
        if self.saved is None:
            item = self.store.get(self.NAMESPACE, self.session_id)
            self.last = self.saved = int(item.value.get("last", 0)) if item is not None else 0
        return super().next()

    def stored(self) -> bool:
        """Whether an earlier command of this session took span ids (every run takes some)."""
        return self.store.get(self.NAMESPACE, self.session_id) is not None

    def save(self) -> None:
        if self.saved is not None and self.last != self.saved:
            self.store.put(self.NAMESPACE, self.session_id, {"last": self.last})
            self.saved = self.last


# An OTLP export gives up after this many seconds in all (the exporter's retries included), so
# an unreachable collector delays the end of a command by about this much, never fails it.
OTLP_TIMEOUT_SECONDS = 1.0

OTLP_EXTRA_HINT = "exporter: otlp needs the OpenTelemetry SDK: pip install -e '.[otlp]' (or pass --trace FILE)"


def span_name(event: dict) -> str:
    """The OpenTelemetry span name of an event (GenAI semantic conventions where they have one)."""
    kind = event["event"]
    if kind == "model_call":
        return "chat " + str(event.get("gen_ai.request.model", ""))
    if kind == "tool_call":
        return "execute_tool " + str(event.get("gen_ai.tool.name", ""))
    if kind == "handoff":
        return "handoff " + str(event.get("gen_ai.agent.name", "")) + " -> " + str(event.get("osspec.handoff.to", ""))
    if kind == "checkpoint":
        return "checkpoint " + str(event.get("osspec.checkpoint.step", ""))
    return kind + " " + str(event.get("gen_ai.tool.name") or event.get("osspec.handoff.to") or "")


class OTLPSink:
    """`exporter: otlp` through the OpenTelemetry SDK (the `[otlp]` extra): a TracerProvider with
    a BatchSpanProcessor and the OTLP/HTTP (protobuf) span exporter, sending to
    `{endpoint}/v1/traces`. Each event becomes one span with the event's trace id, span id and
    parent span id, so the OTLP spans nest exactly as the JSON lines do; every other key of the
    event (already redacted) is a span attribute, and the session id is also
    `gen_ai.conversation.id`. `close()` flushes. Best effort: a failed export is logged by the
    SDK and never fails the run."""

    def __init__(self, endpoint: str, service_name: str = spec.NAME):
        try:
            from opentelemetry import context, trace
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace import TracerProvider
            from opentelemetry.sdk.trace.export import BatchSpanProcessor
            from opentelemetry.sdk.trace.id_generator import IdGenerator
        except ImportError as error:
            raise SystemExit(OTLP_EXTRA_HINT + " (" + str(error) + ")") from None

        class EventIds(IdGenerator):
            """Hands out the ids of the event being exported (set under the tracer's lock)."""

            trace_id = 0
            span_id = 0

            def generate_trace_id(self) -> int:
                return self.trace_id

            def generate_span_id(self) -> int:
                return self.span_id

        self.url = endpoint.rstrip("/") + "/v1/traces"
        self._trace = trace
        self._context = context
        self._ids = EventIds()
        # shutdown_on_exit: the batch is flushed at exit even when close() is never called.
        self.provider = TracerProvider(
            resource=Resource.create({"service.name": service_name}), id_generator=self._ids, shutdown_on_exit=True,
        )
        self.provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=self.url, timeout=OTLP_TIMEOUT_SECONDS)))
        self.tracer = self.provider.get_tracer("osspec-runtime")

    def send(self, event: dict) -> None:
        """Exports one event as a span (the caller holds the tracer's lock)."""
        trace = self._trace
        self._ids.trace_id = int(event["trace_id"], 16)
        self._ids.span_id = int(event["span_id"], 16)
        parent = self._context.Context()
        if event.get("parent_span_id"):
            parent = trace.set_span_in_context(trace.NonRecordingSpan(trace.SpanContext(
                trace_id=self._ids.trace_id, span_id=int(event["parent_span_id"], 16), is_remote=True,
                trace_flags=trace.TraceFlags(trace.TraceFlags.SAMPLED),
            )))
        attributes = {"gen_ai.conversation.id": event["session_id"]}
        for key, value in event.items():
            if key in ("trace_id", "span_id", "parent_span_id", "timestamp"):
                continue
            if isinstance(value, (str, bool, int, float)):
                attributes[key] = value
        kind = trace.SpanKind.CLIENT if event["event"] == "model_call" else trace.SpanKind.INTERNAL
        now = time.time_ns()
        span = self.tracer.start_span(span_name(event), context=parent, kind=kind, attributes=attributes, start_time=now)
        span.end(end_time=now)

    def close(self) -> None:
        """Flushes every pending span and stops the exporter (once)."""
        if self.provider is not None:
            self.provider.shutdown()
            self.provider = None


def is_spec_name(key: str, value) -> bool:
    """Whether an attribute holds a name the spec declares (a process, tool, model or provider),
    which is never redacted, as in the Swift target. A denied call's tool name or handoff
    target is the model's text, not the spec's, and is redacted like any other text."""
    if key in ("gen_ai.agent.name", "osspec.handoff.to"):
        return value in spec.PROCESSES
    if key == "gen_ai.tool.name":
        return value in spec.TOOLS
    if key == "gen_ai.request.model":
        return any(model["model"] == value for model in spec.MODELS.values())
    if key == "gen_ai.provider.name":
        return any(model["provider"] == value for model in spec.MODELS.values())
    if key == "osspec.checkpoint.next":
        # The nodes a checkpoint runs next: process ids and the tools node (graph.TOOLS_NODE,
        # not imported: graph imports this module).
        return all(part in spec.PROCESSES or part == "_tools" for part in str(value).split(","))
    return False


class Tracer:
    """Writes trace events to a sink: a file path, standard output ('-'), an OTLPSink, or a
    list (tests)."""

    def __init__(self, session_id: str, sink=None, events=None, redact_classes=None, sample_rate=None):
        self.session_id = session_id
        self.sink = sink
        self.events = set(spec.TRACING["events"] if events is None else events)
        self.redact_classes = list(spec.TRACING["redact"] if redact_classes is None else redact_classes)
        rate = spec.TRACING["sample_rate"] if sample_rate is None else sample_rate
        self.sampled = is_sampled(session_id, rate)
        self.spans = SpanIds()
        self._lock = threading.Lock()
        if isinstance(sink, str) and sink != "-":
            # A path that cannot be written fails here, before the session has run anything.
            with open(sink, "a", encoding="utf-8"):
                pass

    def close(self) -> None:
        """Flushes an exporter that batches (OTLP); a no-op for the other sinks."""
        if isinstance(self.sink, OTLPSink):
            self.sink.close()

    def emit(self, kind: str, step: int, parent: str | None = None, attributes: dict | None = None) -> str:
        """Emits an event (when its kind is traced and the session sampled); returns its span id.
        Every call takes the next span id, traced or not, as in the Swift target."""
        with self._lock:
            span = f"{self.spans.next():016x}"
        if kind not in self.events or not self.sampled:
            return span
        event = {
            "event": kind,
            "session_id": self.session_id,
            "trace_id": trace_id(self.session_id),
            "step": step,
            "span_id": span,
            "parent_span_id": parent or "",
            "timestamp": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "osspec.system": spec.NAME,
        }
        for key, value in (attributes or {}).items():
            # Ids (checkpoint and call ids) are ours, and the names are the spec's (processes,
            # tools, models), not user text: `gpt-4.1-2025-04-14` is no phone number.
            keep = key.endswith(".id") or key.endswith("_id") or is_spec_name(key, value)
            event[key] = redact(value, self.redact_classes) if isinstance(value, str) and not keep else value
        line = json.dumps(event, sort_keys=True, ensure_ascii=False)
        with self._lock:
            if isinstance(self.sink, list):
                self.sink.append(line)
            elif isinstance(self.sink, OTLPSink):
                self.sink.send(event)
            elif self.sink == "-":
                print(line, file=sys.stdout, flush=True)
            elif self.sink:
                with open(self.sink, "a", encoding="utf-8") as handle:
                    handle.write(line + "\n")
        return span
