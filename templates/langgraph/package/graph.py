"""Processes and IPC: one LangGraph node per process, and one `tools` node.

Routing is only through `Command`, and every handoff passes our own check of the process's
`handoffs` and `ipc.handoffs.max_hops` first: LangGraph silently ignores a `goto` to an
unknown node, and `destinations=` is never enforced. A tool call outside the process's
allowlist is refused and traced as a denial. Tools with `approval: human` are gated by
`interrupt()`: the tools node collects every approval before it runs anything, because
LangGraph reruns a node from the top when it resumes.
"""

from __future__ import annotations

import importlib.util
import operator
import os
import time
from dataclasses import dataclass, field
from typing import Annotated, Any, TypedDict

from langchain_core.messages import AnyMessage, ToolMessage
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.types import Command, interrupt

from . import memory, models, spec, stores
from .tracing import Tracer

# Process ids start with a letter, so this name can never clash with one.
TOOLS_NODE = "_tools"


class OSState(TypedDict, total=False):
    """A session's state: plain JSON values and messages only, so checkpoints stay portable."""

    messages: Annotated[list[AnyMessage], add_messages]
    input: str
    current: str
    step: int
    hops: int
    tools_called: dict
    visited: list
    return_stack: list
    pending: list
    parent_span: str
    denials: Annotated[list, operator.add]
    status: str
    output: str


@dataclass
class Runtime:
    """What nodes need that is not state: never checkpointed."""

    tracer: Tracer
    session_id: str
    store: Any = None
    failing_models: frozenset = field(default_factory=frozenset)
    budget_override: int | None = None
    # Set by the runner for each command with timeout_seconds: when its time is up (a
    # time.monotonic() value), and the RunControl that drains the run.
    deadline: float | None = None
    control: Any = None

    def seconds_left(self) -> float | None:
        """What a model call may take: what is left of timeout_seconds (None: no bound)."""
        return None if self.deadline is None else self.deadline - time.monotonic()


def node_name(process_id: str) -> str:
    """A process's node: its id."""
    return process_id


def load_tool(tool_id: str):
    """The user's implementation in tools/<id>.py, loaded by file path (ids may contain '-')."""
    path = os.path.join(os.path.dirname(__file__), "tools", tool_id + ".py")
    if not os.path.exists(path):
        return None
    module_spec = importlib.util.spec_from_file_location("_osspec_tool_" + str(abs(hash(tool_id))), path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return getattr(module, "run", None)


def make_process_node(process_id: str, runtime: Runtime):
    process = spec.PROCESSES[process_id]

    def process_node(state: OSState) -> Command:
        # max_steps bounds the session, as in the Swift target: LangGraph's recursion_limit
        # counts the steps of one command only (an approval's resume starts it again).
        if state.get("step", 0) >= spec.MAX_STEPS:
            return Command(goto=END, update={"status": "max_steps"})
        step = state.get("step", 0) + 1
        tracer = runtime.tracer
        history = state.get("messages", [])
        primary, fallback = models.route(process_id)
        if primary is None:
            return Command(goto=END, update={"step": step, "status": "failed", "output": "no model for process " + process_id})
        summarize = summarizer(step, primary, fallback) if memory.paging_mode() == "summarize" else None
        try:
            assembled = memory.assemble(process_id, state.get("input", ""), history, runtime.budget_override, summarize)
        except models.ModelTimeout:  # a summary ran out of time: nothing stored, nothing paged
            return drain()
        context, evicted, tokens = assembled.messages, assembled.evicted, assembled.tokens
        memory.page_out(runtime.store, runtime.session_id, process_id, step, evicted)
        return_stack = state.get("return_stack", [])
        script = {
            "tools_called": state.get("tools_called", {}).get(process_id, 0),
            "visited": state.get("visited", []),
            "return_to": return_stack[-1] if return_stack else None,
            "step": step,
        }
        chosen = primary
        try:
            try:
                answer = models.respond(process_id, primary, context, script, runtime.failing_models, runtime.seconds_left())
            except Exception as error:  # a provider error: the route's fallback answers
                if isinstance(error, models.ModelTimeout) or fallback is None:
                    raise
                chosen = fallback
                answer = models.respond(process_id, fallback, context, script, runtime.failing_models, runtime.seconds_left())
        except Exception as error:
            if runtime.control is not None and (isinstance(error, models.ModelTimeout) or out_of_time()):
                return drain()
            return Command(goto=END, update={"step": step, "status": "failed", "output": str(error)})
        definition = spec.MODELS[chosen]
        usage = answer.usage_metadata or {}
        span = tracer.emit("model_call", step, None, {
            "gen_ai.operation.name": "chat", "gen_ai.provider.name": definition["provider"],
            "gen_ai.request.model": definition["model"], "gen_ai.agent.name": process_id,
            "gen_ai.usage.input_tokens": tokens, "gen_ai.usage.output_tokens": usage.get("output_tokens", 0),
            "osspec.context.evicted": len(evicted),
        })
        answer.name = process_id
        calls = list(answer.tool_calls or [])
        handoffs = [call for call in calls if models.handoff_target(call["name"]) is not None]
        if handoffs:
            return handoff(state, step, answer, handoffs[0], span)
        if calls:
            pending = [{"id": call["id"], "tool": call["name"], "args": call.get("args", {})} for call in calls]
            return Command(goto=TOOLS_NODE, update={"step": step, "messages": [answer], "pending": pending, "parent_span": span})
        return Command(goto=END, update={"step": step, "messages": [answer], "status": "completed", "output": str(answer.content)})

    def drain() -> Command:
        """Out of time (a model call or a summary ran out of what was left of timeout_seconds):
        as in the Swift target, status timeout, not failed, and no fallback (it would have no
        time either). The step is not counted: the run drains with this process next, so a
        replay from the newest checkpoint runs it again (context paged out stays paged out)."""
        runtime.control.request_drain("timeout")
        return Command(goto=node_name(process_id))

    def out_of_time() -> bool:
        left = runtime.seconds_left()
        return left is not None and left <= 0

    def summarizer(step: int, primary: str, fallback: str | None):
        """`summarize(evicted)` for memory.assemble: the paging store's summary of these
        messages, else a new one by the routed model (its fallback on a provider error; a
        clipped join of the messages when both fail), traced as a model call."""
        words = max((runtime.budget_override or memory.budget(process_id) or 400) // 16, 10)

        def write(evicted: list) -> str:
            for model_id in (primary, fallback):
                if model_id is None:
                    continue
                try:
                    summary = models.summarize(model_id, evicted, words, runtime.failing_models, runtime.seconds_left())
                except models.ModelTimeout:
                    raise  # no time left for the fallback either; nothing is stored
                except Exception:
                    continue
                definition = spec.MODELS[model_id]
                runtime.tracer.emit("model_call", step, None, {
                    "gen_ai.operation.name": "chat", "gen_ai.provider.name": definition["provider"],
                    "gen_ai.request.model": definition["model"], "gen_ai.agent.name": process_id,
                    "gen_ai.usage.input_tokens": memory.count_tokens_approximately(evicted),
                    "gen_ai.usage.output_tokens": max(1, len(summary) // 4),
                    "osspec.purpose": "summarize",
                })
                return summary
            return " | ".join(str(message.content)[:80] for message in evicted)

        return lambda evicted: memory.stored_summary(runtime.store, runtime.session_id, process_id, evicted, write)

    def handoff(state: OSState, step: int, answer, call: dict, span: str) -> Command:
        target = models.handoff_target(call["name"])
        tracer = runtime.tracer
        hops = state.get("hops", 0)
        # The answer's other calls are not run: the process leaves. Each is answered (a
        # provider rejects a conversation with an unanswered call) and traced as refused.
        unanswered, refused_calls = [], []
        for other in answer.tool_calls or []:
            if other["id"] == call["id"]:
                continue
            tracer.emit("denial", step, span, {
                "gen_ai.tool.name": other["name"], "gen_ai.agent.name": process_id, "gen_ai.tool.call.id": other["id"],
                "osspec.denial.reason": "not run: the same answer hands off to " + str(target),
            })
            unanswered.append(ToolMessage(
                content=other["name"] + ": not run, the same answer hands off to " + str(target), tool_call_id=other["id"], status="error"))
            refused_calls.append({"kind": "tool", "agent": process_id, "tool": other["name"]})
        if target not in process["handoffs"] or target not in spec.PROCESSES:
            tracer.emit("denial", step, span, {
                "gen_ai.agent.name": process_id, "osspec.handoff.to": target, "osspec.denial.reason": "handoff not allowed",
            })
            refused = ToolMessage(content="handoff to " + target + " refused", tool_call_id=call["id"], status="error")
            return Command(goto=END, update={
                "step": step, "messages": [answer, refused] + unanswered, "status": "failed",
                "output": "handoff from '" + process_id + "' to '" + target + "' is not allowed",
                "denials": [{"kind": "handoff", "from": process_id, "to": target}] + refused_calls,
            })
        if spec.MAX_HOPS is not None and hops >= spec.MAX_HOPS:
            # The call is answered, so the conversation stays valid for a provider in a later run.
            stopped = ToolMessage(content="handoff to " + target + " refused: max_hops reached", tool_call_id=call["id"], status="error")
            return Command(goto=END, update={
                "step": step, "messages": [answer, stopped] + unanswered, "status": "max_hops", "denials": refused_calls,
            })
        hops += 1
        tracer.emit("handoff", step, span, {
            "gen_ai.agent.name": process_id, "osspec.handoff.to": target, "osspec.handoff.hops": hops,
        })
        return_stack = list(state.get("return_stack", []))
        if return_stack and return_stack[-1] == target:
            return_stack.pop()
        else:
            return_stack.append(process_id)
        visited = list(state.get("visited", []))
        if target not in visited:
            visited.append(target)
        done = ToolMessage(content="handed off to " + target, tool_call_id=call["id"])
        return Command(goto=node_name(target), update={
            "step": step, "messages": [answer, done] + unanswered, "current": target, "hops": hops,
            "return_stack": return_stack, "visited": visited, "denials": refused_calls,
        })

    return process_node


DECIDED = ("osspec", "decided")


def decided_key(checkpoint_id: str, call_id: str) -> str:
    """A decision's mark: the pause's checkpoint and the call. A replay from before the pause
    pauses again at a new checkpoint, so its decision is a new one."""
    return str(checkpoint_id) + "/" + str(call_id)


def mark_decided(runtime: Runtime, decision, call_id: str) -> None:
    if runtime.store is None or not isinstance(decision, dict):
        return
    approved = bool(decision.get("approved"))
    runtime.store.put(DECIDED + (runtime.session_id,), decided_key(decision.get("checkpoint", ""), call_id), {"approved": approved})


def is_decided(store, session_id: str, checkpoint_id: str, call_id: str) -> bool:
    return store is not None and store.get(DECIDED + (session_id,), decided_key(checkpoint_id, call_id)) is not None


def make_tools_node(runtime: Runtime):
    def tools_node(state: OSState) -> Command:
        process_id = state["current"]
        allowed = spec.PROCESSES[process_id]["tools"]
        pending = state.get("pending", [])
        # Every approval first: interrupt() reruns this node from the top on resume, so nothing
        # with a side effect (a tool, a trace line) may come before the last interrupt.
        decisions = {}
        for call in pending:
            tool = spec.TOOLS.get(call["tool"])
            if call["tool"] in allowed and tool is not None and tool["needs_approval"]:
                decisions[call["id"]] = interrupt({
                    "kind": "approval", "agent": process_id, "tool": call["tool"], "args": call["args"], "tool_call_id": call["id"],
                })
        # Every decision is recorded before any tool runs: a command that dies after this (with
        # `every: turn` or `session` nothing is saved until the run stops) leaves the pause as
        # the newest checkpoint, and a second approve must not run the tool again.
        for call_id, decision in decisions.items():
            mark_decided(runtime, decision, call_id)
        # The calls belong to the process step whose model made them, as in the Swift target:
        # a tool call is not a step of its own, so max_steps allows the same work in both.
        step = state.get("step", 0)
        tracer = runtime.tracer
        parent = state.get("parent_span")
        tools_called = dict(state.get("tools_called", {}))
        messages, denials = [], []
        for call in pending:
            tool_id = call["tool"]
            tool = spec.TOOLS.get(tool_id)
            if tool_id not in allowed or tool is None:
                tracer.emit("denial", step, parent, {
                    "gen_ai.tool.name": tool_id, "gen_ai.agent.name": process_id,
                    "osspec.denial.reason": "tool not in the process's allowlist",
                })
                messages.append(ToolMessage(content=tool_id + ": refused, not allowed for " + process_id, tool_call_id=call["id"], status="error"))
                denials.append({"kind": "tool", "agent": process_id, "tool": tool_id})
                continue
            tools_called[process_id] = tools_called.get(process_id, 0) + 1
            call_parent = parent
            if call["id"] in decisions:
                decision = decisions[call["id"]] if isinstance(decisions[call["id"]], dict) else {"approved": bool(decisions[call["id"]])}
                approved = bool(decision.get("approved"))
                # As in the Swift target, the decision and what follows from it are top-level
                # spans: the run resumes in another command, after the model call's span ended.
                call_parent = None
                tracer.emit("approval", step, call_parent, {
                    "gen_ai.tool.name": tool_id, "gen_ai.agent.name": process_id, "gen_ai.tool.call.id": call["id"],
                    "osspec.approval.decision": "approved" if approved else "denied",
                    "osspec.approved_by": str(decision.get("by", "")), "osspec.checkpoint.id": str(decision.get("checkpoint", "")),
                })
                if not approved:
                    tracer.emit("denial", step, call_parent, {
                        "gen_ai.tool.name": tool_id, "gen_ai.agent.name": process_id, "osspec.denial.reason": "denied by a person",
                    })
                    messages.append(ToolMessage(content=tool_id + ": denied by a person", tool_call_id=call["id"], status="error"))
                    denials.append({"kind": "approval", "agent": process_id, "tool": tool_id})
                    continue
            implementation = load_tool(tool_id)
            try:
                store = stores.for_tool(runtime.store, tool_id, runtime.session_id)
                result = implementation(call["args"], agent=process_id, store=store) if implementation else tool_id + ": no implementation"
            except Exception as error:
                result = tool_id + ": failed: " + str(error)
            tracer.emit("tool_call", step, call_parent, {
                "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": tool_id, "gen_ai.tool.call.id": call["id"],
                "gen_ai.tool.type": "function", "gen_ai.agent.name": process_id,
                "osspec.tool.scope": tool["scope"] or "", "osspec.tool.approval": tool["approval"],
            })
            messages.append(ToolMessage(content=str(result), tool_call_id=call["id"]))
        return Command(goto=node_name(process_id), update={
            "step": step, "messages": messages, "pending": [], "tools_called": tools_called, "denials": denials,
        })

    return tools_node


def build_graph(runtime: Runtime, checkpointer, store=None):
    """The compiled graph. Always compiled with a checkpointer: without one an interrupt can
    never be resumed."""
    builder = StateGraph(OSState)
    for process_id, process in spec.PROCESSES.items():
        destinations = tuple(node_name(h) for h in process["handoffs"]) + (TOOLS_NODE, END)
        builder.add_node(node_name(process_id), make_process_node(process_id, runtime), destinations=destinations)
    builder.add_node(TOOLS_NODE, make_tools_node(runtime), destinations=tuple(node_name(p) for p in spec.PROCESSES))
    builder.add_edge(START, node_name(spec.ENTRY))
    return builder.compile(checkpointer=checkpointer, store=store, name=spec.NAME)
