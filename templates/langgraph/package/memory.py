"""RAM: a process's context, trimmed to its token budget, with evicted messages paged out.

The context is the process's prompt, the session input and the conversation so far, trimmed
from the oldest end with an approximate token counter. What does not fit is summarized,
offloaded or dropped per `ram.paging.evict`, and (unless dropped) written to the `ram.paging.to`
store as a LangGraph store namespace.
"""

from __future__ import annotations

from langchain_core.messages import HumanMessage, SystemMessage, trim_messages
from langchain_core.messages.utils import count_tokens_approximately

from . import spec


def budget(process_id: str) -> int | None:
    process = spec.PROCESSES[process_id]
    if process["budget_tokens"] is not None:
        return process["budget_tokens"]
    return spec.RAM["default_budget_tokens"] if spec.RAM else None


def assemble(process_id: str, user_input: str, messages: list, budget_tokens: int | None = None) -> tuple[list, list, int]:
    """(the context to send, the evicted messages, its approximate token count)."""
    process = spec.PROCESSES[process_id]
    prompt = process["prompt"] if process["prompt"] is not None else (process["description"] or "")
    context = [SystemMessage(content=prompt), HumanMessage(content=user_input)] + list(messages)
    limit = budget_tokens if budget_tokens is not None else budget(process_id)
    if limit is None:
        return context, [], count_tokens_approximately(context)
    kept = trim_messages(
        context, max_tokens=limit, strategy="last", token_counter=count_tokens_approximately,
        include_system=True, allow_partial=False,
    )
    # strategy="last" with include_system keeps the system prompt and a tail of the rest.
    tail = len(kept) - (1 if kept and isinstance(kept[0], SystemMessage) else 0)
    evicted = context[1 : len(context) - tail]
    return kept, evicted, count_tokens_approximately(kept)


def page_out(store, session_id: str, process_id: str, step: int, evicted: list) -> None:
    """Writes evicted context to the paging store, as `ram.paging.evict` says."""
    if not evicted or store is None or not spec.RAM or not spec.RAM["paging_store"]:
        return
    mode = spec.RAM["paging_evict"] or "drop"
    if mode == "drop":
        return
    texts = [str(message.content) for message in evicted]
    if mode == "summarize":
        value = {"summary": " | ".join(text[:80] for text in texts), "messages": len(texts)}
    else:
        value = {"messages": texts}
    namespace = ("paging", spec.RAM["paging_store"], session_id)
    store.put(namespace, f"{process_id}-{step:06d}", value)
