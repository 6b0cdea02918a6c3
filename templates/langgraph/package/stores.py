"""Filesystem, as tools see it: a tool reaches only the store its `resource` names, in its own
session, and only for reading when its scope is `read`, as in the Swift target. The permission
scope is enforced here, not left to the tool's implementation."""

from __future__ import annotations

import copy

from langgraph.store.base import BaseStore, GetOp, ListNamespacesOp, MatchCondition, PutOp, SearchOp

from . import spec


class ToolStore(BaseStore):
    """A view of the runtime's store: every namespace a tool uses lies under
    `("tools", resource, session)`, and a `read` tool's writes (and deletes) are refused."""

    def __init__(self, base: BaseStore, tool_id: str, resource: str, session_id: str, read_only: bool):
        self._base = base
        self._tool = tool_id
        self._resource = resource
        self._prefix = ("tools", resource, session_id)
        self._read_only = read_only

    def _inside(self, namespace) -> tuple:
        return self._prefix + tuple(namespace)

    def _map(self, op):
        if isinstance(op, PutOp):
            if self._read_only:
                raise PermissionError("Tool '" + self._tool + "' has scope read: it cannot write to store '" + self._resource + "'.")
            return op._replace(namespace=self._inside(op.namespace))
        if isinstance(op, GetOp):
            return op._replace(namespace=self._inside(op.namespace))
        if isinstance(op, SearchOp):
            return op._replace(namespace_prefix=self._inside(op.namespace_prefix))
        if isinstance(op, ListNamespacesOp):
            conditions = tuple(
                condition._replace(path=self._inside(condition.path)) if condition.match_type == "prefix" else condition
                for condition in op.match_conditions or ())
            depth = None if op.max_depth is None else op.max_depth + len(self._prefix)
            return op._replace(match_conditions=(MatchCondition(match_type="prefix", path=self._prefix),) + conditions, max_depth=depth)
        raise TypeError("unknown store operation: " + type(op).__name__)

    def _outside(self, result):
        """The tool sees its namespaces as it wrote them, without the prefix."""
        if isinstance(result, list):
            return [self._outside(item) for item in result]
        if isinstance(result, tuple):
            return result[len(self._prefix):]
        if result is not None and hasattr(result, "namespace"):
            # A copy: a store may hand out the very objects it keeps (InMemoryStore does).
            result = copy.copy(result)
            result.namespace = tuple(result.namespace)[len(self._prefix):]
        return result

    def batch(self, ops):
        return [self._outside(result) for result in self._base.batch([self._map(op) for op in ops])]

    async def abatch(self, ops):
        return self.batch(ops)


def for_tool(base: BaseStore | None, tool_id: str, session_id: str) -> ToolStore | None:
    """The store `tool_id` may reach, or None when its resource is no store of the spec (none,
    or `external:`)."""
    tool = spec.TOOLS.get(tool_id) or {}
    resource = tool.get("resource")
    if base is None or resource is None or resource not in spec.STORES:
        return None
    return ToolStore(base, tool_id, resource, session_id, read_only=tool.get("scope") == "read")
