"""CPU: which model a process uses, the scripted offline model, real providers, and the
summaries of evicted context (`ram.paging.evict: summarize`) a process's model writes.

The router picks a process's model from its `model`, else the routing rule for its `task`,
else `default`; on a provider error the route's `fallback` answers. With no provider key set
(or OSSPEC_FAKE_MODEL=1) every model is the deterministic ScriptedChatModel, so a run needs no
network and exercises the whole reachable architecture.
"""

from __future__ import annotations

import contextvars
import os
import threading
from typing import Any, Callable

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from . import spec

HANDOFF_PREFIX = "transfer_to_"


def handoff_name(target: str) -> str:
    """The function a model calls to hand off to `target`: LangGraph's `transfer_to_<agent>`,
    or `_transfer_to_<agent>` when a declared tool already has that name (tool ids start with a
    letter, so this one cannot be taken)."""
    name = HANDOFF_PREFIX + target
    return "_" + name if name in spec.TOOLS else name


def handoff_target(name: str) -> str | None:
    """The process a called function hands off to, or None for a tool call: a declared tool is
    never a handoff, whatever its name."""
    if name in spec.TOOLS:
        return None
    for prefix in (HANDOFF_PREFIX, "_" + HANDOFF_PREFIX):
        if name.startswith(prefix):
            return name[len(prefix):]
    return None


SUMMARY_INSTRUCTIONS = (
    "Summarize the conversation excerpt below for an agent that can no longer see it. Keep facts, "
    "names, numbers, decisions and open questions; no preamble. At most {words} words."
)


def route(process_id: str) -> tuple[str | None, str | None]:
    """(primary model id, fallback model id) for a process."""
    process = spec.PROCESSES[process_id]
    if process["model"] is not None:
        return process["model"], None
    for rule in spec.ROUTES:
        if process["task"] is not None and process["task"] in rule["tasks"]:
            return rule["use"], rule["fallback"]
    return spec.DEFAULT_MODEL, None


class ScriptedChatModel(BaseChatModel):
    """The stub's script, the same as osspec's Swift target: a process calls each of its tools
    once, in order, then hands off to its first handoff target not yet visited; when all are
    visited it hands back to the process that handed off to it (if that handoff is allowed);
    otherwise it answers and the run ends. The script's state comes with each instance."""

    process_id: str
    tools_called: int = 0
    visited: list[str] = []
    return_to: str | None = None
    step: int = 0

    @property
    def _llm_type(self) -> str:
        return "osspec-scripted"

    def bind_tools(self, tools: Any, **kwargs: Any) -> "ScriptedChatModel":
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        process = spec.PROCESSES[self.process_id]
        call = None
        if self.tools_called < len(process["tools"]):
            tool = process["tools"][self.tools_called]
            call = {"name": tool, "args": {"input": "stub input for " + tool}}
        else:
            target = next((h for h in process["handoffs"] if h not in self.visited), None)
            if target is None and self.return_to is not None and self.return_to in process["handoffs"]:
                target = self.return_to
            if target is not None:
                call = {"name": handoff_name(target), "args": {}}
        if call is None:
            message = AIMessage(content="stub answer from " + self.process_id)
        else:
            # Unique in the session's conversation (the trimmed context's length is not).
            call["id"] = "call_" + str(self.step)
            call["type"] = "tool_call"
            message = AIMessage(content="", tool_calls=[call])
        message.usage_metadata = {"input_tokens": 0, "output_tokens": 8, "total_tokens": 8}
        return ChatResult(generations=[ChatGeneration(message=message)])


class ScriptedSummaryModel(BaseChatModel):
    """The offline summarizer, deterministic: from the excerpt it is asked to summarize (one
    line per message), each message's role and first words."""

    @property
    def _llm_type(self) -> str:
        return "osspec-scripted-summary"

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        lines = [line for line in str(messages[-1].content).split("\n") if line.strip()]
        clipped = [line if len(line) <= 60 else line[:57] + "..." for line in lines]
        message = AIMessage(content="Summary of " + str(len(lines)) + " earlier messages: " + " | ".join(clipped))
        message.usage_metadata = {"input_tokens": 0, "output_tokens": 8, "total_tokens": 8}
        return ChatResult(generations=[ChatGeneration(message=message)])


def text_of(message) -> str:
    """A message's text, whether its content is a string or a list of content blocks."""
    if isinstance(message.content, str):
        return message.content
    parts = [part.get("text", "") if isinstance(part, dict) else str(part) for part in message.content]
    return "".join(parts)


def transcript(messages: list) -> str:
    """One line per message: its role, then its text (or the tools it called)."""
    lines = []
    for message in messages:
        text = text_of(message) or ", ".join("called " + call["name"] for call in getattr(message, "tool_calls", None) or [])
        lines.append(message.type + ": " + " ".join(text.split()))
    return "\n".join(lines)


def summarize(model_id: str, evicted: list, words: int, failing: frozenset = frozenset(), seconds: float | None = None) -> str:
    """A summary of evicted context by a model: a short summarization prompt to a real provider
    (answering within `seconds`, see `within`), or the deterministic ScriptedSummaryModel offline."""
    if model_id in failing:
        raise RuntimeError("provider error from " + model_id)
    prompt = [SystemMessage(content=SUMMARY_INSTRUCTIONS.format(words=max(words, 10))), HumanMessage(content=transcript(evicted))]
    if uses_real_provider(model_id):
        return text_of(within(seconds, lambda: provider_model(model_id, seconds).invoke(prompt)))
    refuse_when_out_of_time(seconds, "a summary")
    return text_of(ScriptedSummaryModel().invoke(prompt))


class ModelTimeout(TimeoutError):
    """A model call that had no answer within what was left of the run's timeout_seconds."""


def refuse_when_out_of_time(seconds: float | None, what: str = "a model call") -> None:
    """ModelTimeout when nothing is left of `seconds` (None: no bound), before `what` starts."""
    if seconds is not None and seconds <= 0:
        raise ModelTimeout("no time left of timeout_seconds for " + what)


def within(seconds: float | None, call: Callable[[], Any]) -> Any:
    """`call()`, given at most `seconds` (None: as long as it takes), else ModelTimeout. A
    provider client's own timeout counts the time between bytes, and its retries start it
    again, so only this bounds the whole call. The call runs on a daemon thread, in this
    thread's context (LangChain's callbacks live there). One given up on is not stopped (Python
    cannot stop a thread): it ends when its client times out, after its retries, and it never
    holds the process's exit."""
    refuse_when_out_of_time(seconds)
    if seconds is None:
        return call()
    outcome = {}
    context = contextvars.copy_context()

    def run():
        try:
            outcome["value"] = context.run(call)
        except BaseException as error:  # re-raised in the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=run, name="osspec-model-call", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise ModelTimeout("no answer within " + format(seconds, "g") + " s, what was left of timeout_seconds")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def uses_real_provider(model_id: str) -> bool:
    """Whether a model is served by its provider: its key is set and OSSPEC_FAKE_MODEL is not 1."""
    if os.environ.get("OSSPEC_FAKE_MODEL") == "1":
        return False
    provider = spec.MODELS[model_id]["provider"].lower()
    if "anthropic" in provider:
        return bool(os.environ.get("ANTHROPIC_API_KEY"))
    if "openai" in provider:
        return bool(os.environ.get("OPENAI_API_KEY"))
    return False


def provider_model(model_id: str, seconds: float | None = None) -> BaseChatModel:
    """The LangChain chat model for a real provider (the [openai] or [anthropic] extra); each
    of its requests times out after `seconds` of silence (None: the client's default), so one
    given up on by `within` ends soon after."""
    definition = spec.MODELS[model_id]
    provider = definition["provider"].lower()
    arguments = {"model": definition["model"]}
    if seconds is not None:
        arguments["timeout"] = max(seconds, 0.001)
    if "anthropic" in provider:
        from langchain_anthropic import ChatAnthropic

        return ChatAnthropic(max_tokens=definition["max_output_tokens"] or 1024, **arguments)
    from langchain_openai import ChatOpenAI

    if definition["endpoint"]:
        arguments["base_url"] = definition["endpoint"]
    return ChatOpenAI(**arguments)


def tool_schemas(process_id: str) -> list[dict]:
    """What a real model is offered: the process's tools plus one transfer tool per handoff."""
    process = spec.PROCESSES[process_id]
    schemas = []
    for tool_id in process["tools"]:
        tool = spec.TOOLS[tool_id]
        schemas.append({
            "type": "function",
            "function": {
                "name": tool_id,
                "description": tool["description"] or tool_id,
                "parameters": {"type": "object", "properties": {"input": {"type": "string"}}},
            },
        })
    for target in process["handoffs"]:
        schemas.append({
            "type": "function",
            "function": {
                "name": handoff_name(target),
                "description": "Hand the conversation to " + target,
                "parameters": {"type": "object", "properties": {}},
            },
        })
    return schemas


def respond(process_id: str, model_id: str, messages: list, script: dict, failing: frozenset = frozenset(), seconds: float | None = None) -> AIMessage:
    """One model call, answered within `seconds` (what is left of timeout_seconds; None: no
    bound) or ModelTimeout. `failing` names models that must fail (tests of the fallback)."""
    if model_id in failing:
        raise RuntimeError("provider error from " + model_id)
    if uses_real_provider(model_id):
        # Made inside the bound too: the provider package's first import takes a while.
        return within(seconds, lambda: provider_model(model_id, seconds).bind_tools(tool_schemas(process_id)).invoke(messages))
    refuse_when_out_of_time(seconds)
    return ScriptedChatModel(process_id=process_id, **script).invoke(messages)
