"""RAM: a process's context, trimmed to its token budget, with evicted messages paged out.

The context is the process's prompt, the session input and the conversation so far, trimmed
from the oldest end with an approximate token counter. Tool calls and their results are kept
only in pairs (providers reject a result without its call, and a call without its results). What does not fit is handled per
`ram.paging.evict` and written to the `ram.paging.to` store as a LangGraph store namespace
`("paging", store, session)`:
- `drop`: forgotten;
- `offload`: the evicted messages are written to the store, one item per step;
- `summarize`: the process's routed model writes a summary of the evicted messages; the summary
  is written to the store (item `<process>-summary`, reused while the evicted messages stay the
  same) and kept in the context, inside the system message, within the budget: a quarter of the
  budget is set aside for it, and it is cut to fit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage, trim_messages
from langchain_core.messages.utils import count_tokens_approximately

from . import spec

SUMMARY_HEADER = "Summary of the earlier conversation (paged out to stay within the token budget):\n"


@dataclass
class Assembled:
    """What a process's model sees for one call."""

    messages: list
    evicted: list
    tokens: int
    summary: str | None = None


def budget(process_id: str) -> int | None:
    process = spec.PROCESSES[process_id]
    if process["budget_tokens"] is not None:
        return process["budget_tokens"]
    return spec.RAM["default_budget_tokens"] if spec.RAM else None


def paging_mode() -> str:
    """`ram.paging.evict`, or `drop` when there is nowhere to page to."""
    if not spec.RAM or not spec.RAM["paging_store"]:
        return "drop"
    return spec.RAM["paging_evict"] or "drop"


def namespace(session_id: str) -> tuple:
    """The LangGraph store namespace evicted context of a session goes to."""
    return ("paging", spec.RAM["paging_store"], session_id)


# The id of the input's clipped end among the evicted messages: it is evicted again at every
# step (the input is read anew), so it is paged once, under a key of its own.
CLIPPED_INPUT = "osspec-clipped-input"


def _pinned(prompt: str, user_input: str, limit: int) -> tuple[list, list]:
    """The system prompt and the session input: always sent, never evicted (without the input
    the model loses its task, and a conversation must not start with an assistant turn). When
    they alone pass the budget they are clipped, the input first, so the budget still holds;
    the input's clipped end is returned as evicted context, to be paged like the rest."""
    texts = [prompt, user_input]

    def messages() -> list:
        return [SystemMessage(content=texts[0]), HumanMessage(content=texts[1])]

    for index in (1, 0):
        while texts[index] and count_tokens_approximately(messages()) > limit:
            over = count_tokens_approximately(messages()) - limit
            texts[index] = texts[index][: max(0, len(texts[index]) - max(over * 4, 1))]
    clipped = user_input[len(texts[1]):]
    return messages(), [HumanMessage(content=clipped, id=CLIPPED_INPUT)] if clipped else []


def _trim(pinned: list, rest: list, limit: int) -> tuple[list, list]:
    """(what is kept, what is evicted) within `limit` tokens: the pinned prompt and input, then
    the newest of `rest` that fit, with tool calls and their results kept only in pairs.
    `trim_messages(strategy="last")` can keep a tool result whose call it cut off, so unpaired
    messages move to the evicted part."""
    room = limit - count_tokens_approximately(pinned)
    tail = trim_messages(
        rest, max_tokens=room, strategy="last", token_counter=count_tokens_approximately, allow_partial=False,
    ) if room > 0 and rest else []
    return _paired(pinned, rest, len(rest) - len(tail))


def _paired(system: list, rest: list, first_kept: int) -> tuple[list, list]:
    """Keeps `rest[first_kept:]` (after `system`) less unpaired tool messages, and evicts the
    rest, in order."""
    keep = [index >= first_kept for index in range(len(rest))]
    for index in unpaired_tool_messages([message if keep[i] else None for i, message in enumerate(rest)]):
        keep[index] = False
    kept = system + [message for index, message in enumerate(rest) if keep[index]]
    return kept, [message for index, message in enumerate(rest) if not keep[index]]


def unpaired_tool_messages(messages: list) -> set[int]:
    """Indexes of the messages a provider would reject (None entries are skipped): a tool
    result whose call is not in an earlier AI message, and an AI message with a tool call that
    no later tool result answers (OpenAI and Anthropic reject both). Dropping one can unpair
    another, so it repeats until nothing changes."""
    dropped: set[int] = set()
    while True:
        asked, answered, found = set(), set(), set()
        for index, message in enumerate(messages):
            if message is None or index in dropped:
                continue
            if isinstance(message, ToolMessage):
                if message.tool_call_id in asked:
                    answered.add(message.tool_call_id)
                else:
                    found.add(index)
            elif isinstance(message, AIMessage):
                asked.update(call["id"] for call in message.tool_calls or [])
        for index, message in enumerate(messages):
            if message is None or index in dropped or not isinstance(message, AIMessage):
                continue
            if any(call["id"] not in answered for call in message.tool_calls or []):
                found.add(index)
        if not found:
            return dropped
        dropped |= found


def assemble(process_id: str, user_input: str, messages: list, budget_tokens: int | None = None, summarize=None) -> Assembled:
    """The context to send. `summarize(evicted) -> str`, when given, is asked for a summary of
    what does not fit, which is then kept in the system message."""
    process = spec.PROCESSES[process_id]
    prompt = process["prompt"] if process["prompt"] is not None else (process["description"] or "")
    rest = list(messages)
    limit = budget_tokens if budget_tokens is not None else budget(process_id)
    if limit is None:
        kept, evicted = _paired([SystemMessage(content=prompt), HumanMessage(content=user_input)], rest, 0)
        return Assembled(kept, evicted, count_tokens_approximately(kept))
    pinned, clipped = _pinned(prompt, user_input, limit)
    kept, evicted = _trim(pinned, rest, limit)
    evicted = clipped + evicted
    if not evicted or summarize is None:
        return Assembled(kept, evicted, count_tokens_approximately(kept))
    # Set a quarter of the budget aside for the summary; the rest keeps the newest messages.
    pinned, clipped = _pinned(prompt, user_input, limit - max(limit // 4, 1))
    kept, evicted = _trim(pinned, rest, limit - max(limit // 4, 1))
    evicted = clipped + evicted
    summary = summarize(evicted)
    with_summary = _fit_summary(kept, summary, limit)
    if with_summary is None:
        return Assembled(kept, evicted, count_tokens_approximately(kept))
    return Assembled(with_summary[0], evicted, count_tokens_approximately(with_summary[0]), with_summary[1])


def _fit_summary(kept: list, summary: str, limit: int):
    """(messages with the summary in the system message, the summary as kept), cut to fit the
    budget; None when not even a little of it fits."""
    has_system = bool(kept) and isinstance(kept[0], SystemMessage)
    prompt = str(kept[0].content) if has_system else ""
    rest = kept[1:] if has_system else kept
    text = summary.strip()
    while text:
        system = SystemMessage(content=(prompt + "\n\n" if prompt else "") + SUMMARY_HEADER + text)
        candidate = [system] + rest
        over = count_tokens_approximately(candidate) - limit
        if over <= 0:
            return candidate, text
        text = text[: max(0, len(text) - over * 4 - 4)].rstrip()
    return None


def digest(messages: list) -> str:
    """Identifies a run of evicted messages (their ids and text), to reuse a stored summary."""
    hasher = hashlib.sha256()
    for message in messages:
        hasher.update((str(message.id or "") + "\x00" + message.type + "\x00" + str(message.content) + "\x00").encode())
    return hasher.hexdigest()


def stored_summary(store, session_id: str, process_id: str, evicted: list, write) -> str:
    """The summary of `evicted` from the paging store, or a new one from `write(evicted)`,
    written to the store."""
    key = process_id + "-summary"
    fingerprint = digest(evicted)
    if store is not None:
        item = store.get(namespace(session_id), key)
        if item is not None and item.value.get("digest") == fingerprint:
            return item.value["summary"]
    summary = write(evicted)
    if store is not None:
        store.put(namespace(session_id), key, {"summary": summary, "messages": len(evicted), "digest": fingerprint})
    return summary


def page_out(store, session_id: str, process_id: str, step: int, evicted: list) -> None:
    """`offload`: writes the evicted messages to the paging store (`summarize` writes its
    summary in stored_summary; `drop` keeps nothing)."""
    if not evicted or store is None or paging_mode() != "offload":
        return
    for message in evicted:
        if message.id == CLIPPED_INPUT:
            store.put(namespace(session_id), process_id + "-input", {"messages": [str(message.content)]})
    paged = [str(message.content) for message in evicted if message.id != CLIPPED_INPUT]
    if paged:
        store.put(namespace(session_id), f"{process_id}-{step:06d}", {"messages": paged})
