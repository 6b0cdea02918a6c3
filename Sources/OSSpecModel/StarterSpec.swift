/// The spec `osspec init` writes: every row filled with a small but complete system (a
/// coordinator that hands research to a retrieval agent), each row explained in OS terms. It
/// lints with no finding at all, so a team starts from green and edits toward its own system.
public enum StarterSpec {
    /// The file name `osspec init` writes when given none.
    public static let defaultFileName = "osspec.yaml"

    /// The system's name when none is given: `X` for a file `X.osspec.yaml` (or `.yml`) when X
    /// is an identifier, else `my-system`.
    public static func defaultName(forPath path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".osspec.yaml", ".osspec.yml"] where file.hasSuffix(suffix) {
            let stem = String(file.dropLast(suffix.count))
            if Identifier.isValid(stem) { return stem }
        }
        return "my-system"
    }

    /// The starter spec for a system called `name` (an identifier: see `Identifier.isValid`).
    public static func text(name: String) -> String {
        """
        # The OS spec of \(name) (osspec format 1): the architecture of an LLM agent system as
        # the seven rows of an operating system. Replace the starter values with your own; a row
        # you cannot fill means the system is not ready to build. Check it with `osspec lint`.
        osspec: 1
        name: \(name)
        description: A coordinator answers questions and hands research to a retrieval agent.

        # CPU: the models, and which task runs on which. Route heavy reasoning to a large model
        # and routine work to a small one, as a scheduler assigns work to cores.
        cpu:
          default: small
          models:
            large: { provider: anthropic, model: claude-sonnet-4-5, context_window: 200000, max_output_tokens: 8000 }
            small: { provider: anthropic, model: claude-haiku-4-5, context_window: 200000, max_output_tokens: 4000 }
          routing:
            - when: { task: [coordinate] }
              use: large
              fallback: small

        # RAM: the context window. No process gets unlimited RAM: each has a token budget, and
        # what does not fit is paged out (summarized into a store) instead of kept forever.
        ram:
          policy: relevant-only
          default_budget_tokens: 16000
          prompt_cache: { enabled: true, scope: kernel }
          paging: { evict: summarize, to: memory }

        # Filesystem: state that outlives the context window. Stores hold documents and
        # embeddings; checkpoints save the run after every step so a failed session resumes.
        filesystem:
          stores:
            memory: { kind: document, backend: postgres }
            docs: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
          checkpoints: { backend: postgres, every: node, retention_days: 14 }

        # Processes: the agents. Each one runs a task (or pins a model), has a context budget,
        # and may call only the tools it lists: no process gets root.
        processes:
          coordinator:
            description: Plans the answer and delegates research
            task: coordinate
            context: [current_turn, plan]
            tools: []
            handoffs: [researcher]
          researcher:
            description: Finds the passages that answer the question
            task: research
            budget_tokens: 8000
            context: [current_turn]
            tools: [search_docs]

        # IPC: tool calls (system calls) and handoffs between agents. Every tool has a scope and
        # the resource it touches; write, execute and admin tools deserve human approval.
        ipc:
          tools:
            search_docs: { scope: read, resource: docs, description: Search the document index }

        # Kernel: the orchestration layer. It starts every session at the entry process, bounds
        # every run, and is instrumented: every event is traced so any session can be replayed.
        kernel:
          orchestrator: langgraph
          entry: coordinator
          limits: { max_steps: 20, timeout_seconds: 120 }
          tracing:
            enabled: true
            exporter: otlp
            events: [model_call, tool_call, handoff, checkpoint]
            redact: [pii, secrets]

        # User space: the application people use, and how sessions are kept apart, as
        # processes get address spaces of their own.
        user_space:
          app: \(name)
          interface: chat
          isolation: per-session
          concurrency: 10
          slo: { p99_latency_ms: 2000, availability: 0.999 }

        """
    }
}
