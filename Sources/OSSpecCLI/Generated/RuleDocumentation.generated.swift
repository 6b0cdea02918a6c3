// Generated from docs/rules/*.md by RuleDocumentationTests (OSSPEC_UPDATE_GOLDENS=1 swift test).
// Do not edit: edit the Markdown, then regenerate; the test fails while the two differ.

enum RuleDocumentation {
    static let pages: [String: String] = [
        "admin-without-approval": ##"""
            # admin-without-approval

            Category: `permissions` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A tool with scope admin runs without human approval (approval none or not given).

            ## What it checks

            A tool in `ipc.tools` with `scope: admin` whose `approval` is `none` or not given (`none` is
            the default). The finding is at the `approval` value when it is written, else at the scope.

            ## Why

            No process gets root on its own say-so. An `admin` tool acts with rights over the whole
            system, and an agent decides to call it from text it was given, which may hold injected
            instructions; with `approval: human` each call waits for a person. A paused run must then be
            resumable, so the spec also needs checkpoints
            ([`approval-without-checkpoints`](approval-without-checkpoints.md)), and the `approval` event
            must be traced ([`tracing-events-incomplete`](tracing-events-incomplete.md)).

            ## Failing example

            [`fires-approval-none.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/admin-without-approval/fires-approval-none.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33, line 53); the rows it leaves alone are not shown:

            ```yaml
            # The admin tool 'unlock_account' says approval: none.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, unlock_account]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                unlock_account: { scope: admin, approval: none, justification: Only an admin can unlock a customer account, description: Unlock a locked account }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            53:47: error: Admin tool 'unlock_account' runs without human approval. [admin-without-approval]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/admin-without-approval/`](../../Tests/OSSpecKitTests/Rules/Fixtures/admin-without-approval/), linted by the test suite.

            `fires-approval-missing.yaml`: The admin tool 'unlock_account' gives no approval, which means none.

            The support-desk spec with this change (line 33, line 53):

            ```yaml
                tools: [search_kb, unlock_account]
            # ...
                unlock_account: { scope: admin, justification: Only an admin can unlock a customer account, description: Unlock a locked account }
            ```

            ```
            53:30: error: Admin tool 'unlock_account' runs without human approval. [admin-without-approval]
            ```

            `fires-multibyte.yaml`: The admin tool's approval: none comes after accented text and an emoji.

            The support-desk spec with this change (line 33, line 53):

            ```yaml
                tools: [search_kb, unlock_account]
            # ...
                unlock_account: { scope: admin, justification: Seul un admin peut déverrouiller un compte ☕, approval: none, description: Unlock a locked account }
            ```

            ```
            53:108: error: Admin tool 'unlock_account' runs without human approval. [admin-without-approval]
            ```

            ## Passing example

            [`quiet-human-approval.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/admin-without-approval/quiet-human-approval.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33, line 53); the rows it leaves alone are not shown:

            ```yaml
            # The admin tool 'unlock_account' runs only when a person approves each call.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, unlock_account]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                unlock_account: { scope: admin, approval: human, justification: Only an admin can unlock a customer account, description: Unlock a locked account }
            ```

            ## How to fix

            Set `approval: human` on the tool. If no person can approve each call, the tool should not be
            `admin`: narrow it to what the agent needs.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {admin-without-approval: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line admin-without-approval -- reason` on the line before it; `# osspec:disable admin-without-approval -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "admin-without-justification": ##"""
            # admin-without-justification

            Category: `permissions` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A tool with scope admin has no justification saying why root is needed.

            ## What it checks

            A tool in `ipc.tools` with `scope: admin` and no `justification`. The finding is at the
            scope. A justification that is empty or a placeholder (`TODO`) is reported by
            [`empty-value`](empty-value.md) or [`placeholder-value`](placeholder-value.md), and counts as
            missing here too.

            ## Why

            An `admin` tool is root: it acts with rights over the whole system (unlock accounts, change
            roles, delete data). Root needs a reason on record, like a comment on a sudoers entry: writing
            it makes the author ask whether a narrower scope (`write` to one store, `execute` of one
            command) would do, and it tells the person who approves each call what they are approving.

            ## Failing example

            [`fires-no-justification.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/admin-without-justification/fires-no-justification.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33, line 53); the rows it leaves alone are not shown:

            ```yaml
            # The admin tool 'unlock_account' does not say why it needs root.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, unlock_account]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                unlock_account: { scope: admin, approval: human, description: Unlock a locked account }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            53:30: error: Tool 'unlock_account' has scope admin but no justification. [admin-without-justification]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/admin-without-justification/`](../../Tests/OSSpecKitTests/Rules/Fixtures/admin-without-justification/), linted by the test suite.

            `fires-bare-admin.yaml`: An admin tool with neither justification nor approval: both admin rules fire.

            Both admin rules report the same scope: [`admin-without-approval`](admin-without-approval.md) as well as this one.

            The support-desk spec with this change (line 33, line 53):

            ```yaml
                tools: [search_kb, unlock_account]
            # ...
                unlock_account: { scope: admin, description: Unlock a locked account }
            ```

            ```
            53:30: error: Admin tool 'unlock_account' runs without human approval. [admin-without-approval]
            53:30: error: Tool 'unlock_account' has scope admin but no justification. [admin-without-justification]
            ```

            `fires-multibyte.yaml`: The admin scope comes after accented text and an emoji; there is no justification.

            The support-desk spec with this change (line 33, line 53):

            ```yaml
                tools: [search_kb, unlock_account]
            # ...
                unlock_account: { description: Déverrouille un compte client ☕, scope: admin, approval: human }
            ```

            ```
            53:76: error: Tool 'unlock_account' has scope admin but no justification. [admin-without-justification]
            ```

            ## Passing example

            [`quiet-justified.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/admin-without-justification/quiet-justified.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33, line 53); the rows it leaves alone are not shown:

            ```yaml
            # The admin tool 'unlock_account' says why it needs root, and needs approval.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, unlock_account]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                unlock_account: { scope: admin, approval: human, justification: Only an admin can unlock a customer account, description: Unlock a locked account }
            ```

            ## How to fix

            Add `justification:` saying why the tool needs root, or narrow its scope to `write` or
            `execute` if it does not.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {admin-without-justification: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line admin-without-justification -- reason` on the line before it; `# osspec:disable admin-without-justification -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "alias-expansion-limit": ##"""
            # alias-expansion-limit

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            Aliases would expand the document past the budget (a billion-laughs guard).

            ## What it checks

            YAML anchors (`&name`) and aliases (`*name`) reuse a node. osspec resolves them, but first
            counts the nodes the document would hold with every alias expanded, without expanding
            anything. If that count is over the budget, max(100,000, 10 × the nodes as written), osspec
            reports it at the alias that stands for the most nodes (the first such alias) and does not read
            the file further.

            ## Why

            This is the "billion laughs" attack: each level repeats the one before ten times, so a file of
            under 1 KB expands to more than a billion nodes. A loader that expands aliases naively
            exhausts memory or CPU; this has taken down real services (for example CVE-2019-11253, in the
            Kubernetes API server). A linter that runs in CI on pull requests must not be stopped by one
            file. osspec decides in milliseconds.

            ## Failing example

            [`fires-billion-laughs.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/alias-expansion-limit/fires-billion-laughs.yaml):

            ```yaml
            # A 'billion laughs': each level repeats the one before ten times.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            x-lol:
              a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
              b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
              c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
              d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
              e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
              f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
              g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
              h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
              i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            37:10: error: Expanding its aliases would turn this document of 175 nodes into 1234567975 nodes, past the budget of 100000; this alias alone stands for 111111111 nodes. [alias-expansion-limit]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/alias-expansion-limit/`](../../Tests/OSSpecKitTests/Rules/Fixtures/alias-expansion-limit/), linted by the test suite.

            `fires-multibyte.yaml`: The largest alias comes after an emoji on its line.

            The minimal spec with this change (lines 28–38):

            ```yaml
            x-lol:
              a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
              b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
              c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
              d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
              e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
              f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
              g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
              h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
              i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
              j: { rire: "😂 très drôle", all: *i }
            ```

            ```
            38:35: error: Expanding its aliases would turn this document of 181 nodes into 2345679091 nodes, past the budget of 100000; this alias alone stands for 1111111111 nodes. [alias-expansion-limit]
            ```

            ## Passing example

            [`quiet-shared-limits.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/alias-expansion-limit/quiet-shared-limits.yaml):

            ```yaml
            # An anchor reused once: ordinary YAML reuse, far below the budget.
            osspec: 1
            x-defaults:
              limits: &limits { max_steps: 5, timeout_seconds: 30 }
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: *limits
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Write the values out, or reuse fewer, smaller anchors. Ordinary reuse, such as one shared
            `limits` mapping, is far below the budget (see the passing example). If a trusted spec really
            needs more, raise the floor of the budget with `osspec lint --max-alias-nodes N` (the budget is
            then max(N, 10 × the nodes as written)).

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `alias-expansion-limit` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "approval-without-checkpoints": ##"""
            # approval-without-checkpoints

            Category: `filesystem` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A tool needs human approval but there are no checkpoints: a paused run cannot be resumed.

            ## What it checks

            A tool in `ipc.tools` has `approval: human`, and there are no `filesystem.checkpoints`:
            either `filesystem` has no `checkpoints`, or it is `n/a`. There is one finding, at the
            `filesystem` key; the message names the first such tool, and the `approval` of each (up to
            8) is a related location. In this case [`missing-checkpoints`](missing-checkpoints.md), the
            warning for a spec without checkpoints, stays quiet: this error says it.

            ## Why

            A tool that needs human approval pauses the run until a person answers, minutes or days
            later. The run cannot wait in memory that long: a deployment, a crash or the kernel's
            timeout ends it. Checkpoints save the paused run so that it resumes where it stopped once
            the approval arrives; without them, the approval comes back to a run that no longer exists.
            A `filesystem` declared `n/a` ("stateless") contradicts the approval: a paused run is state
            that must be kept.

            ## Failing example

            [`fires-no-checkpoints.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/approval-without-checkpoints/fires-no-checkpoints.yaml):

            ```yaml
            # The support-desk spec without its checkpoints; 'issue_refund' needs human approval.
            osspec: 1
            name: support-desk
            description: >-
              A customer support chat. A triage agent reads the ticket, answers from the
              knowledge base where it can, and hands refund requests to a refunds agent,
              which issues a refund only after a support lead approves it.

            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large

            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }

            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }

            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
                prompt: |
                  You are the first line of a customer support desk. Read the ticket, answer
                  from the knowledge base when it covers the question, and hand refund
                  requests to the refunds agent with the order number.
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
                prompt: |
                  You handle refund requests. Refund only orders placed in the last 30 days,
                  for at most the amount paid, and say why when a request is outside policy.
                  A support lead approves every refund before it is sent.

            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }

            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [pii, secrets]

            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            23:1: error: Tool 'issue_refund' needs human approval, but there are no checkpoints to resume the paused run from. [approval-without-checkpoints]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/approval-without-checkpoints/`](../../Tests/OSSpecKitTests/Rules/Fixtures/approval-without-checkpoints/), linted by the test suite.

            `fires-filesystem-not-applicable.yaml`: filesystem is n/a, but 'send_reply' needs human approval.

            The minimal spec with this change (lines 16–19, line 27):

            ```yaml
                tools: [send_reply]
            ipc:
              tools:
                send_reply: { scope: write, resource: external:mail, approval: human, description: Sends the reply by email }
            # ...
                events: [model_call, tool_call, approval]
            ```

            ```
            11:1: error: Tool 'send_reply' needs human approval, but there are no checkpoints to resume the paused run from. [approval-without-checkpoints]
            ```

            `fires-multibyte.yaml`: The spec as one flow mapping; 'filesystem', after an emoji on its line, is n/a, and 'send_reply' needs approval.

            The whole file:

            ```yaml
            # The spec as one flow mapping; 'filesystem', after an emoji on its line, is n/a, and 'send_reply' needs approval.
            {
              osspec: 1, name: minimal,
              cpu: { default: main, models: { main: { provider: stub, model: echo, context_window: 8192 } } },
              ram: { policy: sliding-window, default_budget_tokens: 4096 },
              x-note: "état ☕", filesystem: "n/a: stateless, nothing is kept between runs",
              processes: { assistant: { description: Answers the user's message in a single reply, task: answer, tools: [send_reply] } },
              ipc: { tools: { send_reply: { scope: write, resource: "external:mail", approval: human, description: Sends the reply by email } } },
              kernel: { orchestrator: swift, entry: assistant, limits: { max_steps: 5, timeout_seconds: 30 },
                tracing: { enabled: true, exporter: stdout, events: [model_call, tool_call, approval], redact: [secrets] } },
              user_space: "n/a: embedded as a library call"
            }
            ```

            ```
            6:21: error: Tool 'send_reply' needs human approval, but there are no checkpoints to resume the paused run from. [approval-without-checkpoints]
            ```

            ## Passing example

            [`quiet-support-desk.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/approval-without-checkpoints/quiet-support-desk.yaml):

            ```yaml
            # The support-desk spec: the refund approval waits in a checkpoint.
            osspec: 1
            name: support-desk
            description: >-
              A customer support chat. A triage agent reads the ticket, answers from the
              knowledge base where it can, and hands refund requests to a refunds agent,
              which issues a refund only after a support lead approves it.

            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large

            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }

            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }

            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
                prompt: |
                  You are the first line of a customer support desk. Read the ticket, answer
                  from the knowledge base when it covers the question, and hand refund
                  requests to the refunds agent with the order number.
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
                prompt: |
                  You handle refund requests. Refund only orders placed in the last 30 days,
                  for at most the amount paid, and say why when a request is outside policy.
                  A support lead approves every refund before it is sent.

            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }

            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [pii, secrets]

            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            With `filesystem` written out only for its checkpoints
            ([`quiet-checkpoints.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/approval-without-checkpoints/quiet-checkpoints.yaml)):

            ```yaml
            filesystem:
              stores: {}
              checkpoints: { backend: sqlite, every: node }
            ```

            ## How to fix

            Add `checkpoints` under `filesystem`, with `every: node` (or `turn`) so that the run resumes
            at the approval ([`session-checkpoints-with-approval`](session-checkpoints-with-approval.md)).
            When `filesystem` is `n/a`, write the row out; `stores` is required, and may be empty. Then
            add `checkpoint` to `tracing.events`
            ([`tracing-events-incomplete`](tracing-events-incomplete.md) asks for it).

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {approval-without-checkpoints: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line approval-without-checkpoints -- reason` on the line before it; `# osspec:disable approval-without-checkpoints -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "binary-file": ##"""
            # binary-file

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            The file contains NUL bytes: it is not a text file.

            ## What it checks

            The file contains a NUL byte (`00`), which never appears in YAML text. osspec reports the
            first one, before it checks UTF-8 or parses anything, so a binary file gets one clear finding
            instead of a cascade of syntax errors. A UTF-16 or UTF-32 file without a byte order mark
            (mostly NUL bytes between ASCII letters) is reported here too.

            ## Why

            `osspec lint DIR` picks files by name, and a file passed on the command line may be anything:
            an image, an archive, a compiled file, or a spec saved by a tool in UTF-16. Parsing such a
            file as YAML gives meaningless errors; saying "not a text file" tells you what happened.

            ## Failing example

            [`fires-png.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/binary-file/fires-png.yaml) holds the first 20 bytes of a PNG image:

            ```
            89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52 00 00 00 10
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            3:1: error: Not a text file: it contains a NUL byte. [binary-file]
            ```

            The line and column count the line breaks and characters before the NUL byte, so in a real
            binary file (as here) they say little; in a text file with one stray NUL they point at it.

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/binary-file/`](../../Tests/OSSpecKitTests/Rules/Fixtures/binary-file/), linted by the test suite.

            `fires-multibyte.yaml`: A NUL byte inside a line of text, after an accented letter and an emoji. Line 14 is

            ```yaml
                description: Répond ☕\0 à l'utilisateur
            ```

            where `\0` stands for the byte `00`. The column counts characters: `é` and `☕` count as
            one column each.

            ```
            14:26: error: Not a text file: it contains a NUL byte. [binary-file]
            ```

            ## Passing example

            [`quiet-text.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/binary-file/quiet-text.yaml):

            ```yaml
            # The minimal spec: plain UTF-8 text, no NUL byte.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Lint the YAML source of the spec. If the file is text in UTF-16 or UTF-32, save it as UTF-8.
            If one NUL byte slipped into a text file (a bad copy, a broken editor plugin), delete it, for
            example with `tr -d '\000' < in.yaml > out.yaml`.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `binary-file` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "budget-exceeds-window": ##"""
            # budget-exceeds-window

            Category: `ram` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A process's context budget is larger than its model's context_window minus max_output_tokens.

            ## What it checks

            A process's context budget is larger than the part of its model's window that is left for
            context. For each process:

            - the budget is its own `budget_tokens`, else `ram.default_budget_tokens`;
            - the model is the one its `model` pins, else the `use` of the first route that lists its
              `task`, else `cpu.default`;
            - the usable window is the model's `context_window` minus its `max_output_tokens` (0 when
              absent).

            The message names the model, how it was chosen, and the numbers. The finding is at
            `budget_tokens` when the process sets its own budget; when it inherits the default, it is at
            the process key, with the default budget as a related location, since the fix may be for
            that one process (its own, smaller `budget_tokens`) or for all (a lower default). The
            model's declaration is a related location too. A model that is not declared is reported by
            `unknown-model`, and this rule skips the process.

            A model whose `max_output_tokens` is at least its `context_window` leaves no room for any
            context at all. That is one finding, at `max_output_tokens`, whether or not a process runs on
            the model; the processes on that model get no finding of their own, since the one fix (a
            smaller reservation, or the right window) is for all of them.

            This rule checks the model a process normally runs on, and it is an error. A route's
            `fallback` is checked by [`fallback-window-too-small`](fallback-window-too-small.md), as a
            warning: a fallback only serves when the primary fails, so a fallback that is too small
            breaks the system in a degraded mode, not in normal operation.

            ## Why

            No process gets unlimited RAM, and none is promised RAM that does not exist. The budget is
            how much context the orchestrator lets a process hold before it evicts; the window is how
            much the model accepts, and the output comes out of the same window. A process allowed
            10,000 tokens on a model with 8,192 fills its context to a size the model rejects: the call
            fails mid-session with a context-length error, or the provider silently truncates the
            oldest context, which is the eviction the policy was meant to control.

            ## Failing example

            [`fires-default-budget.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/budget-exceeds-window/fires-default-budget.yaml):

            ```yaml
            # ram.default_budget_tokens is 10000; 'assistant' inherits it and runs on the 8192-token default model.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 10000
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            13:3: error: Process 'assistant' has a budget of 10000 tokens (ram.default_budget_tokens), but its model 'main' (cpu.default) leaves 8192 (context_window 8192, no max_output_tokens reserved). [budget-exceeds-window]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/budget-exceeds-window/`](../../Tests/OSSpecKitTests/Rules/Fixtures/budget-exceeds-window/), linted by the test suite.

            `fires-own-budget.yaml`: 'assistant' sets budget_tokens 12000; its model is cpu.default, with an 8192-token window.

            The minimal spec with this change (line 16):

            ```yaml
                budget_tokens: 12000
            ```

            ```
            16:20: error: Process 'assistant' has a budget of 12000 tokens, but its model 'main' (cpu.default) leaves 8192 (context_window 8192, no max_output_tokens reserved). [budget-exceeds-window]
            ```

            `fires-pinned-model.yaml`: 'assistant' pins model 'small', which leaves 3072 tokens, less than the default budget.

            The minimal spec with this change (line 8, line 17):

            ```yaml
                small: { provider: stub, model: echo-small, context_window: 4096, max_output_tokens: 1024 }
            # ...
                model: small
            ```

            ```
            14:3: error: Process 'assistant' has a budget of 4096 tokens (ram.default_budget_tokens), but its model 'small' (pinned by its 'model') leaves 3072 (context_window 4096 - max_output_tokens 1024). [budget-exceeds-window]
            ```

            `fires-routed-model.yaml`: Task 'answer' is routed to model 'small', which leaves 3072 tokens, less than the default budget.

            The minimal spec with this change (lines 8–11):

            ```yaml
                small: { provider: stub, model: echo-small, context_window: 4096, max_output_tokens: 1024 }
              routing:
                - when: { task: [answer] }
                  use: small
            ```

            ```
            17:3: error: Process 'assistant' has a budget of 4096 tokens (ram.default_budget_tokens), but its model 'small' (routed by its task) leaves 3072 (context_window 4096 - max_output_tokens 1024). [budget-exceeds-window]
            ```

            `fires-multibyte.yaml`: 'budget_tokens: 12000', after accented text and an emoji on its line.

            The minimal spec with this change (line 13):

            ```yaml
              assistant: { description: "Répond au message ☕", task: answer, budget_tokens: 12000, tools: [] }
            ```

            ```
            13:81: error: Process 'assistant' has a budget of 12000 tokens, but its model 'main' (cpu.default) leaves 8192 (context_window 8192, no max_output_tokens reserved). [budget-exceeds-window]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/budget-exceeds-window/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: the 4096-token default budget fits the 8192-token window.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            A process routed to a small model is quiet when its own budget fits that model's usable
            window
            ([`quiet-routed-fits.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/budget-exceeds-window/quiet-routed-fits.yaml)).
            A budget that fits the route's model but not its fallback is quiet here and a warning of
            `fallback-window-too-small`
            ([`quiet-small-fallback.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/budget-exceeds-window/quiet-small-fallback.yaml)).

            ## How to fix

            Lower the budget to at most the usable window given in the hint: the process's own
            `budget_tokens`, or `ram.default_budget_tokens` when it inherits that; a process that needs
            less than the others can also get its own smaller `budget_tokens`. Or run the process on a
            model with a larger window: pin one with `model:`, or route its task to one.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {budget-exceeds-window: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line budget-exceeds-window -- reason` on the line before it; `# osspec:disable budget-exceeds-window -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "duplicate-key": ##"""
            # duplicate-key

            Category: `schema` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            A mapping has the same key twice; YAML tools disagree on which value wins.

            ## What it checks

            A mapping has the same key twice. The finding is at the second key; the first is given as a
            related location ("'task' is first defined here"). Unlike the other loader findings, this one
            does not stop the check: osspec goes on with the first value and reports everything else.

            ## Why

            YAML requires keys to be unique, but parsers disagree on what to do when they are not:
            PyYAML and many others silently keep the last value, osspec keeps the first, strict parsers
            refuse the file. The same spec would then route `assistant` to different tasks in osspec and in
            a generated project. Duplicates are a typical result of a merge that kept both sides.

            ## Failing example

            [`fires-process-key.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/duplicate-key/fires-process-key.yaml):

            ```yaml
            # 'task' is written twice in process 'assistant'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                task: reply
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            16:5: error: Duplicate key 'task'; it is already defined at line 15, column 5. [duplicate-key]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/duplicate-key/`](../../Tests/OSSpecKitTests/Rules/Fixtures/duplicate-key/), linted by the test suite.

            `fires-multibyte.yaml`: 'model' is written twice in a flow mapping, after an emoji.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: stub, model: "écho ☕", model: echo, context_window: 8192 }
            ```

            ```
            7:46: error: Duplicate key 'model'; it is already defined at line 7, column 29. [duplicate-key]
            ```

            ## Passing example

            [`quiet-one-task.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/duplicate-key/quiet-one-task.yaml):

            ```yaml
            # The minimal spec: each key once.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Remove one of the two keys, keeping the value you mean.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {duplicate-key: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line duplicate-key -- reason` on the line before it; `# osspec:disable duplicate-key -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "duplicate-route": ##"""
            # duplicate-route

            Category: `cpu` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A task appears in more than one route; only the first would ever be used.

            ## What it checks

            A task is listed in more than one route of `cpu.routing`. The finding is at the task in the
            second route (and in every later one), with the first as a related location ("'answer' is
            first routed here").

            A task listed twice in the same route (`tasks: [answer, answer]`) is reported too, with its own
            message ("listed twice in the same route") and the hint to remove the second one.

            ## Why

            Routing is the CPU's scheduler: which task runs on which model. Only the first route that
            lists a task is ever used, so a second one is dead configuration, and usually a mistake:
            someone added a route to move a task to another model, and it never takes effect, while
            everyone reading the spec believes it does.

            ## Failing example

            [`fires-two-routes.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/duplicate-route/fires-two-routes.yaml):

            ```yaml
            # Task 'answer' is in two routes, to 'main' and to 'small'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
                small: { provider: stub, model: echo-small, context_window: 4096, max_output_tokens: 1024 }
              routing:
                - when: { task: [answer] }
                  use: main
                - when: { task: [answer] }
                  use: small
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            12:22: error: Task 'answer' is routed twice; only the first route is used. [duplicate-route]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/duplicate-route/`](../../Tests/OSSpecKitTests/Rules/Fixtures/duplicate-route/), linted by the test suite.

            `fires-multibyte.yaml`: The second route for 'answer' is in flow style, after an accented note and an emoji.

            The minimal spec with this change (lines 8–12):

            ```yaml
                small: { provider: stub, model: echo-small, context_window: 4096, max_output_tokens: 1024 }
              routing:
                - when: { task: [answer] }
                  use: main
                - { x-note: "doublon ☕", when: { task: [answer] }, use: small }
            ```

            ```
            12:45: error: Task 'answer' is routed twice; only the first route is used. [duplicate-route]
            ```

            ## Passing example

            [`quiet-one-route.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/duplicate-route/quiet-one-route.yaml):

            ```yaml
            # Task 'answer' is routed once.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
                small: { provider: stub, model: echo-small, context_window: 4096, max_output_tokens: 1024 }
              routing:
                - when: { task: [answer] }
                  use: main
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Remove the task from one of the routes, keeping the route whose `use` (and `fallback`) you
            mean.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {duplicate-route: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line duplicate-route -- reason` on the line before it; `# osspec:disable duplicate-route -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "empty-file": ##"""
            # empty-file

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            The file holds no YAML document.

            ## What it checks

            The file holds no YAML document: it is empty, or holds only whitespace, comments, or a bare
            `---`. The finding is at 1:1.

            A document that is only a value, such as `~` or `"text"`, is a document: osspec reports it as
            [`wrong-type`](wrong-type.md) ("A spec is a mapping of the seven rows").

            ## Why

            An empty spec is a file that was created and never filled in, or one truncated by a failed
            write or merge. Passing it would say that a system with none of the seven rows of its OS table
            filled in is fine.

            ## Failing example

            [`fires-empty.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-file/fires-empty.yaml) is an empty file (0 bytes).

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            1:1: error: The file holds no YAML document; a spec needs at least `osspec: 1` and the seven rows. [empty-file]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/empty-file/`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-file/), linted by the test suite.

            `fires-comments-only.yaml`: comments and nothing else:

            ```yaml
            # support-desk spec
            # TODO: write it
            ```

            ```
            1:1: error: The file holds no YAML document; a spec needs at least `osspec: 1` and the seven rows. [empty-file]
            ```

            `fires-document-marker.yaml`: a document start marker and nothing else:

            ```yaml
            ---
            ```

            ```
            1:1: error: The file holds no YAML document; a spec needs at least `osspec: 1` and the seven rows. [empty-file]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-file/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: one document with the seven rows.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Fill it in: start from [`specs/minimal.osspec.yaml`](../../specs/minimal.osspec.yaml). If the
            file is not meant to be a spec, rename it so that it does not match `*.osspec.yaml`.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `empty-file` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "empty-row": ##"""
            # empty-row

            Category: `completeness` · Default severity: `error` · Raised by the spec decoder

            A row is present but empty.

            ## What it checks

            A row is written but holds nothing: `filesystem:` with no value, `null`, `~`, or `{}`. The
            finding is at the row's key.

            ## Why

            An empty row looks filled in at a glance but says nothing: it is a missing row that hides. The
            same OS lesson applies as for [`missing-row`](missing-row.md): every row is either designed or
            declared not applicable, with a reason.

            ## Failing example

            [`fires-null.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-row/fires-null.yaml):

            ```yaml
            # 'filesystem:' with nothing after it.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem:
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            11:1: error: Row 'filesystem' is empty. [empty-row]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/empty-row/`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-row/), linted by the test suite.

            `fires-empty-mapping.yaml`: 'user_space: {}'.

            The minimal spec with this change (line 27):

            ```yaml
            user_space: {}
            ```

            ```
            27:1: error: Row 'user_space' is empty. [empty-row]
            ```

            ## Passing example

            [`quiet-not-applicable.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-row/quiet-not-applicable.yaml):

            ```yaml
            # The minimal spec: rows that do not apply say why.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Fill in the row's keys, or, for `ram`, `filesystem`, `ipc` and `user_space`, write
            `row: "n/a: <reason>"` as in the passing example.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {empty-row: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line empty-row -- reason` on the line before it; `# osspec:disable empty-row -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "empty-value": ##"""
            # empty-value

            Category: `completeness` · Default severity: `error` · Raised by the spec decoder

            A key is written with no value (null or an empty string or list).

            ## What it checks

            A key is written without a value: nothing after the `:`, `null` or `~` (the finding is at the
            key), a string of only spaces or `""` (at the value), or an empty list or mapping where at
            least one item is needed (`cpu.models: {}`, a route's `when.task: []`). Optional keys are
            checked too: remove an optional key rather than leave it empty.

            ## Why

            An empty value is a placeholder by another name: the spec looks complete and is not. A
            process without a description is an agent nobody can review.

            ## Failing example

            [`fires-null-description.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-value/fires-null-description.yaml):

            ```yaml
            # 'description:' with nothing after it.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description:
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            14:5: error: No value is given for the description of process 'assistant'. [empty-value]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/empty-value/`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-value/), linted by the test suite.

            `fires-empty-string.yaml`: An empty quoted description.

            The minimal spec with this change (line 14):

            ```yaml
                description: ""
            ```

            ```
            14:18: error: The description of process 'assistant' is an empty string. [empty-value]
            ```

            `fires-multibyte.yaml`: 'context_window:' with no value, after an emoji.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: stub, model: "écho ☕", context_window: }
            ```

            ```
            7:46: error: No value is given for the context window of model 'main'. [empty-value]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/empty-value/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: every required key has a value.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Write the value, or remove the key if it is optional.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {empty-value: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line empty-value -- reason` on the line before it; `# osspec:disable empty-value -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "fallback-window-too-small": ##"""
            # fallback-window-too-small

            Category: `cpu` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            A route's fallback model cannot hold the context budgets of the processes routed to it.

            ## What it checks

            For each route with a `fallback`: the largest context budget among the processes routed
            through it is larger than the fallback's usable window (`context_window` minus
            `max_output_tokens`). The processes routed through a route are those whose `task` it is the
            first to list and that do not pin a `model`; a process's budget is its own `budget_tokens`,
            else `ram.default_budget_tokens`. There is one finding per route, at the `fallback` value,
            naming the process with the largest budget; that process is a related location.

            The split with [`budget-exceeds-window`](budget-exceeds-window.md): that rule checks the
            model a process normally runs on (the route's `use`), as an error. A route's fallback is
            checked here, as a warning, because a fallback only serves when the primary fails: a
            fallback that is too small breaks the system in a degraded mode, not in normal operation.

            ## Why

            A fallback is the spare CPU: it takes over when the route's model is down, overloaded or
            rate-limited. If its window cannot hold the context the processes carry, every call to it
            fails with a context-length error, during exactly the outage it was meant to absorb. Normal
            operation never exercises the fallback, so nothing shows the problem before that outage.

            ## Failing example

            [`fires-default-budget.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/fallback-window-too-small/fires-default-budget.yaml):

            ```yaml
            # Task 'answer' runs on 'large' and falls back to 'small', which cannot hold the 16000-token default budget.
            osspec: 1
            name: minimal
            cpu:
              models:
                large: { provider: stub, model: echo-large, context_window: 32768, max_output_tokens: 4096 }
                small: { provider: stub, model: echo-small, context_window: 8192, max_output_tokens: 1024 }
              routing:
                - when: { task: [answer] }
                  use: large
                  fallback: small
            ram:
              policy: sliding-window
              default_budget_tokens: 16000
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            11:17: warning: Fallback 'small' leaves 7168 tokens for context, less than the 16000-token budget of process 'assistant' routed to it; the fallback would fail when it is needed. [fallback-window-too-small]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/fallback-window-too-small/`](../../Tests/OSSpecKitTests/Rules/Fixtures/fallback-window-too-small/), linted by the test suite.

            `fires-heaviest-process.yaml`: Two processes on the route; 'researcher' has the largest budget, more than the fallback holds.

            [`fires-default-budget.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/fallback-window-too-small/fires-default-budget.yaml) with this change (line 14, lines 20–25, line 35):

            ```yaml
              default_budget_tokens: 4096
            # ...
                tools: []
                handoffs: [researcher]
              researcher:
                description: Looks up the facts the answer needs
                task: answer
                budget_tokens: 12000
            # ...
                events: [model_call, handoff]
            ```

            ```
            11:17: warning: Fallback 'small' leaves 7168 tokens for context, less than the 12000-token budget of process 'researcher' routed to it; the fallback would fail when it is needed. [fallback-window-too-small]
            ```

            `fires-multibyte.yaml`: The route for task 'réponse' is in flow style; its fallback comes after the accented task.

            [`fires-default-budget.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/fallback-window-too-small/fires-default-budget.yaml) with this change (line 9, line 17):

            ```yaml
                - { when: { task: [réponse] }, use: large, fallback: small }
            # ...
                task: réponse
            ```

            ```
            9:58: warning: Fallback 'small' leaves 7168 tokens for context, less than the 16000-token budget of process 'assistant' routed to it; the fallback would fail when it is needed. [fallback-window-too-small]
            ```

            ## Passing example

            [`quiet-fallback-fits.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/fallback-window-too-small/quiet-fallback-fits.yaml):

            ```yaml
            # The 6000-token default budget fits both the route's model and its fallback.
            osspec: 1
            name: minimal
            cpu:
              models:
                large: { provider: stub, model: echo-large, context_window: 32768, max_output_tokens: 4096 }
                small: { provider: stub, model: echo-small, context_window: 8192, max_output_tokens: 1024 }
              routing:
                - when: { task: [answer] }
                  use: large
                  fallback: small
            ram:
              policy: sliding-window
              default_budget_tokens: 6000
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            A route without a fallback is quiet: when its model fails, the run fails
            ([`quiet-no-fallback.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/fallback-window-too-small/quiet-no-fallback.yaml)).
            That can be the right choice: the InterviewLM spec routes scoring to its large model with no
            fallback, so that a score never comes silently from a weaker model.

            ## How to fix

            Choose a fallback whose usable window holds the largest budget on the route, or lower the
            budgets of the processes routed through it (their own `budget_tokens`, or the default). If
            no model can serve as a fallback, remove the `fallback` and let the run fail and be resumed
            from its last checkpoint.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {fallback-window-too-small: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line fallback-window-too-small -- reason` on the line before it; `# osspec:disable fallback-window-too-small -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "file-too-large": ##"""
            # file-too-large

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            The file is larger than the size limit (32 MiB by default).

            ## What it checks

            The file is larger than the size limit: 32 MiB (33,554,432 bytes) by default,
            `--max-file-size BYTES` on the command line. The finding is at 1:1 and the file is not
            parsed. When osspec lints a file on disk, it looks at the file's size before reading it, so an
            oversized file costs no memory.

            ## Why

            A spec is a few kilobytes; the largest real ones are tens of kilobytes. A file of tens of
            megabytes is a mistake (a log, a data dump, generated output named `*.osspec.yaml`) or an
            attempt to exhaust the memory of a CI runner that lints pull requests. The limit keeps
            osspec's time and memory bounded whatever it is given.

            ## Failing example

            A 32 MiB fixture would be absurd, so the test lints a small file with a small limit:
            [`fires-over-limit.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/file-too-large/fires-over-limit.yaml) is the minimal spec
            (711 bytes), linted with the limit in
            [`fires-over-limit.limits`](../../Tests/OSSpecKitTests/Rules/Fixtures/file-too-large/fires-over-limit.limits):

            ```
            maxFileBytes=512
            ```

            On the command line this is `osspec lint --max-file-size 512 fires-over-limit.yaml`.

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            1:1: error: File is 711 bytes, larger than the limit of 512 bytes. [file-too-large]
            ```

            For a file, the command line checks the size before reading it, so the file's bytes are never
            held in memory. Standard input has no size to check: it is read until past the limit and no
            further, and the message says how much was read, as a lower bound
            (`cat ops.osspec.yaml | osspec lint --max-file-size 512 -` gives `File is 711 bytes or more,
            larger than the limit of 512 bytes.` when the pipe delivered 711 bytes in its first reads).

            ## Passing example

            [`quiet-at-limit.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/file-too-large/quiet-at-limit.yaml), the minimal spec, linted with a limit of
            exactly its size ([`quiet-at-limit.limits`](../../Tests/OSSpecKitTests/Rules/Fixtures/file-too-large/quiet-at-limit.limits)): a file
            as large as the limit is accepted.

            ## How to fix

            Check that the file is the spec you meant. Split a genuinely large spec, or move bulk data
            (long prompts, examples) into files the spec does not contain. If the file really is a spec
            that large, raise the limit with `--max-file-size`.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `file-too-large` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "full-history-policy": ##"""
            # full-history-policy

            Category: `ram` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            ram.policy is full-history: context grows without bound until the window overflows.

            ## What it checks

            `ram.policy` is `full-history`. The finding is a warning at the value. Budgets are still
            checked ([`missing-budget`](missing-budget.md), [`budget-exceeds-window`](budget-exceeds-window.md)),
            but with this policy nothing is evicted to stay within them.

            ## Why

            The first OS lesson: no process gets unlimited RAM. `full-history` keeps every turn in
            context, so the context grows with each turn: every model call costs more and takes longer
            than the one before, and a long session eventually overflows the window in the middle of a
            run, which is the worst time for it. The other policies keep each process within its
            budget: `sliding-window` keeps the most recent context, `summarize` replaces older context
            by a summary, `relevant-only` keeps what the current step needs; with `paging`, the full
            transcript lives in a store and is paged back in when it is relevant.

            ## Failing example

            [`fires-full-history.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/full-history-policy/fires-full-history.yaml):

            ```yaml
            # 'policy: full-history'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: full-history
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            9:11: warning: ram.policy full-history keeps every turn in context: unlimited RAM, until the window overflows mid-session. [full-history-policy]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/full-history-policy/`](../../Tests/OSSpecKitTests/Rules/Fixtures/full-history-policy/), linted by the test suite.

            `fires-multibyte.yaml`: 'policy: full-history', after an accented note and an emoji on its line.

            The minimal spec with this change (line 8):

            ```yaml
            ram: { x-note: "tout garder ☕", policy: full-history, default_budget_tokens: 4096 }
            ```

            ```
            8:41: warning: ram.policy full-history keeps every turn in context: unlimited RAM, until the window overflows mid-session. [full-history-policy]
            ```

            ## Passing example

            [`quiet-sliding-window.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/full-history-policy/quiet-sliding-window.yaml):

            ```yaml
            # The minimal spec: a sliding window.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Choose `relevant-only`, `sliding-window` or `summarize`, and for the first and the last add
            `paging` to say where evicted context goes ([`missing-paging`](missing-paging.md)). If every
            run is short enough that its whole history fits the budget (the kernel's `limits` bound it),
            leave the warning.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {full-history-policy: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line full-history-policy -- reason` on the line before it; `# osspec:disable full-history-policy -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "handoff-privilege-escalation": ##"""
            # handoff-privilege-escalation

            Category: `permissions` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            A read-only process reaches, through handoffs, a write, execute or admin tool that needs no approval.

            ## What it checks

            The *effective tools* of a process are its own tools plus those of every process it can reach
            through handoffs. For each process whose own tools are all `read` tools (an empty list counts:
            it has no power of its own), osspec looks for the nearest process, by handoffs, that holds a
            `write`, `execute` or `admin` tool without `approval: human`. When there is one, the finding is
            at the first handoff of the shortest path, and the message shows the path and the tool
            (`coordinator -> evaluator -> formatter holds deploy_site (execute)`); `osspec lint` also
            shows where the tool is declared.

            Every read-only process on such a path is reported, each at its own first handoff. A process
            that holds any tool other than a `read` tool (or a tool that is not declared) is not
            read-only, and is not reported.

            ## Why

            No process gets root, and none borrows it. Handing off is a way to use another agent's tools:
            the coordinator's allowlist says it only reads, which is what a reviewer checks, but by handing
            off with crafted instructions it can make the formatter publish a site. Like a setuid program,
            a handoff must not give the caller power its own rights exclude, unless a person checks each
            use of it.

            ## Failing example

            [`fires-two-hops.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/handoff-privilege-escalation/fires-two-hops.yaml):

            ```yaml
            # Coordinator and evaluator only read, but through handoffs they reach the formatter's deploy_site (execute, no approval).
            osspec: 1
            name: site-builder
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem:
              stores:
                drafts: { kind: document, backend: postgres }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }
            processes:
              coordinator:
                description: Reads the brief and plans the site
                task: coordinate
                tools: [read_draft]
                handoffs: [evaluator]
              evaluator:
                description: Scores the draft against the brief
                task: evaluate
                tools: [read_draft]
                handoffs: [formatter]
              formatter:
                description: Formats the finished draft and publishes it
                task: format
                tools: [deploy_site]
            ipc:
              tools:
                read_draft: { scope: read, resource: drafts, description: Read the current draft }
                deploy_site: { scope: execute, description: Build and publish the site }
            kernel:
              orchestrator: langgraph
              entry: coordinator
              limits: { max_steps: 20, timeout_seconds: 120 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [secrets]
            user_space: { app: Site builder, interface: http, isolation: per-session, concurrency: 10 }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            20:16: warning: Read-only process 'coordinator' gains 'deploy_site' (execute) through handoffs: coordinator -> evaluator -> formatter holds deploy_site (execute). [handoff-privilege-escalation]
            25:16: warning: Read-only process 'evaluator' gains 'deploy_site' (execute) through handoffs: evaluator -> formatter holds deploy_site (execute). [handoff-privilege-escalation]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/handoff-privilege-escalation/`](../../Tests/OSSpecKitTests/Rules/Fixtures/handoff-privilege-escalation/), linted by the test suite.

            `fires-one-hop.yaml`: The refund tool no longer needs approval: read-only triage can make refunds happen by handing off.

            The support-desk spec with this change (line 52):

            ```yaml
                issue_refund: { scope: write, resource: external:payments, approval: none, description: Refund an order }
            ```

            ```
            34:16: warning: Read-only process 'triage' gains 'issue_refund' (write) through handoffs: triage -> refunds holds issue_refund (write). [handoff-privilege-escalation]
            ```

            `fires-multibyte.yaml`: The evaluator is written in flow style: its handoff to the formatter comes after accented text and an emoji.

            `fires-two-hops.yaml` with this change (line 21):

            ```yaml
              evaluator: { description: Évalue le brouillon ☕, task: evaluate, tools: [read_draft], handoffs: [formatter] }
            ```

            ```
            20:16: warning: Read-only process 'coordinator' gains 'deploy_site' (execute) through handoffs: coordinator -> evaluator -> formatter holds deploy_site (execute). [handoff-privilege-escalation]
            21:100: warning: Read-only process 'evaluator' gains 'deploy_site' (execute) through handoffs: evaluator -> formatter holds deploy_site (execute). [handoff-privilege-escalation]
            ```

            ## Passing example

            [`quiet-approval.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/handoff-privilege-escalation/quiet-approval.yaml):

            `fires-two-hops.yaml` with this change (line 33); the rows it leaves alone are not shown:

            ```yaml
            # deploy_site needs a person to approve each call, so reaching it through handoffs gains no unchecked power.
            # ...
            ipc:
              tools:
                read_draft: { scope: read, resource: drafts, description: Read the current draft }
                deploy_site: { scope: execute, approval: human, description: Build and publish the site }
            ```

            The support-desk spec itself is quiet too ([`quiet-support-desk.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/handoff-privilege-escalation/quiet-support-desk.yaml)): triage only reads, and the refund tool it reaches needs approval.

            ## How to fix

            Set `approval: human` on the tool, so that each call is checked whoever triggers it. Or remove
            the handoff, if the read-only process should not be able to trigger the tool, or move the tool
            to a process it cannot reach.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {handoff-privilege-escalation: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line handoff-privilege-escalation -- reason` on the line before it; `# osspec:disable handoff-privilege-escalation -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "invalid-encoding": ##"""
            # invalid-encoding

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            The file is not valid UTF-8.

            ## What it checks

            A spec must be UTF-8. osspec checks the bytes before parsing and reports the first byte that
            is not valid UTF-8 (RFC 3629: overlong forms, surrogates and code points above U+10FFFF are
            invalid too), at its line and column. Columns count characters, not bytes, so an accented
            letter or an emoji before the bad byte counts as one column.

            A file that starts with a UTF-16 or UTF-32 byte order mark is reported at 1:1, naming the
            encoding. A UTF-8 byte order mark is accepted.

            ## Why

            Mixed encodings come from pasting text out of a Latin-1 or Windows-1252 source (an old
            document, a spreadsheet export) into a UTF-8 file. libyaml alone would report only a byte
            offset; other tools would refuse the file or show mojibake, and a generator would copy the
            broken bytes into prompts and code.

            ## Failing example

            [`fires-latin1.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-encoding/fires-latin1.yaml) is the minimal spec with line 14 saved
            in Latin-1:

            ```yaml
                description: Answers in English or français
            ```

            where `ç` is the single byte `E7` (in UTF-8 it is the two bytes `C3 A7`).

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            14:44: error: Invalid UTF-8: byte 0xE7 cannot appear here. [invalid-encoding]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/invalid-encoding/`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-encoding/), linted by the test suite.

            `fires-multibyte.yaml`: UTF-8 text, then one Latin-1 byte pasted in. Line 14 is

            ```yaml
                description: "Répond ☕ à l'utilisateur"
            ```

            where `é` and `☕` are UTF-8 but `à` is the single Latin-1 byte `E0`. The column counts
            characters, so `é` and `☕` count as one column each.

            ```
            14:28: error: Invalid UTF-8: byte 0xE0 cannot appear here. [invalid-encoding]
            ```

            `fires-utf16.yaml`: The minimal spec saved as UTF-16 (little-endian), starting with the byte order
            mark `FF FE`.

            ```
            1:1: error: File is encoded as UTF-16 (little-endian); osspec reads UTF-8 only. [invalid-encoding]
            ```

            ## Passing example

            [`quiet-utf8.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-encoding/quiet-utf8.yaml):

            ```yaml
            # The same text saved as UTF-8.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: "Répond ☕ à l'utilisateur, in English or français"
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            A UTF-8 byte order mark (`EF BB BF`) at the start of the file is accepted too
            ([`quiet-utf8-bom.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-encoding/quiet-utf8-bom.yaml)).

            ## How to fix

            Save the file as UTF-8: your editor's "Save with encoding", or
            `iconv -f WINDOWS-1252 -t UTF-8 spec.osspec.yaml > fixed.yaml` when the whole file is in
            one legacy encoding. For one stray byte, delete the character at the position and type it
            again.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `invalid-encoding` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "invalid-enum-value": ##"""
            # invalid-enum-value

            Category: `schema` · Default severity: `error` · Raised by the spec decoder

            A value outside the allowed set, e.g. an unknown tool scope or RAM policy.

            ## What it checks

            A value outside the fixed set of its key: `ram.policy`, `ram.prompt_cache.scope`,
            `ram.paging.evict`, a store's `kind`, `filesystem.checkpoints.every`, a tool's `scope` and
            `approval`, the items of `kernel.tracing.events`, and `user_space.isolation`. The finding is
            at the value; the message suggests the closest allowed value, if one is close, and the hint
            lists them all.

            ## Why

            Each of these values selects behaviour that the architecture checks depend on: the RAM policy
            decides whether context is paged out, a tool's scope says whether it is root (`admin`), an
            event kind decides what is traced. A value osspec does not know means nothing, so the spec
            says less than it seems to.

            ## Failing example

            [`fires-underscore.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-enum-value/fires-underscore.yaml):

            ```yaml
            # 'sliding_window' instead of 'sliding-window'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding_window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            9:11: error: 'sliding_window' is not a valid RAM policy. Did you mean 'sliding-window'? [invalid-enum-value]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/invalid-enum-value/`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-enum-value/), linted by the test suite.

            `fires-multibyte.yaml`: 'tool_calls' is not a trace event kind; the line has an emoji before it.

            The minimal spec with this change (line 22):

            ```yaml
              tracing: { redact: ["données ☕"], enabled: true, exporter: stdout, events: [model_call, tool_calls] }
            ```

            ```
            22:91: error: 'tool_calls' is not a valid trace event kind. Did you mean 'tool_call'? [invalid-enum-value]
            ```

            `fires-unknown-policy.yaml`: 'unlimited' is not a RAM policy.

            The minimal spec with this change (line 9):

            ```yaml
              policy: unlimited
            ```

            ```
            9:11: error: 'unlimited' is not a valid RAM policy. [invalid-enum-value]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-enum-value/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: every value is one of the allowed ones.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Use one of the allowed values listed in the hint (the format's tables in
            [docs/spec.md](../spec.md) list them too).

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {invalid-enum-value: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line invalid-enum-value -- reason` on the line before it; `# osspec:disable invalid-enum-value -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "invalid-identifier": ##"""
            # invalid-identifier

            Category: `schema` · Default severity: `error` · Raised by the spec decoder

            An id that is not `[A-Za-z][A-Za-z0-9_-]*` of at most 64 characters.

            ## What it checks

            An id that is not a letter followed by letters, digits, `_` or `-`, at most 64 characters
            (`[A-Za-z][A-Za-z0-9_-]*`). This applies to `name` and to the ids of models, stores, processes
            and tools (the keys of `cpu.models`, `filesystem.stores`, `processes` and `ipc.tools`). The
            finding is at the id. The entry is still read, so references to it do not give more
            findings.

            ## Why

            Ids become file names, graph node names and identifiers in generated code: `agent.v2` would be
            an attribute access in Python, `1st-assistant` is not a valid name in most languages, and a
            space breaks paths and command lines.

            ## Failing example

            [`fires-dotted-name.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-identifier/fires-dotted-name.yaml):

            ```yaml
            # A dot is not allowed in an id.
            osspec: 1
            name: minimal.v2
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            3:7: error: The spec's name 'minimal.v2' is not a valid id. [invalid-identifier]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/invalid-identifier/`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-identifier/), linted by the test suite.

            `fires-leading-digit.yaml`: An id must start with a letter.

            The minimal spec with this change (line 13, line 20):

            ```yaml
              1st-assistant:
            # ...
              entry: 1st-assistant
            ```

            ```
            13:3: error: '1st-assistant' is not a valid id in 'processes'. [invalid-identifier]
            ```

            `fires-multibyte.yaml`: A dotted model id, after an emoji on the same line.

            The minimal spec with this change (line 6):

            ```yaml
              models: { main: { provider: stub, model: "écho ☕", context_window: 8192 }, main.v2: { provider: stub, model: echo, context_window: 8192 } }
            ```

            ```
            6:78: error: 'main.v2' is not a valid id in 'cpu.models'. [invalid-identifier]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-identifier/quiet-minimal.yaml):

            ```yaml
            # Ids of letters, digits, '_' and '-'.
            osspec: 1
            name: minimal-v2
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Rename the id using letters, digits, `_` and `-`, starting with a letter, and update every
            reference to it (`cpu.default`, `routing[].use`, `kernel.entry`, `handoffs`, `tools`, ...).

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {invalid-identifier: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line invalid-identifier -- reason` on the line before it; `# osspec:disable invalid-identifier -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "invalid-not-applicable": ##"""
            # invalid-not-applicable

            Category: `completeness` · Default severity: `error` · Raised by the spec decoder

            `n/a` without a reason of at least 3 words, or on cpu, processes or kernel.

            ## What it checks

            A row written as not applicable breaks the n/a rules. It must be one quoted string
            `"n/a: <reason>"` whose reason has at least 3 words, on `ram`, `filesystem`, `ipc` or
            `user_space` only. Reported, at the value:

            - `n/a` alone, `"n/a:"`, or `n/a` followed by something other than `:` (`"N/A - none"`);
            - a reason of fewer than 3 words;
            - `n/a` on `cpu`, `processes` or `kernel`;
            - n/a written as a mapping (`n/a: reason` on its own line under the row).

            A reason that is a placeholder (`"n/a: TBD ..."`) is [`placeholder-value`](placeholder-value.md).
            Unquoted `ipc: n/a: reason` on one line is a [`yaml-syntax`](yaml-syntax.md) error.

            ## Why

            n/a is a design decision, and its reason is the record a reviewer checks: "stateless, nothing
            is kept between runs" can be challenged; "n/a" cannot. An LLM OS always has a CPU (a model),
            processes (agents) and a kernel (an orchestrator), so those rows are never n/a.

            ## Failing example

            [`fires-no-reason.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-not-applicable/fires-no-reason.yaml):

            ```yaml
            # 'n/a' alone gives no reason.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: n/a
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            17:6: error: Row 'ipc' is n/a without a reason. [invalid-not-applicable]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/invalid-not-applicable/`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-not-applicable/), linted by the test suite.

            `fires-cpu.yaml`: 'cpu' can never be n/a.

            The minimal spec with this change (line 4):

            ```yaml
            cpu: "n/a: we have no model yet"
            ```

            ```
            4:6: error: Row 'cpu' cannot be n/a: an LLM OS always has a CPU (its models). [invalid-not-applicable]
            ```

            `fires-mapping.yaml`: n/a written as a mapping key.

            The minimal spec with this change (lines 17–18):

            ```yaml
            ipc:
              n/a: one agent with no tools
            ```

            ```
            18:3: error: Row 'ipc' is written as a mapping with the key 'n/a'; n/a is one quoted string. [invalid-not-applicable]
            ```

            `fires-short-reason.yaml`: A reason of one word.

            The minimal spec with this change (line 27):

            ```yaml
            user_space: "n/a: library"
            ```

            ```
            27:13: error: The reason for n/a on row 'user_space' is too short (1 word); say why in at least 3 words. [invalid-not-applicable]
            ```

            ## Passing example

            [`quiet-reasons.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-not-applicable/quiet-reasons.yaml):

            ```yaml
            # The minimal spec: each n/a says why in at least 3 words.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Write `row: "n/a: <reason in at least 3 words>"` in quotes on one line. For `cpu`, `processes`
            and `kernel`, fill in the row; if you cannot, the system is not ready to build.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {invalid-not-applicable: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line invalid-not-applicable -- reason` on the line before it; `# osspec:disable invalid-not-applicable -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "invalid-suppression": ##"""
            # invalid-suppression

            Category: `reference` · Default severity: `warning` · Raised where suppression comments are applied (after every other stage)

            An `# osspec:` comment with an unknown directive or rule id, or a rule that cannot be suppressed.

            ## What it checks

            A comment that starts with `osspec:` and a letter is a directive (see
            [docs/configuration.md](../configuration.md#inline-suppression)). This rule reports, at the
            word in question:

            - a directive other than `disable-next-line` and `disable`, with the nearest one suggested;
            - a directive that names no rule;
            - a rule id that osspec does not have, with the nearest id suggested; a reason written
              without ` -- ` reads as more rule ids, and the hint says so;
            - a rule of the `syntax` category, which cannot be suppressed (see below);
            - one of the suppression rules themselves (`suppression-without-reason`, `unused-suppression`,
              `invalid-suppression`), which only `.osspec.yml` can turn off.

            The finding the comment meant to silence is reported as usual. A comment that mentions
            `osspec:` in prose (`# osspec: 1 is the format version`) is not a directive.

            ## Why

            A suppression with a typo silences nothing, and nothing says so: the author believes the
            finding is handled, and the reviewer sees a comment that looks right. A `syntax` finding means
            that osspec could not read the file, so nothing after it was checked; silencing it would turn
            an unread file into a pass.

            ## Failing example

            [`fires-unknown-rule.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-suppression/fires-unknown-rule.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with a tool granted to no process and a suppression with a typo above it (line 53); the rows it leaves alone are not shown:

            ```yaml
            # A typo in the rule id: 'unused-tol'. The finding it meant to silence is reported.
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                # osspec:disable-next-line unused-tol -- granted at run time by the plugin loader
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            53:32: warning: Unknown rule 'unused-tol' in 'osspec:disable-next-line'. Did you mean 'unused-tool'? [invalid-suppression]
            54:5: warning: Tool 'close_ticket' is granted to no process. [unused-tool]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/invalid-suppression/`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-suppression/), linted by the test suite.

            `fires-unknown-directive.yaml`: a typo in the directive (line 53):

            ```yaml
                # osspec:disable-nextline unused-tool -- granted at run time by the plugin loader
            ```

            ```
            53:7: warning: Unknown directive 'osspec:disable-nextline'. Did you mean 'osspec:disable-next-line'? [invalid-suppression]
            54:5: warning: Tool 'close_ticket' is granted to no process. [unused-tool]
            ```

            `fires-syntax-rule.yaml`: a `syntax` rule named at the top of the file (line 2):

            ```yaml
            # osspec:disable yaml-syntax -- the file is generated
            ```

            ```
            2:18: warning: 'yaml-syntax' cannot be suppressed: a file with a `syntax` finding cannot be read, so nothing in it would be checked. [invalid-suppression]
            54:5: warning: Tool 'close_ticket' is granted to no process. [unused-tool]
            ```

            `fires-suppression-rule.yaml`: `unused-suppression` named in a comment; `unused-tool`, named beside it, is silenced (line 53):

            ```yaml
                # osspec:disable-next-line unused-tool, unused-suppression -- granted at run time by the plugin loader
            ```

            ```
            53:45: warning: 'unused-suppression' is about suppression comments and cannot itself be suppressed by one. [invalid-suppression]
            ```

            ## Passing example

            [`quiet-known-rule.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-suppression/quiet-known-rule.yaml) (line 53):

            ```yaml
                # osspec:disable-next-line unused-tool -- granted at run time by the plugin loader
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            ## How to fix

            Correct the directive or the rule id (`osspec rules` lists them all), separate the reason with
            ` -- `, and fix a `syntax` finding in the file rather than naming it.

            ## Suppressing

            This rule cannot be suppressed by a comment. A project can turn it off in `.osspec.yml` with
            `rules: {invalid-suppression: off}` (see [docs/configuration.md](../configuration.md)).
            """##,
        "invalid-value": ##"""
            # invalid-value

            Category: `schema` · Default severity: `error` · Raised by the spec decoder

            A value of the right type but out of range, e.g. a token budget of 0.

            ## What it checks

            A value of the right type but outside its range:

            - token counts and counts of steps, sessions, hops and days below 1 (`context_window`,
              `default_budget_tokens`, `budget_tokens`, `max_steps`, `concurrency`, `max_hops`,
              `retention_days`), and `max_output_tokens` below 0;
            - `timeout_seconds` not above 0 or above 1,000,000,000 (about 31 years);
            - `user_space.slo.p99_latency_ms` not above 0 or above 10^12;
            - `user_space.slo.availability` not above 0 or above 1 (a fraction: `0.999`, not `99.9`);
            - prices below 0 or above 1,000,000 per million tokens (the message says "0 or more" for
              both);
            - a `tracing.sample_rate` that is not a finite number (`.inf`, `.nan`); a finite one outside
              0..1 is [`sample-rate-out-of-range`](sample-rate-out-of-range.md)'s;
            - an `endpoint` that is not a URL with a scheme, a `resource` of `external:` with no name;
            - a whole number too large to read.

            The finding is at the value.

            ## Why

            The kernel's limits and the context budgets are the OS's resource limits: a context window of 0
            tokens, a budget of 0, or a timeout of -5 seconds bounds nothing, or kills every run. A URL
            without a scheme is read differently by every HTTP client.

            ## Failing example

            [`fires-zero-window.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-value/fires-zero-window.yaml):

            ```yaml
            # A context window of 0 tokens.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 0 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            7:58: error: The context window of model 'main' must be at least 1, found 0. [invalid-value]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/invalid-value/`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-value/), linted by the test suite.

            `fires-multibyte.yaml`: A context window of 0 tokens, after an emoji on the same line.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: stub, model: "écho ☕", context_window: 0 }
            ```

            ```
            7:62: error: The context window of model 'main' must be at least 1, found 0. [invalid-value]
            ```

            `fires-negative-timeout.yaml`: A negative timeout.

            The minimal spec with this change (line 21):

            ```yaml
              limits: { max_steps: 5, timeout_seconds: -5 }
            ```

            ```
            21:44: error: 'kernel.limits.timeout_seconds' must be greater than 0, found -5. [invalid-value]
            ```

            `fires-not-a-url.yaml`: An endpoint without a scheme.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: stub, model: echo, context_window: 8192, endpoint: localhost:8080 }
            ```

            ```
            7:74: error: The endpoint of model 'main' is not a URL: 'localhost:8080'. [invalid-value]
            ```

            ## Passing example

            [`quiet-in-range.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/invalid-value/quiet-in-range.yaml):

            ```yaml
            # Values in range, and a full URL.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192, endpoint: "http://localhost:8080" }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Write a value in range, as the message says; write endpoints as full URLs
            (`http://localhost:8080`).

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {invalid-value: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line invalid-value -- reason` on the line before it; `# osspec:disable invalid-value -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "lethal-trifecta": ##"""
            # lethal-trifecta

            Category: `permissions` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            A process's effective tools combine private data, untrusted content and a way out, none needing approval.

            ## What it checks

            Within one process's effective tools (its own, plus those of every process it reaches through
            handoffs), counting only tools without `approval: human`:

            - **private data**: a `read` of a store of the spec;
            - **untrusted content**: a `network` tool, or a `read` of an `external:` resource;
            - **a way out**: a `network` tool, or a `write` to an `external:` resource.

            When all three are there, the finding is at the process's key. The message names the tool for
            each leg and, for a leg reached through handoffs, the path (`via triage -> refunds`); `osspec
            lint` shows each tool's declaration. A `network` tool counts as both untrusted content and a
            way out, so with a read of a store two tools are enough. Every process whose effective tools
            hold the three is reported, including the processes that hand off to one that does.

            ## Why

            Text from outside (an email, a web page) can carry instructions, and the model cannot tell
            them from its own. An agent that can read private data, take in such text and send data out
            can be told by a stranger to read the private data and send it to them. It is the agent form of
            a process that reads secrets, parses untrusted input and holds an open socket. A person's
            approval on any one leg breaks the chain: the data cannot leave, or the untrusted text or
            the private data cannot come in, without someone seeing it.

            ## Failing example

            [`fires-own-tools.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/lethal-trifecta/fires-own-tools.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33, lines 53–54); the rows it leaves alone are not shown:

            ```yaml
            # Triage reads the knowledge base (private), reads customer emails (untrusted) and sends email (a way out), none with approval.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, read_inbox, send_email]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                read_inbox: { scope: read, resource: external:mailbox, description: Read the customer's emails }
                send_email: { scope: write, resource: external:smtp, description: Send an email }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            30:3: warning: Process 'triage' holds the lethal trifecta with no approval: private data from 'search_kb'; untrusted content from 'read_inbox'; a way out from 'send_email'. [lethal-trifecta]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/lethal-trifecta/`](../../Tests/OSSpecKitTests/Rules/Fixtures/lethal-trifecta/), linted by the test suite.

            `fires-via-handoff.yaml`: Triage reads the knowledge base and customer emails; the way out is refunds' network tool, one handoff away.

            The support-desk spec with this change (line 33, line 42, lines 53–54):

            ```yaml
                tools: [search_kb, read_inbox]
            # ...
                tools: [issue_refund, notify_customer]
            # ...
                read_inbox: { scope: read, resource: external:mailbox, description: Read the customer's emails }
                notify_customer: { scope: network, description: Post a status update to the customer's webhook }
            ```

            ```
            30:3: warning: Process 'triage' holds the lethal trifecta with no approval: private data from 'search_kb'; untrusted content from 'read_inbox'; a way out from 'notify_customer' via triage -> refunds. [lethal-trifecta]
            ```

            `fires-network-tool.yaml`: A network tool is both untrusted content and a way out: with a read of a store, two tools make the trifecta.

            The support-desk spec with this change (line 33, line 53):

            ```yaml
                tools: [search_kb, fetch_url]
            # ...
                fetch_url: { scope: network, description: Fetch a web page the customer links to }
            ```

            ```
            30:3: warning: Process 'triage' holds the lethal trifecta with no approval: private data from 'search_kb'; untrusted content from 'fetch_url'; a way out from 'fetch_url'. [lethal-trifecta]
            ```

            `fires-multibyte.yaml`: The processes in one flow mapping: 'triage' comes after accented text and an emoji, and holds all three legs.

            The support-desk spec with this change (lines 29–30, lines 36–37):

            ```yaml
            processes: {
              refunds: { description: Rembourse selon la politique ☕, task: refunds, tools: [issue_refund] }, triage: { description: Reads the ticket and routes it, task: triage, tools: [search_kb, read_inbox, send_email], handoffs: [refunds] } }
            # ...
                read_inbox: { scope: read, resource: external:mailbox, description: Read the customer's emails }
                send_email: { scope: write, resource: external:smtp, description: Send an email }
            ```

            ```
            30:99: warning: Process 'triage' holds the lethal trifecta with no approval: private data from 'search_kb'; untrusted content from 'read_inbox'; a way out from 'send_email'. [lethal-trifecta]
            ```

            ## Passing example

            [`quiet-approval.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/lethal-trifecta/quiet-approval.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33, lines 53–54); the rows it leaves alone are not shown:

            ```yaml
            # As in fires-own-tools, but a person approves every email sent: the way out is guarded.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, read_inbox, send_email]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                read_inbox: { scope: read, resource: external:mailbox, description: Read the customer's emails }
                send_email: { scope: write, resource: external:smtp, approval: human, description: Send an email }
            ```

            ## How to fix

            Set `approval: human` on one of the three tools (usually the way out), or split the tools
            across processes that cannot reach each other by handoffs.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {lethal-trifecta: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line lethal-trifecta -- reason` on the line before it; `# osspec:disable lethal-trifecta -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "max-hops-exceeds-steps": ##"""
            # max-hops-exceeds-steps

            Category: `kernel` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            ipc.handoffs.max_hops is larger than kernel.limits.max_steps, so it can never take effect.

            ## What it checks

            `ipc.handoffs.max_hops` is larger than `kernel.limits.max_steps`. The finding is a warning at
            the `max_hops` value, with `max_steps` as a related location.

            ## Why

            Both limits bound the same run. A handoff is a step, so a run stops at `max_steps` before it
            can ever make more than `max_steps` handoffs, and a larger `max_hops` never takes effect. One
            of the two numbers is wrong: either the hop limit someone chose on purpose is not the real
            bound on how often agents pass the session around, or `max_steps` is lower than the
            sessions need.

            ## Failing example

            [`fires-hops-over-steps.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/max-hops-exceeds-steps/fires-hops-over-steps.yaml):

            ```yaml
            # A handoff cycle bounded by max_hops 12, but a run stops after max_steps 5.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              planner:
                description: Plans the answer
                task: plan
                tools: []
                handoffs: [writer]
              writer:
                description: Writes the answer
                task: write
                tools: []
                handoffs: [reviewer]
              reviewer:
                description: Reviews the answer and sends it back when it needs work
                task: review
                tools: []
                handoffs: [planner]
            ipc:
              tools: {}
              handoffs: { max_hops: 12 }
            kernel:
              orchestrator: swift
              entry: planner
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call, handoff]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            30:25: warning: max_hops is 12, but a run stops after max_steps 5; the hop limit never takes effect. [max-hops-exceeds-steps]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/max-hops-exceeds-steps/`](../../Tests/OSSpecKitTests/Rules/Fixtures/max-hops-exceeds-steps/), linted by the test suite.

            `fires-multibyte.yaml`: max_hops 12 after an accented note and an emoji on its line; max_steps is 5.

            [`fires-hops-over-steps.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/max-hops-exceeds-steps/fires-hops-over-steps.yaml) with this change (line 30):

            ```yaml
              handoffs: { x-note: "tours ☕", max_hops: 12 }
            ```

            ```
            30:44: warning: max_hops is 12, but a run stops after max_steps 5; the hop limit never takes effect. [max-hops-exceeds-steps]
            ```

            ## Passing example

            [`quiet-within-steps.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/max-hops-exceeds-steps/quiet-within-steps.yaml):

            ```yaml
            # max_hops 4 is within max_steps 5.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              planner:
                description: Plans the answer
                task: plan
                tools: []
                handoffs: [writer]
              writer:
                description: Writes the answer
                task: write
                tools: []
                handoffs: [reviewer]
              reviewer:
                description: Reviews the answer and sends it back when it needs work
                task: review
                tools: []
                handoffs: [planner]
            ipc:
              tools: {}
              handoffs: { max_hops: 4 }
            kernel:
              orchestrator: swift
              entry: planner
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call, handoff]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Set `max_hops` to at most `max_steps`, or raise `max_steps` if runs need more steps.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {max-hops-exceeds-steps: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line max-hops-exceeds-steps -- reason` on the line before it; `# osspec:disable max-hops-exceeds-steps -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "missing-budget": ##"""
            # missing-budget

            Category: `ram` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A process has no budget_tokens and there is no ram.default_budget_tokens: unlimited RAM.

            ## What it checks

            A process has no `budget_tokens` and there is no `ram.default_budget_tokens`, so nothing
            bounds its context. There is one finding per such process, at the process key. A process
            with its own `budget_tokens` is fine without a default. When `ram` is `n/a`, there is no
            default either, so every process needs its own budget.

            ## Why

            The first OS lesson: no process gets unlimited RAM. The budget is what the orchestrator
            enforces with the RAM policy: when a process's context reaches it, older context is evicted,
            summarized or paged out. Without a budget, the context grows until the model's window
            overflows, and until then each call costs more and takes longer than the last.

            ## Failing example

            [`fires-no-default.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-budget/fires-no-default.yaml):

            ```yaml
            # No ram.default_budget_tokens, and 'assistant' sets no budget_tokens.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            12:3: error: Process 'assistant' has no context budget (no budget_tokens, no ram.default_budget_tokens): unlimited RAM. [missing-budget]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/missing-budget/`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-budget/), linted by the test suite.

            `fires-one-process.yaml`: No default budget; 'researcher' sets budget_tokens, 'assistant' does not.

            The minimal spec with this change (lines 15–20, line 30):

            ```yaml
                tools: []
                handoffs: [researcher]
              researcher:
                description: Looks up the facts the answer needs
                task: research
                budget_tokens: 2000
            # ...
                events: [model_call, handoff]
            ```

            ```
            12:3: error: Process 'assistant' has no context budget (no budget_tokens, no ram.default_budget_tokens): unlimited RAM. [missing-budget]
            ```

            `fires-multibyte.yaml`: No default budget; process 'assistant' comes after an accented note and an emoji on its line.

            The minimal spec with this change (line 11):

            ```yaml
            processes: { x-note: "mémoire ☕", assistant: { description: Answers the user's message in a single reply, task: answer, tools: [] } }
            ```

            ```
            11:35: error: Process 'assistant' has no context budget (no budget_tokens, no ram.default_budget_tokens): unlimited RAM. [missing-budget]
            ```

            ## Passing example

            [`quiet-default-budget.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-budget/quiet-default-budget.yaml):

            ```yaml
            # The minimal spec: ram.default_budget_tokens covers 'assistant'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            Without a default, a process may set its own budget
            ([`quiet-own-budget.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-budget/quiet-own-budget.yaml)).

            ## How to fix

            Add `default_budget_tokens:` under `ram`, or `budget_tokens:` to each process named. Either
            must fit the window of the process's model ([`budget-exceeds-window`](budget-exceeds-window.md)).

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {missing-budget: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line missing-budget -- reason` on the line before it; `# osspec:disable missing-budget -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "missing-checkpoints": ##"""
            # missing-checkpoints

            Category: `filesystem` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            filesystem has no checkpoints: a failed session cannot be resumed or replayed.

            ## What it checks

            The `filesystem` row is written out but has no `checkpoints`. The finding is a warning at the
            `filesystem` key. It stays quiet when `filesystem` is `n/a` (a stateless system with nothing
            to resume), and when a tool needs human approval: then
            [`approval-without-checkpoints`](approval-without-checkpoints.md) reports the missing
            checkpoints as an error.

            ## Why

            Checkpoints are the saved state of a run. With a checkpoint at every graph node, a session
            that fails (a model timeout, a crashed worker, a deployment) resumes from its last good step
            instead of from the start, without redoing and re-billing the model calls before it or
            asking the user again, and a session can be replayed from any step to find out what went
            wrong.

            ## Failing example

            [`fires-no-checkpoints.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-checkpoints/fires-no-checkpoints.yaml):

            ```yaml
            # filesystem is filled in, with no checkpoints.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem:
              stores: {}
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            11:1: warning: No checkpoints: a failed session cannot be resumed or replayed from its last good step. [missing-checkpoints]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/missing-checkpoints/`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-checkpoints/), linted by the test suite.

            `fires-multibyte.yaml`: The spec as one flow mapping; 'filesystem', after an emoji on its line, has no checkpoints.

            The whole file:

            ```yaml
            # The spec as one flow mapping; 'filesystem', after an emoji on its line, has no checkpoints.
            {
              osspec: 1, name: minimal,
              cpu: { default: main, models: { main: { provider: stub, model: echo, context_window: 8192 } } },
              ram: { policy: sliding-window, default_budget_tokens: 4096 },
              x-note: "état ☕", filesystem: { stores: {} },
              processes: { assistant: { description: Answers the user's message in a single reply, task: answer, tools: [] } },
              ipc: "n/a: one agent with no tools",
              kernel: { orchestrator: swift, entry: assistant, limits: { max_steps: 5, timeout_seconds: 30 },
                tracing: { enabled: true, exporter: stdout, events: [model_call], redact: [secrets] } },
              user_space: "n/a: embedded as a library call"
            }
            ```

            ```
            6:21: warning: No checkpoints: a failed session cannot be resumed or replayed from its last good step. [missing-checkpoints]
            ```

            ## Passing example

            [`quiet-checkpoints.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-checkpoints/quiet-checkpoints.yaml):

            ```yaml
            # Runs are checkpointed every turn.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem:
              stores: {}
              checkpoints: { backend: sqlite, every: turn }
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call, checkpoint]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            A `filesystem` that is `n/a` is quiet
            ([`quiet-not-applicable.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-checkpoints/quiet-not-applicable.yaml)).

            ## How to fix

            Add `checkpoints` under `filesystem` (`backend` and `every`, optionally `retention_days`),
            and `checkpoint` to `tracing.events`:

            ```yaml
              checkpoints: { backend: postgres, every: node, retention_days: 14 }
            ```

            If runs are short and a failed one is simply started again, leave the warning, or declare
            `filesystem` `n/a` with the reason if nothing at all is stored.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {missing-checkpoints: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line missing-checkpoints -- reason` on the line before it; `# osspec:disable missing-checkpoints -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "missing-key": ##"""
            # missing-key

            Category: `completeness` · Default severity: `error` · Raised by the spec decoder

            A required key is absent.

            ## What it checks

            A required key is absent. The finding is at the key of the mapping that lacks it (the process
            id, the model id, `limits`, `tracing`, ...), at the start of a route for a route's keys, and at
            the start of the document for `osspec` and `name`. The format's tables in
            [docs/spec.md](../spec.md) say which keys are required. Two rules of the same kind: a process
            needs a `task` (to be routed) or a `model` (to be pinned), and a tool with scope `read` or
            `write` needs a `resource`.

            ## Why

            The required keys are what a builder cannot do without. `tools:` is required even when empty
            because "no process gets root": an agent's allowlist must be stated, and `tools: []` says "no
            tools" on purpose, where a missing key says nothing.

            ## Failing example

            [`fires-no-tools.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-key/fires-no-tools.yaml):

            ```yaml
            # Process 'assistant' has no 'tools' list.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            13:3: error: Process 'assistant' is missing required key 'tools'. [missing-key]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/missing-key/`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-key/), linted by the test suite.

            `fires-multibyte.yaml`: Model 'small' has no 'context_window'; the line has an emoji before it.

            The minimal spec with this change (line 6):

            ```yaml
              models: { main: { provider: stub, model: "écho ☕", context_window: 8192 }, small: { provider: stub, model: echo } }
            ```

            ```
            6:78: error: Model 'small' is missing required key 'context_window'. [missing-key]
            ```

            `fires-no-task-or-model.yaml`: Process 'assistant' has neither 'task' nor 'model'.

            (The minimal spec with lines removed.)

            ```
            13:3: error: Process 'assistant' has neither a 'task' (to route it) nor a 'model' (to pin it). [missing-key]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-key/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: every required key is written.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            A process may pin a model instead of naming a task
            ([`quiet-pinned-model.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-key/quiet-pinned-model.yaml)).

            ## How to fix

            Add the key named in the message; the hint says what it holds. For an agent without tools,
            write `tools: []`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {missing-key: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line missing-key -- reason` on the line before it; `# osspec:disable missing-key -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "missing-limits": ##"""
            # missing-limits

            Category: `kernel` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            kernel has no limits: a looping agent could run (and bill) forever.

            ## What it checks

            The `kernel` row is written out but has no `limits`. The finding is at the `kernel` key. A
            `limits` mapping that lacks `max_steps` or `timeout_seconds` is reported by `missing-key`
            instead.

            ## Why

            Bounded runs: an OS can stop a process that runs away, and the kernel's `limits` are that
            switch for an agent run. An agent that loops (a tool error retried forever, two agents
            handing a session back and forth, a plan that never completes) keeps calling the model, and
            every call is billed. `max_steps` and `timeout_seconds` make sure that every run ends.

            ## Failing example

            [`fires-no-limits.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-limits/fires-no-limits.yaml):

            ```yaml
            # The kernel has no 'limits'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            18:1: error: The kernel has no 'limits'; a run that loops never stops. [missing-limits]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/missing-limits/`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-limits/), linted by the test suite.

            `fires-multibyte.yaml`: The spec as one flow mapping; 'kernel', after an emoji on its line, has no 'limits'.

            The whole file:

            ```yaml
            # The spec as one flow mapping; 'kernel', after an emoji on its line, has no 'limits'.
            {
              osspec: 1, name: minimal,
              cpu: { default: main, models: { main: { provider: stub, model: echo, context_window: 8192 } } },
              ram: { policy: sliding-window, default_budget_tokens: 4096 },
              filesystem: "n/a: stateless, nothing is kept between runs",
              processes: { assistant: { description: Answers the user's message in a single reply, task: answer, tools: [] } },
              ipc: "n/a: one agent with no tools",
              x-note: "noyau sans limites ☕", kernel: { orchestrator: swift, entry: assistant,
                tracing: { enabled: true, exporter: stdout, events: [model_call], redact: [secrets] } },
              user_space: "n/a: embedded as a library call"
            }
            ```

            ```
            9:35: error: The kernel has no 'limits'; a run that loops never stops. [missing-limits]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-limits/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: at most 5 steps and 30 seconds per run.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Add `limits` under `kernel`, with the most steps and the longest time a run may take:

            ```yaml
              limits: { max_steps: 50, timeout_seconds: 120 }
            ```

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {missing-limits: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line missing-limits -- reason` on the line before it; `# osspec:disable missing-limits -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "missing-paging": ##"""
            # missing-paging

            Category: `ram` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            ram.policy summarize or relevant-only without ram.paging saying where evicted context goes.

            ## What it checks

            `ram.policy` is `summarize` or `relevant-only`, and `ram` has no `paging`. The finding is at
            the policy's value. `sliding-window` (which drops the oldest context) and `full-history`
            (which evicts nothing) need no paging.

            ## Why

            These two policies evict context from a process's window, and `paging` says what happens to
            it: replaced by a summary, dropped, or offloaded to a store and paged back in when it is
            relevant. Without it, whoever builds the system has to guess, and context that should have
            been paged out to the transcript store is simply lost: an OS that evicts pages without a
            swap device.

            ## Failing example

            [`fires-summarize.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-paging/fires-summarize.yaml):

            ```yaml
            # 'policy: summarize' with no 'paging'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: summarize
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            9:11: error: ram.policy summarize evicts context, but there is no 'paging' saying where it goes. [missing-paging]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/missing-paging/`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-paging/), linted by the test suite.

            `fires-relevant-only.yaml`: 'policy: relevant-only' with no 'paging'.

            The minimal spec with this change (line 9):

            ```yaml
              policy: relevant-only
            ```

            ```
            9:11: error: ram.policy relevant-only evicts context, but there is no 'paging' saying where it goes. [missing-paging]
            ```

            `fires-multibyte.yaml`: 'policy: summarize' with no 'paging', after an accented note and an emoji on its line.

            The minimal spec with this change (line 8):

            ```yaml
            ram: { x-note: "résumés ☕", policy: summarize, default_budget_tokens: 4096 }
            ```

            ```
            8:37: error: ram.policy summarize evicts context, but there is no 'paging' saying where it goes. [missing-paging]
            ```

            ## Passing example

            [`quiet-paging.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-paging/quiet-paging.yaml):

            ```yaml
            # 'policy: summarize' with paging to a store, which is checkpointed.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: summarize
              default_budget_tokens: 4096
              paging: { evict: summarize, to: history }
            filesystem:
              stores:
                history: { kind: document, backend: sqlite }
              checkpoints: { backend: sqlite, every: turn }
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call, checkpoint]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            The minimal spec's `sliding-window` needs no paging
            ([`quiet-sliding-window.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-paging/quiet-sliding-window.yaml)).

            ## How to fix

            Add `paging` under `ram`: `evict` is `summarize`, `drop` or `offload`, and `to` names a store
            of `filesystem.stores` (it may be left out only with `evict: drop`):

            ```yaml
              paging: { evict: summarize, to: history }
            ```

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {missing-paging: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line missing-paging -- reason` on the line before it; `# osspec:disable missing-paging -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "missing-row": ##"""
            # missing-row

            Category: `completeness` · Default severity: `error` · Raised by the spec decoder

            One of the seven rows (cpu, ram, filesystem, processes, ipc, kernel, user_space) is absent.

            ## What it checks

            One of the seven rows (`cpu`, `ram`, `filesystem`, `processes`, `ipc`, `kernel`,
            `user_space`) is absent from the top level. There is one finding per missing row, at the start
            of the document. `ram`, `filesystem`, `ipc` and `user_space` may be written as
            `"n/a: <reason>"`; `cpu`, `processes` and `kernel` must be filled in.

            ## Why

            A spec is the LLM OS table that a team fills in before it builds: which models run (CPU), what
            each agent may hold in its context (RAM), where state lives (filesystem), which agents exist
            (processes), which tools and handoffs connect them (IPC), how the orchestrator is bounded and
            traced (kernel), and what people use (user space). A row the team cannot fill means the system
            is not ready to build. A missing row does not say whether it was thought about; `n/a` with a
            reason records the decision.

            ## Failing example

            [`fires-no-kernel.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-row/fires-no-kernel.yaml):

            ```yaml
            # The 'kernel' row is left out.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            2:1: error: Row 'kernel' (the orchestrator, its limits and tracing) is missing; every row of the OS table must be filled. [missing-row]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/missing-row/`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-row/), linted by the test suite.

            `fires-two-rows.yaml`: The 'ipc' and 'user_space' rows are left out.

            (The minimal spec with lines removed.)

            ```
            2:1: error: Row 'ipc' (tools and handoffs) is missing; every row of the OS table must be filled. [missing-row]
            2:1: error: Row 'user_space' (the application) is missing; every row of the OS table must be filled. [missing-row]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/missing-row/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: all seven rows, four of them n/a.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Add the row with its keys (see [docs/spec.md](../spec.md)), or, for `ram`, `filesystem`, `ipc`
            and `user_space`, write `row: "n/a: <reason in at least 3 words>"`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {missing-row: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line missing-row -- reason` on the line before it; `# osspec:disable missing-row -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "multiple-documents": ##"""
            # multiple-documents

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            The file holds more than one YAML document; a spec is one document.

            ## What it checks

            A second YAML document starts in the file (a `---` after the first document). The finding is
            at the second document's start, and the file is not read further.

            A single document may begin with `---` and end with `...`. Text after `...` without a new
            `---` is a [`yaml-syntax`](yaml-syntax.md) error from libyaml ("did not find expected
            <document start>").

            ## Why

            One file is one system. YAML streams of several documents are common elsewhere (Kubernetes
            manifests), and files get concatenated, but tools disagree on such a file: some read only the
            first document, some the last, some refuse it (PyYAML's `safe_load`). osspec would lint one
            system while a generator builds another.

            ## Failing example

            [`fires-two-documents.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/multiple-documents/fires-two-documents.yaml):

            ```yaml
            # Two specs in one file, separated by '---'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ---
            osspec: 1
            name: second
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            28:1: error: A second YAML document starts here; a spec file holds exactly one document. [multiple-documents]
            ```

            ## Passing example

            [`quiet-explicit-markers.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/multiple-documents/quiet-explicit-markers.yaml):

            ```yaml
            ---
            # One document between explicit '---' and '...' markers.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ...
            ```

            ## How to fix

            Put each spec in its own `*.osspec.yaml` file, or remove the stray `---`.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `multiple-documents` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "nesting-too-deep": ##"""
            # nesting-too-deep

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            Mappings and sequences are nested deeper than the limit (256 by default).

            ## What it checks

            Mappings and sequences, block or flow, nested deeper than the limit: 256 levels by default,
            `--max-depth N` on the command line. The top-level mapping is level 1. The finding is at the
            collection that opens the first level past the limit, and the file is not read further.

            ## Why

            A spec needs about six levels. Deep nesting is generated garbage or an attack: 100,000 `[` in
            a row crash parsers that recurse, by overflowing the stack. osspec's loader does not recurse,
            and the limit keeps every later stage (decoder, rules, reporters) bounded too.

            ## Failing example

            [`fires-max-depth.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/nesting-too-deep/fires-max-depth.yaml):

            ```yaml
            # Nesting past a limit of 4 levels (see fires-max-depth.limits).
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            x-deep: { note: "très ☕", levels: [[[]]] }
            ```

            linted with the limits in [`fires-max-depth.limits`](../../Tests/OSSpecKitTests/Rules/Fixtures/nesting-too-deep/fires-max-depth.limits) (on the command line: `osspec lint --max-depth 4 fires-max-depth.yaml`):

            ```
            # LoaderLimits for fires-max-depth.yaml, as `osspec lint --max-depth 4`.
            maxDepth=4
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            28:37: error: Nesting is deeper than the limit of 4 levels. [nesting-too-deep]
            ```

            Levels: the top-level mapping is 1, the `x-deep` mapping 2, then each `[` one more; the third
            `[` opens level 5.

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/nesting-too-deep/`](../../Tests/OSSpecKitTests/Rules/Fixtures/nesting-too-deep/), linted by the test suite.

            `fires-default-limit.yaml`: the default limit: the minimal spec, then the line `x-deep: ` followed by 256 `[` and
            256 `]` on line 28 (the top-level mapping is level 1, so the 256th `[` opens level 257).

            ```
            28:264: error: Nesting is deeper than the limit of 256 levels. [nesting-too-deep]
            ```

            ## Passing example

            [`quiet-max-depth.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/nesting-too-deep/quiet-max-depth.yaml):

            ```yaml
            # Exactly 4 levels with a limit of 4 (see quiet-max-depth.limits).
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            x-deep: { note: "très ☕", levels: [[]] }
            ```

            linted with the limits in [`quiet-max-depth.limits`](../../Tests/OSSpecKitTests/Rules/Fixtures/nesting-too-deep/quiet-max-depth.limits) (on the command line: `osspec lint --max-depth 4 quiet-max-depth.yaml`):

            ```
            # LoaderLimits for quiet-max-depth.yaml, as `osspec lint --max-depth 4`.
            maxDepth=4
            ```

            With the default limit, 255 nested `[` under the top-level mapping (256 levels) are accepted
            too ([`quiet-default-limit.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/nesting-too-deep/quiet-default-limit.yaml)).

            ## How to fix

            Flatten the structure, or move the deeply nested data out of the spec (an `x-` extension key
            still counts). If a spec really needs it, raise the limit with `--max-depth`.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `nesting-too-deep` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "partial-trace-sampling": ##"""
            # partial-trace-sampling

            Category: `tracing` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            tracing.sample_rate below 1: unsampled sessions cannot be replayed.

            ## What it checks

            `tracing.sample_rate` is at least 0 and below 1. The finding is at the value, and the message
            says about how many sessions leave no trace (in whole percent, or to one decimal below 1%:
            `sample_rate: 0.995` leaves about 0.5%). No `sample_rate` means 1.0
            and is quiet. A value outside 0..1 is [`sample-rate-out-of-range`](sample-rate-out-of-range.md)'s,
            an error. `sample_rate: 0` traces nothing and is reported here, as a warning; `enabled: false`
            is [`tracing-disabled`](tracing-disabled.md)'s error.

            ## Why

            Sampling is fine for metrics, but a trace is also how a session is replayed, and the session
            you need to replay is the one that failed: nobody chooses it in advance. With
            `sample_rate: 0.1`, nine failed sessions in ten have left no trace, and neither the failure
            nor what the agents did can be reconstructed. The kernel is instrumented for every session,
            or its instrumentation misses the incidents.

            ## Failing example

            [`fires-half.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/partial-trace-sampling/fires-half.yaml):

            ```yaml
            # 'sample_rate: 0.5': half the sessions leave no trace.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                sample_rate: 0.5
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            25:18: warning: tracing.sample_rate is 0.5: about 50% of sessions leave no trace and cannot be replayed. [partial-trace-sampling]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/partial-trace-sampling/`](../../Tests/OSSpecKitTests/Rules/Fixtures/partial-trace-sampling/), linted by the test suite.

            `fires-zero.yaml`: 'sample_rate: 0': no session leaves a trace.

            The minimal spec with this change (line 25):

            ```yaml
                sample_rate: 0
            ```

            ```
            25:18: warning: tracing.sample_rate is 0: about 100% of sessions leave no trace and cannot be replayed. [partial-trace-sampling]
            ```

            `fires-multibyte.yaml`: 'sample_rate: 0.1', after an accented note and an emoji on its line.

            The minimal spec with this change (line 22):

            ```yaml
              tracing: { x-note: "coût réduit ☕", enabled: true, exporter: stdout, sample_rate: 0.1, events: [model_call], redact: [secrets] }
            ```

            ```
            22:85: warning: tracing.sample_rate is 0.1: about 90% of sessions leave no trace and cannot be replayed. [partial-trace-sampling]
            ```

            ## Passing example

            [`quiet-default.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/partial-trace-sampling/quiet-default.yaml):

            ```yaml
            # The minimal spec: no sample_rate, so the default 1.0 traces every session.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            `sample_rate: 1.0`, written out, is quiet too
            ([`quiet-one.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/partial-trace-sampling/quiet-one.yaml)).

            ## How to fix

            Remove `sample_rate`, or set it to `1.0`. Keep the volume of traces down in other ways:
            `redact: [prompts]` leaves the largest payloads out, and the exporter's retention bounds how
            long traces are kept. If you sample on purpose (a high-volume system where some sessions
            need no replay), leave the warning.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {partial-trace-sampling: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line partial-trace-sampling -- reason` on the line before it; `# osspec:disable partial-trace-sampling -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "placeholder-value": ##"""
            # placeholder-value

            Category: `completeness` · Default severity: `error` · Raised by the spec decoder

            A value is a placeholder (TODO, TBD, FIXME, XXX, ???, ..., <...>, changeme, fill me in).

            ## What it checks

            A string value that is a placeholder: it starts with `TODO`, `TBD`, `FIXME`, `XXX`,
            `changeme` or `fill me in` (in any letter case, as whole words, so `TODO: pick one` is one and
            `Todoist` is not), starts with `???` or `...`, or is wholly in angle brackets (`<model name>`).
            The reason of an `n/a` row is checked too. The finding is at the value. Every string value is
            checked, optional ones included (an item of `context`, a `prompt`).

            ## Why

            Templates and first drafts leave placeholders, and a spec with `TODO` in it is not ready to
            build: a row that cannot be filled means the system is not designed yet. Catching them in CI
            keeps drafts from being merged as if they were finished.

            ## Failing example

            [`fires-todo.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/placeholder-value/fires-todo.yaml):

            ```yaml
            # The description is still 'TODO'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: TODO
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            14:18: error: The description of process 'assistant' is a placeholder ('TODO'), not a value. [placeholder-value]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/placeholder-value/`](../../Tests/OSSpecKitTests/Rules/Fixtures/placeholder-value/), linted by the test suite.

            `fires-angle-brackets.yaml`: A template's '<model name>' left in.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: stub, model: <model name>, context_window: 8192 }
            ```

            ```
            7:36: error: The model name of model 'main' is a placeholder ('<model name>'), not a value. [placeholder-value]
            ```

            `fires-multibyte.yaml`: The provider is 'TBD', after an emoji on the same line.

            The minimal spec with this change (line 7):

            ```yaml
                main: { model: "écho ☕", provider: TBD, context_window: 8192 }
            ```

            ```
            7:40: error: The provider of model 'main' is a placeholder ('TBD'), not a value. [placeholder-value]
            ```

            `fires-not-applicable-reason.yaml`: The n/a reason is a placeholder.

            The minimal spec with this change (line 17):

            ```yaml
            ipc: "n/a: TBD, decide later"
            ```

            ```
            17:6: error: The reason for n/a on row 'ipc' is a placeholder ('TBD'). [placeholder-value]
            ```

            ## Passing example

            [`quiet-filled-in.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/placeholder-value/quiet-filled-in.yaml):

            ```yaml
            # The minimal spec: every value filled in.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            Words that merely start with a placeholder word are not placeholders: `Adds the user's tasks to
            Todoist` is fine, and so is a description that starts with `Todoist`
            ([`quiet-todoist.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/placeholder-value/quiet-todoist.yaml)).

            ## How to fix

            Fill in the value. If the answer is not known yet, the spec is not finished: keep the finding
            until it is, rather than hiding it with another word.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {placeholder-value: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line placeholder-value -- reason` on the line before it; `# osspec:disable placeholder-value -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "recursive-alias": ##"""
            # recursive-alias

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            An alias refers to a node that contains the alias itself.

            ## What it checks

            An alias sits inside the node its anchor is on (`&a [x, *a]`), so the node would contain
            itself. The finding is at the alias. The loader goes on to the end of the file, so every such
            alias and every other YAML problem is reported in one run; the spec itself is not read, since
            its data would be infinite.

            ## Why

            The data would be infinite. A loader that expands aliases loops forever or runs out of
            memory; one that builds a self-referencing object (PyYAML does) breaks whatever walks it
            later: JSON conversion, printing, a code generator.

            ## Failing example

            [`fires-self-reference.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/recursive-alias/fires-self-reference.yaml):

            ```yaml
            # The list anchored '&redact' contains '*redact'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: &redact [secrets, *redact]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            26:31: error: Alias '*redact' refers to the node that contains it, which would never end. [recursive-alias]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/recursive-alias/`](../../Tests/OSSpecKitTests/Rules/Fixtures/recursive-alias/), linted by the test suite.

            `fires-multibyte.yaml`: A mapping that contains an alias to itself, after an emoji.

            The minimal spec with this change (line 28):

            ```yaml
            x-tree: &tree { nom: "racine ☕", children: [*tree] }
            ```

            ```
            28:45: error: Alias '*tree' refers to the node that contains it, which would never end. [recursive-alias]
            ```

            ## Passing example

            [`quiet-alias-outside.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/recursive-alias/quiet-alias-outside.yaml):

            ```yaml
            # The alias is outside the anchored node.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: &redact [secrets]
            user_space: "n/a: embedded as a library call"
            x-redacted: *redact
            ```

            ## How to fix

            Point the alias at a node outside the anchored one, or write the value out.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `recursive-alias` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "sample-rate-out-of-range": ##"""
            # sample-rate-out-of-range

            Category: `tracing` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            tracing.sample_rate is outside 0..1.

            ## What it checks

            `tracing.sample_rate` is a finite number below 0 or above 1. The finding is at the value.
            (`.inf` and `.nan` are not numbers a rate can be: [`invalid-value`](invalid-value.md).) A rate from 0 to 1
            is a valid fraction: 1 is the default and traces every session, and anything below 1 is
            reported by [`partial-trace-sampling`](partial-trace-sampling.md) as a warning instead.

            ## Why

            The sample rate is the fraction of sessions whose trace is kept. A value outside 0..1 is no
            fraction, and tracing libraries handle it in different ways (clamping it, rejecting it,
            misreading it), so what gets traced would depend on the library rather than on the spec.
            The usual cause is a percentage: `sample_rate: 50` meant 50 %, which is `0.5`.

            ## Failing example

            [`fires-above-one.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/sample-rate-out-of-range/fires-above-one.yaml):

            ```yaml
            # 'sample_rate: 1.5': more than every session.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                sample_rate: 1.5
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            25:18: error: tracing.sample_rate is 1.5, outside 0..1. [sample-rate-out-of-range]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/sample-rate-out-of-range/`](../../Tests/OSSpecKitTests/Rules/Fixtures/sample-rate-out-of-range/), linted by the test suite.

            `fires-negative.yaml`: 'sample_rate: -0.1'.

            The minimal spec with this change (line 25):

            ```yaml
                sample_rate: -0.1
            ```

            ```
            25:18: error: tracing.sample_rate is -0.1, outside 0..1. [sample-rate-out-of-range]
            ```

            `fires-multibyte.yaml`: 'sample_rate: 50' (a percentage, not a fraction), after an emoji on its line.

            The minimal spec with this change (line 22):

            ```yaml
              tracing: { x-note: "échantillon ☕", enabled: true, exporter: stdout, sample_rate: 50, events: [model_call], redact: [secrets] }
            ```

            ```
            22:85: error: tracing.sample_rate is 50, outside 0..1. [sample-rate-out-of-range]
            ```

            ## Passing example

            [`quiet-one.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/sample-rate-out-of-range/quiet-one.yaml):

            ```yaml
            # 'sample_rate: 1.0': every session is traced.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                sample_rate: 1.0
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            `sample_rate: 0.5` is inside 0..1, so this rule is quiet; `partial-trace-sampling` warns about
            it
            ([`quiet-half.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/sample-rate-out-of-range/quiet-half.yaml)).

            ## How to fix

            Write a fraction from 0 to 1: `1.0` (or no `sample_rate` at all) traces every session. For a
            percentage, divide by 100.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {sample-rate-out-of-range: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line sample-rate-out-of-range -- reason` on the line before it; `# osspec:disable sample-rate-out-of-range -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "session-checkpoints-with-approval": ##"""
            # session-checkpoints-with-approval

            Category: `filesystem` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            Checkpoints every session while tools need approval: a paused run resumes from the session's start.

            ## What it checks

            `filesystem.checkpoints.every` is `session` while a tool has `approval: human`. The finding
            is a warning at the value `session`; the message names the first tool that needs approval.

            ## Why

            A checkpoint per session is taken once for the whole session, not at the step where a run
            pauses for approval. A run that waits for a person's answer and is then lost (a deployment,
            a crash, a timeout) resumes from the session's checkpoint, not from the pause: it redoes
            every step before the approval, model calls included, and may ask for the approval again.
            With `every: node` (or `turn`), the run resumes at the approval.

            The runtimes `osspec generate` writes save a run that pauses in every mode, so there a pause
            itself stays resumable; under `every: session` they then keep only the newest checkpoint, so
            nothing before the approval can be replayed. An orchestrator that takes `every: session` at its
            word saves nothing at the pause at all.

            ## Failing example

            [`fires-every-session.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/session-checkpoints-with-approval/fires-every-session.yaml):

            ```yaml
            # The support-desk spec with checkpoints every session; 'issue_refund' pauses runs for approval.
            osspec: 1
            name: support-desk
            description: >-
              A customer support chat. A triage agent reads the ticket, answers from the
              knowledge base where it can, and hands refund requests to a refunds agent,
              which issues a refund only after a support lead approves it.

            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large

            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }

            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
              checkpoints: { backend: postgres, every: session, retention_days: 14 }

            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
                prompt: |
                  You are the first line of a customer support desk. Read the ticket, answer
                  from the knowledge base when it covers the question, and hand refund
                  requests to the refunds agent with the order number.
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
                prompt: |
                  You handle refund requests. Refund only orders placed in the last 30 days,
                  for at most the amount paid, and say why when a request is outside policy.
                  A support lead approves every refund before it is sent.

            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }

            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [pii, secrets]

            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            27:44: warning: Checkpoints are taken every session, but tool 'issue_refund' pauses runs mid-session for approval; a resumed run would start over. [session-checkpoints-with-approval]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/session-checkpoints-with-approval/`](../../Tests/OSSpecKitTests/Rules/Fixtures/session-checkpoints-with-approval/), linted by the test suite.

            `fires-multibyte.yaml`: 'every: session', after an accented note and an emoji on its line.

            The support-desk spec with this change (line 27):

            ```yaml
              checkpoints: { backend: postgres, x-note: "reprise ☕", every: session, retention_days: 14 }
            ```

            ```
            27:65: warning: Checkpoints are taken every session, but tool 'issue_refund' pauses runs mid-session for approval; a resumed run would start over. [session-checkpoints-with-approval]
            ```

            ## Passing example

            [`quiet-every-node.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/session-checkpoints-with-approval/quiet-every-node.yaml):

            ```yaml
            # The support-desk spec: a checkpoint at every node.
            osspec: 1
            name: support-desk
            description: >-
              A customer support chat. A triage agent reads the ticket, answers from the
              knowledge base where it can, and hands refund requests to a refunds agent,
              which issues a refund only after a support lead approves it.

            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large

            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }

            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }

            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
                prompt: |
                  You are the first line of a customer support desk. Read the ticket, answer
                  from the knowledge base when it covers the question, and hand refund
                  requests to the refunds agent with the order number.
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
                prompt: |
                  You handle refund requests. Refund only orders placed in the last 30 days,
                  for at most the amount paid, and say why when a request is outside policy.
                  A support lead approves every refund before it is sent.

            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }

            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [pii, secrets]

            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            `every: turn` is quiet too
            ([`quiet-every-turn.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/session-checkpoints-with-approval/quiet-every-turn.yaml)),
            and so is `every: session` when no tool needs approval
            ([`quiet-no-approval.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/session-checkpoints-with-approval/quiet-no-approval.yaml)).

            ## How to fix

            Use `every: node`, or `every: turn` if a turn never pauses in the middle.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {session-checkpoints-with-approval: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line session-checkpoints-with-approval -- reason` on the line before it; `# osspec:disable session-checkpoints-with-approval -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "shared-isolation": ##"""
            # shared-isolation

            Category: `user_space` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            isolation shared with concurrency above 1: one session's failure or state reaches the others.

            ## What it checks

            `user_space.isolation` is `shared` and `user_space.concurrency` is above 1. The finding is at
            the isolation value, with the concurrency as related location. When `concurrency` is not given,
            osspec does not guess and the rule stays quiet; with `user_space` written as n/a it does not
            apply.

            ## Why

            User space is where the application's sessions run, and the OS lesson is that one user's
            program must not be able to bring down or read another's. With `shared` isolation every
            session runs in one space: a session that corrupts shared state, exhausts a shared budget or
            crashes the run takes the others with it, and one user's data can surface in another user's
            context. The worked case in the format runs one isolated run per candidate session for this
            reason.

            ## Failing example

            [`fires-flow.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/shared-isolation/fires-flow.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 64); the rows it leaves alone are not shown:

            ```yaml
            # 50 concurrent sessions share one isolation domain.
            # ...
            user_space: { app: Support desk, interface: chat, isolation: shared, concurrency: 50 }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            64:62: warning: 50 concurrent sessions share one isolation domain; one session's failure or state reaches the others. [shared-isolation]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/shared-isolation/`](../../Tests/OSSpecKitTests/Rules/Fixtures/shared-isolation/), linted by the test suite.

            `fires-block.yaml`: user_space in block style: isolation shared, with two concurrent sessions.

            The support-desk spec with this change (lines 64–68):

            ```yaml
            user_space:
              app: Support desk
              interface: chat
              isolation: shared
              concurrency: 2
            ```

            ```
            67:14: warning: 2 concurrent sessions share one isolation domain; one session's failure or state reaches the others. [shared-isolation]
            ```

            `fires-multibyte.yaml`: isolation: shared comes after accented text and an emoji.

            The support-desk spec with this change (line 64):

            ```yaml
            user_space: { app: Service client ☕ après-vente, interface: chat, isolation: shared, concurrency: 50 }
            ```

            ```
            64:78: warning: 50 concurrent sessions share one isolation domain; one session's failure or state reaches the others. [shared-isolation]
            ```

            ## Passing example

            [`quiet-per-session.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/shared-isolation/quiet-per-session.yaml):

            The support-desk spec as it is; its user space:

            ```yaml
            # The support-desk spec: each of the 50 concurrent sessions runs in its own isolation domain.
            # ...
            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            `quiet-one-session.yaml`: Shared isolation with one session at a time: there is no other session to reach.

            The support-desk spec with this change (line 64):

            ```yaml
            user_space: { app: Support desk, interface: chat, isolation: shared, concurrency: 1 }
            ```

            ## How to fix

            Use `isolation: per-session`, or `per-user` when a user's sessions must share state.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {shared-isolation: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line shared-isolation -- reason` on the line before it; `# osspec:disable shared-isolation -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "shared-tool-registry": ##"""
            # shared-tool-registry

            Category: `permissions` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            Two or more processes all hold the same full tool set: the tools are one shared registry, not scoped.

            ## What it checks

            With at least two tools in `ipc.tools` and at least two processes, every process lists exactly
            the full set of declared tools (order and repeats do not matter). There is one finding, at the
            `tools` key of the first process, with the other processes' `tools` keys as related locations.
            When any process holds a different set, or a wildcard, the rule stays quiet.

            ## Why

            No process gets root, and an allowlist that lists everything scopes nothing. Handing every
            agent the whole registry is the default of many frameworks; it means that each agent can do
            what any agent can, so an injected instruction reaching any one of them can use every tool, and
            the allowlists tell a reviewer nothing about what each agent is for.

            ## Failing example

            [`fires-same-tools.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/shared-tool-registry/fires-same-tools.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33, line 42); the rows it leaves alone are not shown:

            ```yaml
            # Both processes hold both tools (in a different order): the allowlists scope nothing.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, issue_refund]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund, search_kb]
                handoffs: []
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            33:5: warning: All 2 processes hold the same 2 tools; nothing is scoped to what each one does. [shared-tool-registry]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/shared-tool-registry/`](../../Tests/OSSpecKitTests/Rules/Fixtures/shared-tool-registry/), linted by the test suite.

            `fires-multibyte.yaml`: The processes in flow style: triage's tools key comes after accented text and an emoji.

            The support-desk spec with this change (lines 30–31):

            ```yaml
              triage: { description: Lit le ticket et l'oriente ☕, task: triage, tools: [search_kb, issue_refund], handoffs: [refunds] }
              refunds: { description: Rembourse selon la politique, task: refunds, tools: [search_kb, issue_refund] }
            ```

            ```
            30:70: warning: All 2 processes hold the same 2 tools; nothing is scoped to what each one does. [shared-tool-registry]
            ```

            ## Passing example

            [`quiet-scoped.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/shared-tool-registry/quiet-scoped.yaml):

            The support-desk spec as it is; each process holds the one tool its job needs:

            ```yaml
            # The support-desk spec: triage holds search_kb, refunds holds issue_refund.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
            ```

            `quiet-one-tool.yaml`: Both processes hold the only tool: one shared tool is not a registry (the rule needs at least two tools).

            The support-desk spec with this change (line 42, and the tool `issue_refund` removed from `ipc.tools`):

            ```yaml
                tools: [search_kb]
            ```

            ## How to fix

            Give each process only the tools its job needs. If two agents really need the same tools,
            they may be one agent.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {shared-tool-registry: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line shared-tool-registry -- reason` on the line before it; `# osspec:disable shared-tool-registry -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "suppression-without-reason": ##"""
            # suppression-without-reason

            Category: `completeness` · Default severity: `warning` · Raised where suppression comments are applied (after every other stage)

            An `# osspec:disable` comment gives no reason after ` -- `.

            ## What it checks

            Every `# osspec:disable-next-line` and `# osspec:disable` comment (see
            [docs/configuration.md](../configuration.md#inline-suppression)) must end with ` -- ` and a
            reason: `# osspec:disable-next-line unused-tool -- granted at run time by the plugin loader`.
            A comment without one, or with nothing after the `--`, is reported at the comment. It still
            silences what it names: the warning is about the missing reason, not about the finding.

            ## Why

            A suppression is a decision that a finding is acceptable, made once and read by everyone
            after. Without its reason, the next reviewer cannot tell a considered exception (a tool
            granted by a plugin, a budget checked elsewhere) from a finding someone wanted out of the way,
            and cannot tell when the exception stops being true. Requiring the reason keeps the
            decision on record in the spec, next to what it excuses.

            ## Failing example

            [`fires-no-reason.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/suppression-without-reason/fires-no-reason.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with a tool granted to no process and a suppression above it (line 53); the rows it leaves alone are not shown:

            ```yaml
            # 'close_ticket' is granted by a plugin at run time; its finding is suppressed, but the comment gives no reason.
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                # osspec:disable-next-line unused-tool
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            53:5: warning: This suppression of 'unused-tool' gives no reason. [suppression-without-reason]
            ```

            The [`unused-tool`](unused-tool.md) finding for `close_ticket` is silenced all the same.

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/suppression-without-reason/`](../../Tests/OSSpecKitTests/Rules/Fixtures/suppression-without-reason/), linted by the test suite.

            `fires-empty-reason.yaml`: the separator is there, the reason is not (line 53):

            ```yaml
                # osspec:disable-next-line unused-tool --
            ```

            ```
            53:5: warning: This suppression of 'unused-tool' gives no reason. [suppression-without-reason]
            ```

            ## Passing example

            [`quiet-with-reason.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/suppression-without-reason/quiet-with-reason.yaml) (line 53):

            ```yaml
                # osspec:disable-next-line unused-tool -- granted at run time by the plugin loader
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            ## How to fix

            Add ` -- ` and the reason after the rule ids: why the finding is acceptable here, in words a
            reviewer can check.

            ## Suppressing

            This rule cannot be suppressed by a comment (a comment about comments would never end). A
            project that does not want reasons can turn it off in `.osspec.yml` with `rules:
            {suppression-without-reason: off}` (see [docs/configuration.md](../configuration.md)).
            """##,
        "too-many-findings": ##"""
            # too-many-findings

            Category: `syntax` · Default severity: `warning` (raised to the severity of the worst finding it counts) · Raised by the linter, after the configuration is applied

            The file has more findings than the limit (1,000 by default); the rest are counted, not listed.

            ## What it checks

            A file's findings are listed in report order up to the limit, `--max-findings N` (1,000 by
            default). When there are more, the rest are not listed but counted, by severity, in this one
            finding at 1:1, listed first. Its severity is that of the most severe finding it counts, so
            the exit code is the one every finding would have given: a file whose 1,001st finding is an
            error still fails the run. Findings of rules that `.osspec.yml` turns off, and findings that
            a `# osspec:disable` comment suppresses, are not counted.

            ## Why

            A generated or corrupted file can hold tens of thousands of problems (a spec pasted twice, a
            wrong file linted). Listing them all floods a terminal, a CI log or a pull request's
            annotations without telling the reader more than the first screen does, and costs memory in
            every output format. The limit bounds the output whatever the input, as the loader's limits
            bound its memory; the count keeps the run honest about what was left out.

            ## Failing example

            [`fires-over-limit.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/too-many-findings/fires-over-limit.yaml):

            ```yaml
            # Four findings, linted with a limit of two (see fires-over-limit.limits): the first two (an
            # error and a warning) are listed, and the other two errors are counted in one finding.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192, colour: no }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: on
                tools: []
                modle: small
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
                sampel_rate: 1
            user_space: "n/a: embedded as a library call"
            ```

            linted with the limits in [`fires-over-limit.limits`](../../Tests/OSSpecKitTests/Rules/Fixtures/too-many-findings/fires-over-limit.limits):

            ```
            # LoaderLimits for fires-over-limit.yaml, as `osspec lint --max-findings 2`.
            maxFindingsPerFile=2
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            1:1: error: 2 more findings (2 errors) after the first 2 are not listed. [too-many-findings]
            8:64: error: Unknown key 'colour' in model 'main'. [unknown-key]
            16:11: warning: 'on' is the string "on" here (YAML 1.2), but YAML 1.1 tools read it as the boolean true. [yaml11-boolean]
            ```

            ## Passing example

            [`quiet-at-limit.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/too-many-findings/quiet-at-limit.yaml), the same file:

            ```yaml
            # The same four findings, linted with a limit of four (see quiet-at-limit.limits): all are listed.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192, colour: no }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: on
                tools: []
                modle: small
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
                sampel_rate: 1
            user_space: "n/a: embedded as a library call"
            ```

            linted with the limits in [`quiet-at-limit.limits`](../../Tests/OSSpecKitTests/Rules/Fixtures/too-many-findings/quiet-at-limit.limits), where all four findings fit:

            ```
            # LoaderLimits for quiet-at-limit.yaml, as `osspec lint --max-findings 4`.
            maxFindingsPerFile=4
            ```

            ## How to fix

            Fix the findings that are listed (the first ones are often the cause of the rest, such as a
            row indented under the wrong key), or run `osspec lint --max-findings 100000 FILE` to see
            them all. From the library, set `LoaderLimits(maxFindingsPerFile:)`.

            ## Suppressing

            This finding is made after the configuration and the suppression comments have been applied,
            so neither can change it: turn off or suppress the rules it counts instead, or raise the limit
            with `--max-findings`. A `# osspec:disable` comment naming it is an
            [`invalid-suppression`](invalid-suppression.md), as for every `syntax` finding.
            """##,
        "too-many-nodes": ##"""
            # too-many-nodes

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            The document holds more nodes than the limit (4,000,000 by default).

            ## What it checks

            The document holds more nodes than the limit: 4,000,000 by default. Nodes are counted as
            written: every scalar (keys included), mapping, sequence and alias. The finding is at the
            first node past the limit, and the file is not read further.

            ## Why

            Each node costs memory (4,000,000 nodes are about 92 MiB). A file within the size limit can
            still hold millions of nodes: 32 MiB of `[0,0,0,...` is 16 million. The limit keeps osspec's
            memory bounded on any input, such as a pull request in CI.

            ## Failing example

            [`fires-max-nodes.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/too-many-nodes/fires-max-nodes.yaml):

            ```yaml
            # The minimal spec, linted with a limit of 40 nodes (see fires-max-nodes.limits).
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            linted with the limits in [`fires-max-nodes.limits`](../../Tests/OSSpecKitTests/Rules/Fixtures/too-many-nodes/fires-max-nodes.limits):

            ```
            # LoaderLimits for fires-max-nodes.yaml: the default is 4,000,000 nodes.
            maxNodes=40
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            19:3: error: The document holds more than 40 nodes. [too-many-nodes]
            ```

            The minimal spec has 65 nodes; the 41st is the key `orchestrator` on line 19. On the command
            line the limit is `--max-nodes N`; the library sets it with `LoaderLimits(maxNodes:)`.

            ## Passing example

            [`quiet-max-nodes.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/too-many-nodes/quiet-max-nodes.yaml):

            ```yaml
            # The minimal spec, linted with a limit of its exact node count.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            linted with the limits in [`quiet-max-nodes.limits`](../../Tests/OSSpecKitTests/Rules/Fixtures/too-many-nodes/quiet-max-nodes.limits):

            ```
            # LoaderLimits for quiet-max-nodes.yaml: exactly its number of nodes.
            maxNodes=65
            ```

            ## How to fix

            A spec has hundreds of nodes, not millions: check that the file is the spec you meant, and
            move bulk data out of it.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `too-many-nodes` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "tracing-disabled": ##"""
            # tracing-disabled

            Category: `tracing` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            kernel.tracing.enabled is false: no session can be replayed or audited.

            ## What it checks

            `kernel.tracing.enabled` is `false`. The finding is at the value `false`. The rest of the
            `tracing` block is still checked ([`tracing-events-incomplete`](tracing-events-incomplete.md),
            the sample rate), so that switching it on gives a complete trace; only
            [`tracing-no-redaction`](tracing-no-redaction.md) stays quiet, since nothing is exported.

            ## Why

            A tracing block that is switched off is the same as none: the kernel is not instrumented, no
            session can be replayed, and no agent's actions can be audited. Tracing is usually switched
            off for cost or for privacy, and both have a better answer that keeps the kernel
            instrumented: redact what must not leave the kernel, and keep traces for a bounded time at
            the exporter.

            ## Failing example

            [`fires-enabled-false.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-disabled/fires-enabled-false.yaml):

            ```yaml
            # 'enabled: false' switches tracing off.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: false
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            23:14: error: Tracing is disabled; no session can be replayed or audited. [tracing-disabled]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/tracing-disabled/`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-disabled/), linted by the test suite.

            `fires-multibyte.yaml`: Tracing switched off, after an accented note and an emoji on its line.

            The minimal spec with this change (line 22):

            ```yaml
              tracing: { x-why: "trop cher ☕", enabled: false, exporter: stdout, events: [model_call], redact: [secrets] }
            ```

            ```
            22:45: error: Tracing is disabled; no session can be replayed or audited. [tracing-disabled]
            ```

            ## Passing example

            [`quiet-enabled.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-disabled/quiet-enabled.yaml):

            ```yaml
            # The minimal spec: 'enabled: true'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Set `enabled: true`. If privacy is the concern, list what to remove in `redact` (`pii`,
            `secrets`, `prompts`); if volume is, set retention at the exporter. Sampling
            (`sample_rate` below 1) also lowers the volume, but
            [`partial-trace-sampling`](partial-trace-sampling.md) warns about it: unsampled sessions
            cannot be replayed.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {tracing-disabled: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line tracing-disabled -- reason` on the line before it; `# osspec:disable tracing-disabled -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "tracing-events-incomplete": ##"""
            # tracing-events-incomplete

            Category: `tracing` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            tracing.events leaves out a kind of event the spec makes possible (model_call, tool_call, handoff, checkpoint, approval).

            ## What it checks

            `tracing.events` must list every kind of event the spec makes possible:

            | kind | required when |
            |---|---|
            | `model_call` | always (every process calls a model) |
            | `tool_call` | `ipc.tools` declares at least one tool |
            | `handoff` | a process has at least one handoff |
            | `checkpoint` | `filesystem.checkpoints` is set |
            | `approval` | a tool has `approval: human` |

            `denial` is never required, and always a good idea. There is one finding, at the `events`
            key; the message names every missing kind with the reason it is needed, and the hint lists
            them to add. A `tracing` block with no `events` key at all is reported by
            `missing-key` instead.

            ## Why

            A replay is only as complete as its trace. Without `tool_call`, a replay of the support desk
            shows the model deciding to refund an order and then nothing: the step that changed the
            world is missing. Without `handoff`, it cannot say which agent did what. Without
            `approval`, there is no record of who approved a refund, which is the audit trail the
            approval exists for; without `checkpoint`, nobody can tell from which step a resumed run
            started. The kernel is instrumented for every kind of step it can take, or the trace has
            holes exactly where the consequential steps are.

            ## Failing example

            [`fires-several-kinds.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-events-incomplete/fires-several-kinds.yaml):

            ```yaml
            # The support-desk spec tracing only model calls and denials; it also has tools, handoffs, checkpoints and an approval.
            osspec: 1
            name: support-desk
            description: >-
              A customer support chat. A triage agent reads the ticket, answers from the
              knowledge base where it can, and hands refund requests to a refunds agent,
              which issues a refund only after a support lead approves it.

            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large

            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }

            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }

            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
                prompt: |
                  You are the first line of a customer support desk. Read the ticket, answer
                  from the knowledge base when it covers the question, and hand refund
                  requests to the refunds agent with the order number.
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
                prompt: |
                  You handle refund requests. Refund only orders placed in the last 30 days,
                  for at most the amount paid, and say why when a request is outside policy.
                  A support lead approves every refund before it is sent.

            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }

            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, denial]
                redact: [pii, secrets]

            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            61:5: error: tracing.events leaves out tool_call, handoff, checkpoint, approval (tools are declared; processes hand off; checkpoints are configured; a tool needs approval). [tracing-events-incomplete]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/tracing-events-incomplete/`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-events-incomplete/), linted by the test suite.

            `fires-empty-list.yaml`: 'events: []': not even model calls are traced.

            The minimal spec with this change (line 25):

            ```yaml
                events: []
            ```

            ```
            25:5: error: tracing.events leaves out model_call (every process calls a model). [tracing-events-incomplete]
            ```

            `fires-multibyte.yaml`: The support-desk spec without 'handoff' in events, which follow an emoji on their line.

            The support-desk spec with this change (line 58):

            ```yaml
              tracing: { x-owner: "équipe support ☕", events: [model_call, tool_call, checkpoint, approval, denial], enabled: true, exporter: otlp, redact: [pii, secrets] }
            ```

            ```
            58:43: error: tracing.events leaves out handoff (processes hand off). [tracing-events-incomplete]
            ```

            ## Passing example

            [`quiet-support-desk.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-events-incomplete/quiet-support-desk.yaml):

            ```yaml
            # The support-desk spec: every kind it makes possible is traced.
            osspec: 1
            name: support-desk
            description: >-
              A customer support chat. A triage agent reads the ticket, answers from the
              knowledge base where it can, and hands refund requests to a refunds agent,
              which issues a refund only after a support lead approves it.

            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large

            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }

            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }

            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
                prompt: |
                  You are the first line of a customer support desk. Read the ticket, answer
                  from the knowledge base when it covers the question, and hand refund
                  requests to the refunds agent with the order number.
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
                prompt: |
                  You handle refund requests. Refund only orders placed in the last 30 days,
                  for at most the amount paid, and say why when a request is outside policy.
                  A support lead approves every refund before it is sent.

            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }

            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [pii, secrets]

            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            A spec with one process, no tools, no handoffs and no checkpoints needs only `model_call`
            ([`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-events-incomplete/quiet-minimal.yaml)).

            ## How to fix

            Add the kinds named in the message to `tracing.events`, and `denial` while you are at it.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {tracing-events-incomplete: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line tracing-events-incomplete -- reason` on the line before it; `# osspec:disable tracing-events-incomplete -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "tracing-missing": ##"""
            # tracing-missing

            Category: `tracing` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            kernel has no tracing: no session can be replayed or audited.

            ## What it checks

            The `kernel` row is written out but has no `tracing` key. The finding is at the `kernel` key.
            A `kernel` row that is missing or not a mapping is reported by `missing-row` or `wrong-type`
            instead, and so is a `tracing` that is not a mapping (`tracing: false`); this rule then stays
            quiet. The keys inside `tracing` are checked by the decoder (`missing-key` for `enabled`,
            `exporter` and `events`) and by the other tracing rules.

            ## Why

            The third OS lesson: the kernel is instrumented. Every model call, tool call, handoff and
            checkpoint is traced, so that any session can be replayed step by step and any agent's
            actions can be audited afterwards. A kernel without tracing is an operating system without
            logs: when a session goes wrong in production, there is nothing to replay and nothing that
            shows what an agent did, with which tool, on whose instruction.

            ## Failing example

            [`fires-no-tracing.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-missing/fires-no-tracing.yaml):

            ```yaml
            # The kernel has no 'tracing' block.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            18:1: error: The kernel has no 'tracing'; no session can be replayed. [tracing-missing]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/tracing-missing/`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-missing/), linted by the test suite.

            `fires-multibyte.yaml`: The spec as one flow mapping; 'kernel', after an emoji on its line, has no 'tracing'.

            The whole file:

            ```yaml
            # The spec as one flow mapping; 'kernel', after an emoji on its line, has no 'tracing'.
            {
              osspec: 1, name: minimal,
              cpu: { default: main, models: { main: { provider: stub, model: echo, context_window: 8192 } } },
              ram: { policy: sliding-window, default_budget_tokens: 4096 },
              filesystem: "n/a: stateless, nothing is kept between runs",
              processes: { assistant: { description: Answers the user's message in a single reply, task: answer, tools: [] } },
              ipc: "n/a: one agent with no tools",
              x-note: "noyau sans traçage ☕", kernel: { orchestrator: swift, entry: assistant, limits: { max_steps: 5, timeout_seconds: 30 } },
              user_space: "n/a: embedded as a library call"
            }
            ```

            ```
            9:35: error: The kernel has no 'tracing'; no session can be replayed. [tracing-missing]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-missing/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: the kernel is traced.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Add a `tracing` mapping under `kernel`: `enabled: true`, an `exporter`, and the `events` the
            spec makes possible (`model_call` always; [`tracing-events-incomplete`](tracing-events-incomplete.md)
            says which others), with a `redact` list:

            ```yaml
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call]
                redact: [pii, secrets]
            ```

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {tracing-missing: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line tracing-missing -- reason` on the line before it; `# osspec:disable tracing-missing -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "tracing-no-redaction": ##"""
            # tracing-no-redaction

            Category: `tracing` · Default severity: `info` · Raised by the architecture rules (after the spec is decoded)

            tracing has no redact list: traces carry prompts, user data and secrets as they are.

            ## What it checks

            `kernel.tracing` has no `redact` key. The finding is an info at the `tracing` key.
            `redact: []` is a decision (nothing needs redacting) and is quiet, and so is a tracing block
            with `enabled: false`, which exports nothing (that is
            [`tracing-disabled`](tracing-disabled.md)'s error).

            ## Why

            Traces carry what the agents saw and did: full prompts, the users' messages, tool arguments
            and tool results, so personal data and, in tool calls, credentials. They leave the kernel for
            an exporter (an OTLP collector, LangSmith, a file) with its own access rules and retention.
            An instrumented kernel says what it removes before a trace leaves it. This is an info, not a
            warning: only you know what your traces carry, so osspec asks for the decision to be written
            down rather than for a particular list.

            ## Failing example

            [`fires-no-redact.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-no-redaction/fires-no-redact.yaml):

            ```yaml
            # Tracing has no 'redact' list.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            22:3: info: Tracing redacts nothing; traces will carry prompts, user data and secrets as they are. [tracing-no-redaction]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/tracing-no-redaction/`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-no-redaction/), linted by the test suite.

            `fires-multibyte.yaml`: A kernel in flow style whose 'tracing', after an emoji on its line, has no 'redact'.

            The minimal spec with this change (lines 19–20):

            ```yaml
              { orchestrator: swift, entry: assistant, limits: { max_steps: 5, timeout_seconds: 30 },
                x-owner: "équipe ☕", tracing: { enabled: true, exporter: stdout, events: [model_call] } }
            ```

            ```
            20:26: info: Tracing redacts nothing; traces will carry prompts, user data and secrets as they are. [tracing-no-redaction]
            ```

            ## Passing example

            [`quiet-redact-secrets.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-no-redaction/quiet-redact-secrets.yaml):

            ```yaml
            # The minimal spec: secrets are redacted.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            `redact: []` records that nothing needs redacting, and is quiet too
            ([`quiet-redact-empty.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/tracing-no-redaction/quiet-redact-empty.yaml)).

            ## How to fix

            Add `redact:` under `tracing` with what your exporter must not receive, e.g.
            `redact: [pii, secrets]`, or `redact: []` if traces hold nothing sensitive.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {tracing-no-redaction: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line tracing-no-redaction -- reason` on the line before it; `# osspec:disable tracing-no-redaction -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unbounded-handoff-cycle": ##"""
            # unbounded-handoff-cycle

            Category: `kernel` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            Handoffs form a cycle and ipc.handoffs.max_hops is not set.

            ## What it checks

            The handoff graph (processes are nodes, each `handoffs` item naming a declared process is an
            edge) has a cycle, and `ipc.handoffs.max_hops` is not set. A process that hands off to
            itself is a cycle too. There is one finding per group of processes that can hand a session
            round among themselves (a strongly connected component): the message shows one cycle
            through the group's first declared process, the finding is at the handoff that closes it,
            and the other handoffs of the cycle are related locations. Setting `max_hops` bounds every
            cycle, so any value silences the rule.

            ## Why

            Bounded runs. A cycle of handoffs is often intended (a coordinator hands each turn to an
            interviewer, which hands back), and with it a session can go round forever when an agent
            keeps handing back. `kernel.limits.max_steps` stops the run eventually, but only after the
            loop has spent the whole step budget and its bill; `max_hops` states how many handoffs a
            session is expected to need, so a loop is cut at that point and recognised as a loop. A
            graph without cycles bounds itself and needs no `max_hops`.

            ## Failing example

            [`fires-three-processes.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unbounded-handoff-cycle/fires-three-processes.yaml):

            ```yaml
            # planner -> writer -> reviewer -> planner, and ipc sets no max_hops.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              planner:
                description: Plans the answer
                task: plan
                tools: []
                handoffs: [writer]
              writer:
                description: Writes the answer
                task: write
                tools: []
                handoffs: [reviewer]
              reviewer:
                description: Reviews the answer and sends it back when it needs work
                task: review
                tools: []
                handoffs: [planner]
            ipc:
              tools: {}
            kernel:
              orchestrator: swift
              entry: planner
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call, handoff]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            27:16: error: Handoffs form a cycle (planner -> writer -> reviewer -> planner) and ipc.handoffs.max_hops is not set. [unbounded-handoff-cycle]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unbounded-handoff-cycle/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unbounded-handoff-cycle/), linted by the test suite.

            `fires-self-loop.yaml`: 'assistant' hands off to itself, and ipc sets no max_hops.

            The minimal spec with this change (lines 17–19, line 27):

            ```yaml
                handoffs: [assistant]
            ipc:
              tools: {}
            # ...
                events: [model_call, handoff]
            ```

            ```
            17:16: error: Handoffs form a cycle (assistant -> assistant) and ipc.handoffs.max_hops is not set. [unbounded-handoff-cycle]
            ```

            `fires-multibyte.yaml`: The handoff back to 'planner' comes after accented text and an emoji on its line.

            [`fires-three-processes.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unbounded-handoff-cycle/fires-three-processes.yaml) with this change (line 23):

            ```yaml
              reviewer: { description: "Relit la réponse ☕", task: review, tools: [], handoffs: [planner] }
            ```

            ```
            23:86: error: Handoffs form a cycle (planner -> writer -> reviewer -> planner) and ipc.handoffs.max_hops is not set. [unbounded-handoff-cycle]
            ```

            ## Passing example

            [`quiet-max-hops.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unbounded-handoff-cycle/quiet-max-hops.yaml):

            ```yaml
            # The same cycle, bounded by ipc.handoffs.max_hops.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              planner:
                description: Plans the answer
                task: plan
                tools: []
                handoffs: [writer]
              writer:
                description: Writes the answer
                task: write
                tools: []
                handoffs: [reviewer]
              reviewer:
                description: Reviews the answer and sends it back when it needs work
                task: review
                tools: []
                handoffs: [planner]
            ipc:
              tools: {}
              handoffs: { max_hops: 5 }
            kernel:
              orchestrator: swift
              entry: planner
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call, handoff]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            A graph without a cycle needs no `max_hops`
            ([`quiet-no-cycle.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unbounded-handoff-cycle/quiet-no-cycle.yaml)).

            ## How to fix

            Add `handoffs: {max_hops: N}` under `ipc`, with N the most handoffs a normal session needs
            and at most `kernel.limits.max_steps` ([`max-hops-exceeds-steps`](max-hops-exceeds-steps.md)).
            If the cycle is not intended, remove the handoff that closes it.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unbounded-handoff-cycle: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unbounded-handoff-cycle -- reason` on the line before it; `# osspec:disable unbounded-handoff-cycle -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "undefined-alias": ##"""
            # undefined-alias

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            An alias names an anchor that is not defined before it.

            ## What it checks

            An alias `*name` names no anchor `&name` defined before it. In YAML an alias can only refer
            back: the anchor must come earlier in the file. When a defined anchor has a similar name,
            osspec suggests it (for the first undefined alias of the file, so that a file of many stays
            quick to lint). The loader goes on to the end of the file, so every bad alias and every other
            YAML problem is reported in one run; the spec itself is not read, since its data is
            incomplete.

            ## Why

            The YAML cannot be turned into data: every YAML tool rejects it ("found undefined alias").
            It usually comes from a typo, or from moving the anchored block below its first use.

            ## Failing example

            [`fires-typo.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/undefined-alias/fires-typo.yaml):

            ```yaml
            # The alias misspells its anchor.
            osspec: 1
            x-defaults: { timeout: &timeout 30 }
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: *timout }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            22:44: error: Alias '*timout' names no anchor defined before it. Did you mean 'timeout'? [undefined-alias]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/undefined-alias/`](../../Tests/OSSpecKitTests/Rules/Fixtures/undefined-alias/), linted by the test suite.

            `fires-multibyte.yaml`: An alias after accented text and an emoji, with no anchor at all.

            The minimal spec with this change (line 26):

            ```yaml
                redact: ["clés ☕", *secrets]
            ```

            ```
            26:24: error: Alias '*secrets' names no anchor defined before it. [undefined-alias]
            ```

            `fires-used-before-anchor.yaml`: The alias comes before the anchor it names.

            The minimal spec with this change (line 21, lines 28–29):

            ```yaml
              limits: *limits
            # ...
            x-defaults:
              limits: &limits { max_steps: 5, timeout_seconds: 30 }
            ```

            ```
            21:11: error: Alias '*limits' names no anchor defined before it. [undefined-alias]
            ```

            ## Passing example

            [`quiet-anchor-first.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/undefined-alias/quiet-anchor-first.yaml):

            ```yaml
            # The anchor is defined before the alias.
            osspec: 1
            x-defaults: { timeout: &timeout 30 }
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: *timeout }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Fix the alias's spelling, or move the anchored node above its first alias (a `x-defaults:`
            key at the top of the spec is a good home for anchors).

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `undefined-alias` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "unknown-entry": ##"""
            # unknown-entry

            Category: `reference` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            kernel.entry names no declared process, so no session can start.

            ## What it checks

            `kernel.entry` must be a key of `processes`. The finding is at the entry, with "Did you mean
            ...?" when a declared process is close, otherwise with the declared processes.

            While the entry names nothing, [`unreachable-process`](unreachable-process.md) stays quiet:
            every process would be unreachable, and the fix is here.

            ## Why

            The entry is where the kernel starts every session, as `init` is the first process of an
            operating system. With an entry that names no process, no session can start, and nothing can
            be said about which processes ever run.

            ## Failing example

            [`fires-typo.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-entry/fires-typo.yaml):

            ```yaml
            # kernel.entry names 'asistant', a typo for the process 'assistant'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: asistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            20:10: error: Unknown process 'asistant' in kernel.entry. Did you mean 'assistant'? [unknown-entry]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unknown-entry/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-entry/), linted by the test suite.

            `fires-undeclared.yaml`: kernel.entry names 'coordinator', a process that is not declared.

            The minimal spec with this change (line 20):

            ```yaml
              entry: coordinator
            ```

            ```
            20:10: error: Unknown process 'coordinator' in kernel.entry. (declared: 'assistant') [unknown-entry]
            ```

            `fires-multibyte.yaml`: The kernel row in flow style: entry 'asistant' comes after accented text and an emoji.

            The minimal spec with this change (lines 18–20):

            ```yaml
            kernel: { orchestrator: "graphe maison ☕", entry: asistant,
              limits: { max_steps: 5, timeout_seconds: 30 },
              tracing: { enabled: true, exporter: stdout, events: [model_call], redact: [secrets] } }
            ```

            ```
            18:51: error: Unknown process 'asistant' in kernel.entry. Did you mean 'assistant'? [unknown-entry]
            ```

            ## Passing example

            [`quiet-declared.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-entry/quiet-declared.yaml):

            ```yaml
            # The minimal spec: kernel.entry names the declared process 'assistant'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Correct the id as suggested, or name the process where sessions start.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unknown-entry: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unknown-entry -- reason` on the line before it; `# osspec:disable unknown-entry -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unknown-handoff-target": ##"""
            # unknown-handoff-target

            Category: `reference` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A process hands off to a process that is not declared.

            ## What it checks

            Each item of a process's `handoffs` list must be a key of `processes`. The finding is at the
            item, with "Did you mean ...?" when a declared process is close, otherwise with the declared
            processes. The graph checks (reachability, escalation, the lethal trifecta, cycles) leave such
            a handoff out.

            ## Why

            Handoffs are the IPC between processes: the edges of the process graph. A handoff to a process
            that does not exist fails at run time, when the orchestrator routes to a node it does not
            have, in the middle of a session and after work has been done. And the process that was meant
            is reached by nothing: in the support desk, refund requests would stay with triage, which
            cannot issue refunds.

            ## Failing example

            [`fires-undeclared.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-handoff-target/fires-undeclared.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 34); the rows it leaves alone are not shown:

            ```yaml
            # Triage also hands off to 'billing', a process that is not declared.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds, billing]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            34:25: error: Unknown process 'billing' in the handoffs of process 'triage'. (declared: 'triage', 'refunds') [unknown-handoff-target]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unknown-handoff-target/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-handoff-target/), linted by the test suite.

            `fires-typo.yaml`: Triage hands off to 'refund'; the process is 'refunds', which is then reached by no handoff.

            The process that was meant, `refunds`, is then reached by no handoff, which [`unreachable-process`](unreachable-process.md) reports.

            The support-desk spec with this change (line 34):

            ```yaml
                handoffs: [refund]
            ```

            ```
            34:16: error: Unknown process 'refund' in the handoffs of process 'triage'. Did you mean 'refunds'? [unknown-handoff-target]
            39:3: warning: Process 'refunds' is not reachable from the entry 'triage' through handoffs; it never runs. [unreachable-process]
            ```

            `fires-multibyte.yaml`: Refunds hands back to 'triaje' in a flow mapping, after accented text and an emoji.

            The support-desk spec with this change (line 39):

            ```yaml
              refunds: { description: Rembourse selon la politique ☕, task: refunds, tools: [issue_refund], handoffs: [triaje] }
            ```

            ```
            39:108: error: Unknown process 'triaje' in the handoffs of process 'refunds'. Did you mean 'triage'? [unknown-handoff-target]
            ```

            ## Passing example

            [`quiet-declared.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-handoff-target/quiet-declared.yaml):

            The support-desk spec as it is; its processes:

            ```yaml
            # The support-desk spec: triage hands off to 'refunds', a declared process.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            ```

            ## How to fix

            Correct the id as suggested, or declare the process under `processes`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unknown-handoff-target: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unknown-handoff-target -- reason` on the line before it; `# osspec:disable unknown-handoff-target -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unknown-key": ##"""
            # unknown-key

            Category: `schema` · Default severity: `error` · Raised by the spec decoder

            A key the format does not define (use an `x-` prefix for extensions).

            ## What it checks

            A key that the format does not define at that place. When a defined key is close (a typo or an
            abbreviation), the message asks "Did you mean ...?"; otherwise the hint lists the keys that
            are allowed there. The finding is at the key, and its value is not read.

            Keys that start with `x-` are extensions and are never reported, at any level. A YAML 1.1 merge
            key (`<<`) gets its own message: osspec reads YAML 1.2, which has no merge keys, so it does
            not merge anything. The mapping that holds it gets no [`missing-key`](missing-key.md) finding:
            the merge key is the one thing to fix, and it is reported once.

            ## Why

            A misspelt optional key does nothing, silently: with `max_ouput_tokens` the model has no
            output reservation, so every budget computed from it is wrong, and nothing says so. Rejecting
            unknown keys is what makes the spec a contract; `x-` keys leave room for your own data.

            ## Failing example

            [`fires-typo.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-key/fires-typo.yaml):

            ```yaml
            # 'max_ouput_tokens' is a typo.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192, max_ouput_tokens: 1024 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            7:64: error: Unknown key 'max_ouput_tokens' in model 'main'. Did you mean 'max_output_tokens'? [unknown-key]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unknown-key/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-key/), linted by the test suite.

            `fires-merge-key.yaml`: A YAML 1.1 merge key: osspec does not expand it.

            The minimal spec with this change (line 3, line 8):

            ```yaml
            x-stub: &stub { provider: stub, model: echo }
            # ...
                main: { <<: *stub, context_window: 8192 }
            ```

            ```
            8:13: error: Merge keys ('<<') are a YAML 1.1 feature that osspec (YAML 1.2) does not expand. [unknown-key]
            ```

            `fires-multibyte.yaml`: 'max_output_token' lacks its 's'; the line has an emoji before it.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: stub, model: "écho ☕", context_window: 8192, max_output_token: 1024 }
            ```

            ```
            7:68: error: Unknown key 'max_output_token' in model 'main'. Did you mean 'max_output_tokens'? [unknown-key]
            ```

            `fires-unknown-row.yaml`: 'memory' is not a row (RAM is 'ram').

            The minimal spec with this change (lines 28–29):

            ```yaml
            memory:
              store: redis
            ```

            ```
            28:1: error: Unknown key 'memory' in the spec. [unknown-key]
            ```

            ## Passing example

            [`quiet-extension.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-key/quiet-extension.yaml):

            ```yaml
            # The right key, and an 'x-' extension key (never reported).
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192, max_output_tokens: 1024 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            x-memory:
              store: redis
            ```

            ## How to fix

            Rename the key as suggested, remove it, or prefix it with `x-` if it is your own metadata. For
            `<<`, write the keys out in the mapping.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unknown-key: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unknown-key -- reason` on the line before it; `# osspec:disable unknown-key -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unknown-model": ##"""
            # unknown-model

            Category: `reference` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            cpu.default, a route's use or fallback, or a process's model names no declared model.

            ## What it checks

            Every place that names a model by its id must name a key of `cpu.models`: `cpu.default`,
            the `use` and the `fallback` of each route in `cpu.routing` (numbered from 1 in the message,
            in the order they are written), and the `model` a process pins. The finding is at the
            reference. When a declared id is close (a typo, or the start of an id), the message asks "Did
            you mean ...?"; otherwise it lists the declared ids. `osspec lint` also shows where the models
            are declared (the `models` key).

            A model id is the key you chose under `cpu.models` (`large`), not the provider's model name
            (`gpt-4.1`), which is the `model` field of that entry.

            ## Why

            The CPU row says which model runs which task. A reference that names no model leaves a task
            with no CPU: the orchestrator fails the first time that route or process is scheduled, in the
            middle of a session, or a generator quietly picks some default. The RAM checks that compare a
            process's budget with its model's window cannot run for it either, so a budget that does not
            fit goes unnoticed.

            ## Failing example

            [`fires-route-use.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-model/fires-route-use.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 16); the rows it leaves alone are not shown:

            ```yaml
            # The route's 'use' names 'lareg', a typo for 'large'.
            # ...
            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: lareg
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            16:12: error: Unknown model 'lareg' in 'use' of route 1. Did you mean 'large'? [unknown-model]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unknown-model/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-model/), linted by the test suite.

            `fires-default.yaml`: cpu.default names 'mian', a typo for the model 'main'.

            The minimal spec with this change (line 5):

            ```yaml
              default: mian
            ```

            ```
            5:12: error: Unknown model 'mian' in cpu.default. Did you mean 'main'? [unknown-model]
            ```

            `fires-route-fallback.yaml`: The route's fallback names 'medium', which is not declared.

            The support-desk spec with this change (line 17):

            ```yaml
                  fallback: medium
            ```

            ```
            17:17: error: Unknown model 'medium' in 'fallback' of route 1. (declared: 'large', 'small') [unknown-model]
            ```

            `fires-process-model.yaml`: Process 'refunds' pins 'gpt-4.1', the provider's model name, instead of the model id 'large'.

            The support-desk spec with this change (line 42):

            ```yaml
                model: gpt-4.1
            ```

            ```
            42:12: error: Unknown model 'gpt-4.1' in the model of process 'refunds'. (declared: 'large', 'small') [unknown-model]
            ```

            `fires-multibyte.yaml`: The process pins 'mian' in a flow mapping, after accented text and an emoji.

            The minimal spec with this change (line 13):

            ```yaml
              assistant: { description: Répond à l'utilisateur ☕, task: answer, model: mian, tools: [] }
            ```

            ```
            13:76: error: Unknown model 'mian' in the model of process 'assistant'. Did you mean 'main'? [unknown-model]
            ```

            ## Passing example

            [`quiet-all-references.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-model/quiet-all-references.yaml):

            The support-desk spec with a fallback on the route and a model pinned by `refunds` (line 17, line 43); the rows it leaves alone are not shown:

            ```yaml
            # Every reference names a declared model: cpu.default, the route's use and fallback, and a pinned model.
            # ...
            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large
                  fallback: small
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                model: large
                tools: [issue_refund]
                handoffs: []
            ```

            The minimal spec itself, whose `cpu.default` names its one model `main`, is the other quiet case ([`quiet-default.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-model/quiet-default.yaml)).

            ## How to fix

            Change the reference to a key of `cpu.models`, as suggested, or declare the model under
            `cpu.models` with its `provider`, `model` and `context_window`. Where you wrote the provider's
            model name, write the id of the entry that has it (`gpt-4.1` is the `model` of `large`).

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unknown-model: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unknown-model -- reason` on the line before it; `# osspec:disable unknown-model -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unknown-provider": ##"""
            # unknown-provider

            Category: `cpu` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            A model's provider is not one the format knows (anthropic, openai, google, ..., stub).

            ## What it checks

            A model's `provider` is not one of those the format knows: `anthropic`, `openai`, `google`,
            `azure-openai`, `bedrock`, `vertex`, `mistral`, `ollama`, `vllm`, `openai-compatible`,
            `stub`. The finding is a warning at the value; when a known provider is close, the message
            asks "Did you mean ...?", otherwise the hint lists the known ones.

            ## Why

            The provider says which API a model is called through: generators pick the client from it,
            and budgets and costs are read against that provider's limits and prices. A misspelt
            provider otherwise passes silently until the first call. A provider osspec does not know may
            be real, which is why this is a warning and not an error; but most self-hosted and proxy
            APIs (vLLM, LiteLLM, LM Studio) speak the OpenAI API and are `openai-compatible` with an
            `endpoint`.

            ## Failing example

            [`fires-typo.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-provider/fires-typo.yaml):

            ```yaml
            # 'provider: stubb' is a typo.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stubb, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            7:23: warning: Unknown provider 'stubb' for model 'main'. Did you mean 'stub'? [unknown-provider]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unknown-provider/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-provider/), linted by the test suite.

            `fires-unknown.yaml`: 'provider: acme' is not a provider the format knows.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: acme, model: echo, context_window: 8192 }
            ```

            ```
            7:23: warning: Unknown provider 'acme' for model 'main'. [unknown-provider]
            ```

            `fires-multibyte.yaml`: 'provider: antropic' lacks its 'h'; the line has an emoji before it.

            The minimal spec with this change (line 7):

            ```yaml
                main: { model: "écho ☕", provider: antropic, context_window: 8192 }
            ```

            ```
            7:40: warning: Unknown provider 'antropic' for model 'main'. Did you mean 'anthropic'? [unknown-provider]
            ```

            ## Passing example

            [`quiet-stub.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-provider/quiet-stub.yaml):

            ```yaml
            # The minimal spec: 'stub' is a known provider.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            A self-hosted model is `openai-compatible`, with its `endpoint`
            ([`quiet-openai-compatible.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-provider/quiet-openai-compatible.yaml)).

            ## How to fix

            Correct the spelling, or use `openai-compatible` with an `endpoint` for a server that speaks
            the OpenAI API. If the provider is right and osspec does not know it, leave the warning.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unknown-provider: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unknown-provider -- reason` on the line before it; `# osspec:disable unknown-provider -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unknown-store": ##"""
            # unknown-store

            Category: `reference` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A tool's resource or ram.paging.to names no declared store (outside systems are external:<name>).

            ## What it checks

            `ram.paging.to` and the `resource` of each tool in `ipc.tools` must name a key of
            `filesystem.stores`. A resource that starts with `external:` names a system outside the spec
            (a payments API, a mailbox) and is not checked. The finding is at the reference, with "Did you
            mean ...?" when a declared store is close; otherwise the message lists the declared stores and
            the hint offers both fixes: declare the store, or write `external:<name>` for an outside
            system. `osspec lint` shows the `filesystem` row as the place where stores are declared.

            `ram.paging.to` has no `external:` form: evicted context goes to a store of the spec.

            ## Why

            The filesystem row is the system's disk: every store that a tool touches or that context is
            paged to is declared, with its kind and backend, so that it can be provisioned, backed up and
            secured. A reference to a store that does not exist is either a typo, and then the data is
            written nowhere (paged-out context cannot be paged back in), or an outside system written
            without `external:`. The difference matters to the permission checks: a `read` of a store is
            private data, a `read` of an outside system is untrusted content.

            ## Failing example

            [`fires-tool-resource.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-store/fires-tool-resource.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 52); the rows it leaves alone are not shown:

            ```yaml
            # The refund tool's resource is 'payments', an outside system written without 'external:'.
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: payments, approval: human, description: Refund an order }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            52:45: error: Unknown store 'payments' in the resource of tool 'issue_refund'. (declared: 'tickets', 'kb') [unknown-store]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unknown-store/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-store/), linted by the test suite.

            `fires-paging-to.yaml`: ram.paging.to names 'ticket'; the store is 'tickets', which nothing else uses.

            The store that was meant, `tickets`, is then used by nothing, which [`unused-store`](unused-store.md) notes.

            The support-desk spec with this change (line 21):

            ```yaml
              paging: { evict: summarize, to: ticket }
            ```

            ```
            21:35: error: Unknown store 'ticket' in ram.paging.to. Did you mean 'tickets'? [unknown-store]
            25:5: info: Store 'tickets' is used by no tool and no paging. [unused-store]
            ```

            `fires-no-stores.yaml`: Paging to 'archive' while the filesystem row is n/a: no store is declared.

            With `filesystem` written as n/a there is no store to page to; the message says so.

            The minimal spec with this change (line 11):

            ```yaml
              paging: { evict: offload, to: archive }
            ```

            ```
            11:33: error: Unknown store 'archive' in ram.paging.to. (none is declared) [unknown-store]
            ```

            `fires-multibyte.yaml`: The search tool's resource is 'kb_articles', after accented text and an emoji; the store is 'kb'.

            `kb_articles` is too far from `kb` for a suggestion, so the message lists the stores; `kb` is left unused.

            The support-desk spec with this change (line 51):

            ```yaml
                search_kb: { scope: read, description: Cherche dans la base de connaissances ☕, resource: kb_articles }
            ```

            ```
            26:5: info: Store 'kb' is used by no tool and no paging. [unused-store]
            51:95: error: Unknown store 'kb_articles' in the resource of tool 'search_kb'. (declared: 'tickets', 'kb') [unknown-store]
            ```

            ## Passing example

            [`quiet-external.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-store/quiet-external.yaml):

            The support-desk spec as it is; the rows that declare and use stores:

            ```yaml
            # The support-desk spec: paging goes to the store 'tickets', search reads the store 'kb', and refunds go to 'external:payments', an outside system.
            # ...
            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }
            # ...
            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
            ```

            ## How to fix

            Correct the id as suggested, or declare the store under `filesystem.stores` with its `kind`
            and `backend`. If the tool talks to a system outside the spec, write `external:<name>` (for
            example `external:payments`).

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unknown-store: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unknown-store -- reason` on the line before it; `# osspec:disable unknown-store -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unknown-tool": ##"""
            # unknown-tool

            Category: `reference` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A process's tools list names a tool that ipc.tools does not declare.

            ## What it checks

            Each item of a process's `tools` list must be a key of `ipc.tools`. The finding is at the item,
            with "Did you mean ...?" when a declared tool is close, otherwise with the declared tools.
            When `ipc` is written as n/a, no tool is declared and every item is reported.

            `"*"` and `all` are wildcard grants, reported by [`wildcard-tool-grant`](wildcard-tool-grant.md)
            instead (unless a tool really named `all` is declared).

            ## Why

            The allowlist is the process's capability list: no process gets root, and none gets a
            capability that does not exist. A tool id that names nothing is either a typo, and the agent
            silently lacks the tool it was designed around while the real tool looks unused, or a tool
            someone meant to add, with no scope, resource or approval, so the permission checks cannot see
            what it can do.

            ## Failing example

            [`fires-undeclared.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-tool/fires-undeclared.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33); the rows it leaves alone are not shown:

            ```yaml
            # Triage lists 'web_search', a tool that ipc.tools does not declare.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, web_search]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            33:24: error: Unknown tool 'web_search' in the tools of process 'triage'. (declared: 'search_kb', 'issue_refund') [unknown-tool]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unknown-tool/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-tool/), linted by the test suite.

            `fires-typo.yaml`: Refunds lists 'issue_refunds'; the tool is 'issue_refund', which no process is then granted.

            The tool that was meant is then granted to no process, which [`unused-tool`](unused-tool.md) reports.

            The support-desk spec with this change (line 42):

            ```yaml
                tools: [issue_refunds]
            ```

            ```
            42:13: error: Unknown tool 'issue_refunds' in the tools of process 'refunds'. Did you mean 'issue_refund'? [unknown-tool]
            52:5: warning: Tool 'issue_refund' is granted to no process. [unused-tool]
            ```

            `fires-no-tools-declared.yaml`: The assistant lists a tool while ipc is n/a: no tool is declared.

            The minimal spec with this change (line 16):

            ```yaml
                tools: [web_search]
            ```

            ```
            16:13: error: Unknown tool 'web_search' in the tools of process 'assistant'. (none is declared) [unknown-tool]
            ```

            `fires-multibyte.yaml`: Triage lists 'web_search' in a flow mapping, after accented text and an emoji.

            The support-desk spec with this change (line 30):

            ```yaml
              triage: { description: Lit le ticket et l'oriente ☕, task: triage, tools: [search_kb, web_search], handoffs: [refunds] }
            ```

            ```
            30:89: error: Unknown tool 'web_search' in the tools of process 'triage'. (declared: 'search_kb', 'issue_refund') [unknown-tool]
            ```

            ## Passing example

            [`quiet-declared.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unknown-tool/quiet-declared.yaml):

            The support-desk spec as it is; the processes and the tools they list:

            ```yaml
            # The support-desk spec: every tool a process lists is declared under ipc.tools.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
            ```

            ## How to fix

            Correct the id as suggested, or declare the tool under `ipc.tools` with its `scope`,
            `resource` (for `read` and `write`), `approval` and `description`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unknown-tool: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unknown-tool -- reason` on the line before it; `# osspec:disable unknown-tool -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unreachable-process": ##"""
            # unreachable-process

            Category: `reference` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            A process that no chain of handoffs from kernel.entry reaches: it never runs.

            ## What it checks

            Starting at `kernel.entry` and following every `handoffs` item, osspec marks the processes a
            session can reach. Each process left unmarked is reported at its key, with the entry as the
            related location. A process that hands off to others but that nothing hands off to is
            unreachable, and so is every process that only it reaches; each is reported.

            The rule runs only when the entry names a declared process (otherwise
            [`unknown-entry`](unknown-entry.md) reports the entry); handoffs to undeclared processes are
            left out of the walk (see [`unknown-handoff-target`](unknown-handoff-target.md)).

            ## Why

            A process that never runs is dead code in the process table: its tools are granted, its budget
            is checked and its prompt is maintained for nothing. More often it means a handoff is missing:
            the refunds agent exists, but triage never passes it a ticket, so refund requests are answered
            by an agent that cannot issue refunds.

            ## Failing example

            [`fires-no-handoff.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unreachable-process/fires-no-handoff.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 34); the rows it leaves alone are not shown:

            ```yaml
            # Triage hands off to nobody, so no session ever reaches 'refunds'.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: []
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            39:3: warning: Process 'refunds' is not reachable from the entry 'triage' through handoffs; it never runs. [unreachable-process]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unreachable-process/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unreachable-process/), linted by the test suite.

            `fires-island.yaml`: 'billing' hands off to 'refunds', but no process hands off to 'billing'.

            The support-desk spec with this change (lines 48–52):

            ```yaml
              billing:
                description: Answers questions about invoices
                task: billing
                tools: []
                handoffs: [refunds]
            ```

            ```
            48:3: warning: Process 'billing' is not reachable from the entry 'triage' through handoffs; it never runs. [unreachable-process]
            ```

            `fires-multibyte.yaml`: The processes in one flow mapping: 'refunds' comes after accented text and an emoji, and no handoff reaches it.

            The support-desk spec with this change (lines 29–30):

            ```yaml
            processes: {
              triage: { description: Lit le ticket ☕, task: triage, tools: [search_kb], handoffs: [] }, refunds: { description: Rembourse, task: refunds, tools: [issue_refund] } }
            ```

            ```
            30:93: warning: Process 'refunds' is not reachable from the entry 'triage' through handoffs; it never runs. [unreachable-process]
            ```

            ## Passing example

            [`quiet-reached.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unreachable-process/quiet-reached.yaml):

            The support-desk spec as it is; its processes and the entry:

            ```yaml
            # The support-desk spec: triage, the entry, hands off to refunds, so both run.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [pii, secrets]
            ```

            ## How to fix

            Add the process to the `handoffs` of a process that runs, or remove it if nothing should ever
            hand off to it.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unreachable-process: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unreachable-process -- reason` on the line before it; `# osspec:disable unreachable-process -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unrouted-task": ##"""
            # unrouted-task

            Category: `cpu` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A process's task matches no route and there is no cpu.default: it has no model to run on.

            ## What it checks

            There is no `cpu.default`, and a process that does not pin a `model` has a `task` that no
            route lists. The finding is at the task; when a routed task is close, the message asks "Did
            you mean ...?". With a `cpu.default`, this rule never fires: the default runs every task no
            route matches.

            ## Why

            Every process needs a CPU: the model it pins, the model its task is routed to, or the
            default. Leaving `cpu.default` out is a good choice when every task is meant to be routed
            (the InterviewLM spec does it, so that a new task cannot silently fall through to some
            model), and this rule is what makes that choice safe: a task without a route would have no
            model, and the run would fail at its first model call.

            ## Failing example

            [`fires-no-default.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unrouted-task/fires-no-default.yaml):

            ```yaml
            # No cpu.default and no route for task 'answer'.
            osspec: 1
            name: minimal
            cpu:
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            14:11: error: No route matches task 'answer' of process 'assistant', and there is no cpu.default. [unrouted-task]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unrouted-task/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unrouted-task/), linted by the test suite.

            `fires-typo.yaml`: No cpu.default; the only route is for 'answer', and the process's task is 'answr'.

            The minimal spec with this change (lines 7–9, line 17):

            ```yaml
              routing:
                - when: { task: [answer] }
                  use: main
            # ...
                task: answr
            ```

            ```
            8:22: info: No process has task 'answer'; this route entry is never used. [unused-route]
            17:11: error: No route matches task 'answr' of process 'assistant', and there is no cpu.default. Did you mean 'answer'? [unrouted-task]
            ```

            The route now lists a task that no process has, so [`unused-route`](unused-route.md) reports it
            too, as an info.

            `fires-multibyte.yaml`: No cpu.default; the task comes after accented text and an emoji on its line.

            The minimal spec with this change (line 12):

            ```yaml
              assistant: { description: "Répond au message ☕", task: answer, tools: [] }
            ```

            ```
            12:58: error: No route matches task 'answer' of process 'assistant', and there is no cpu.default. [unrouted-task]
            ```

            ## Passing example

            [`quiet-default.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unrouted-task/quiet-default.yaml):

            ```yaml
            # The minimal spec: cpu.default runs every task that no route matches.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            Without a default, a route for the task
            ([`quiet-routed.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unrouted-task/quiet-routed.yaml))
            or a pinned model
            ([`quiet-pinned.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unrouted-task/quiet-pinned.yaml))
            is enough.

            ## How to fix

            Add a route for the task (`- when: {task: [answer]}` with `use:` a model), add a
            `cpu.default`, or pin a model on the process with `model:`. If the task is misspelt, correct
            it.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unrouted-task: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unrouted-task -- reason` on the line before it; `# osspec:disable unrouted-task -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unsupported-version": ##"""
            # unsupported-version

            Category: `schema` · Default severity: `error` · Raised by the spec decoder

            `osspec:` is not 1, the only format version this osspec reads.

            ## What it checks

            `osspec:` is a whole number other than 1, the only format version this osspec reads. The
            finding is at the value. A value that is not a whole number (`"1"`, `1.0`) is
            [`wrong-type`](wrong-type.md); a missing `osspec:` is [`missing-key`](missing-key.md).

            ## Why

            The version says which format the file is written in. A later format may change what keys
            mean; reading it as format 1 would give wrong findings with confidence.

            ## Failing example

            [`fires-version-2.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unsupported-version/fires-version-2.yaml):

            ```yaml
            # A format version this osspec does not read.
            osspec: 2
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            2:9: error: This osspec reads format version 1; the spec says 2. [unsupported-version]
            ```

            ## Passing example

            [`quiet-version-1.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unsupported-version/quiet-version-1.yaml):

            ```yaml
            # The minimal spec: format version 1.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Write `osspec: 1`, or lint the file with the osspec release that reads its version.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unsupported-version: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unsupported-version -- reason` on the line before it; `# osspec:disable unsupported-version -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unused-route": ##"""
            # unused-route

            Category: `cpu` · Default severity: `info` · Raised by the architecture rules (after the spec is decoded)

            A route lists a task that no process has.

            ## What it checks

            A task listed in a route of `cpu.routing` is the task of no process. The finding is an info
            at that task; when a process's task is close, the message asks "Did you mean ...?".

            ## Why

            A route for a task nobody has never runs. That is harmless in itself, but it usually means a
            task was renamed on one side only, and then the process with the new name is not running on
            the model the route chose for it: with a `cpu.default` it falls through to the default
            (the `fires-typo` case below), and without one [`unrouted-task`](unrouted-task.md) reports it.

            ## Failing example

            [`fires-no-process.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-route/fires-no-process.yaml):

            ```yaml
            # A route lists 'translate', a task no process has.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
              routing:
                - when: { task: [answer, translate] }
                  use: main
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            9:30: info: No process has task 'translate'; this route entry is never used. [unused-route]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unused-route/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-route/), linted by the test suite.

            `fires-typo.yaml`: The route is for 'answr'; the process's task is 'answer' (it runs on cpu.default).

            The minimal spec with this change (lines 8–10):

            ```yaml
              routing:
                - when: { task: [answr] }
                  use: main
            ```

            ```
            9:22: info: No process has task 'answr'; this route entry is never used. Did you mean 'answer'? [unused-route]
            ```

            `fires-multibyte.yaml`: The route lists 'résumer', which no process has, after the accented 'répondre'.

            The minimal spec with this change (lines 8–10, line 18):

            ```yaml
              routing:
                - when: { task: [répondre, résumer] }
                  use: main
            # ...
                task: répondre
            ```

            ```
            9:32: info: No process has task 'résumer'; this route entry is never used. [unused-route]
            ```

            ## Passing example

            [`quiet-used.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-route/quiet-used.yaml):

            ```yaml
            # The route's task is the process's task.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
              routing:
                - when: { task: [answer] }
                  use: main
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Remove the task from the route, or correct it to the task the process has.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unused-route: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unused-route -- reason` on the line before it; `# osspec:disable unused-route -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unused-store": ##"""
            # unused-store

            Category: `reference` · Default severity: `info` · Raised by the architecture rules (after the spec is decoded)

            A store that no tool's resource and no ram.paging.to names.

            ## What it checks

            A store of `filesystem.stores` that is neither the `resource` of a tool in `ipc.tools` nor
            `ram.paging.to`. The finding is at the store's key. A tool counts even when no process is
            granted it ([`unused-tool`](unused-tool.md) reports that); an `external:<name>` resource never
            counts for a store, whatever the name.

            ## Why

            Storage that nothing reads or writes is provisioned, backed up and secured for nothing, or it
            is the store a tool was meant to use and a typo sent elsewhere. It is an info, not a warning: a
            store may be filled from outside the agents (an ingestion job that loads the knowledge base),
            which the spec does not describe.

            ## Failing example

            [`fires-no-user.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-store/fires-no-user.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 27); the rows it leaves alone are not shown:

            ```yaml
            # The store 'archive' is declared, but no tool and no paging uses it.
            # ...
            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
                archive: { kind: blob, backend: s3 }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            27:5: info: Store 'archive' is used by no tool and no paging. [unused-store]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unused-store/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-store/), linted by the test suite.

            `fires-multibyte.yaml`: The stores in one flow mapping: the unused store 'archive' comes after accented text and an emoji.

            The support-desk spec with this change (lines 24–26):

            ```yaml
              stores: {
                tickets: { kind: document, backend: "postgres (données clients ☕)" }, archive: { kind: blob, backend: s3 },
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small } }
            ```

            ```
            25:75: info: Store 'archive' is used by no tool and no paging. [unused-store]
            ```

            ## Passing example

            [`quiet-all-used.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-store/quiet-all-used.yaml):

            The support-desk spec as it is; the rows that declare and use stores:

            ```yaml
            # The support-desk spec: paging goes to 'tickets' and search_kb reads 'kb', so every store is used.
            # ...
            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }
            # ...
            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
            ```

            ## How to fix

            Give the tool that uses the store `resource: <store>`, page context to it with `ram.paging.to`,
            or remove the store.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unused-store: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unused-store -- reason` on the line before it; `# osspec:disable unused-store -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "unused-suppression": ##"""
            # unused-suppression

            Category: `reference` · Default severity: `warning` · Raised where suppression comments are applied (after every other stage)

            An `# osspec:disable` comment names a rule that has no finding in its scope.

            ## What it checks

            Each rule id of each `# osspec:disable-next-line` or `# osspec:disable` comment (see
            [docs/configuration.md](../configuration.md#inline-suppression)) must silence at least one
            finding of that rule in its scope: the next line that holds YAML for `disable-next-line`; for
            `disable`, the rest of the enclosing block mapping, or the whole file at the top level. The
            finding is at the rule id in the comment, and says which scope was empty.

            When two comments cover the same finding (a `disable-next-line` inside a mapping that a
            `disable` covers too), the innermost one is used; a repeat that covers nothing of its own
            is reported. A rule that `.osspec.yml` turns off does not make its comments unused: comments
            are applied first, to the findings as the rules raise them.

            ## Why

            A suppression outlives the finding it was written for: the tool gets granted, the key gets
            renamed, the comment moves one line up in an edit. Left in place, it silences the next real
            finding of that rule on that line, which nobody has reviewed. Like ESLint's report of unused
            disable directives, this keeps every suppression tied to a finding that exists.

            ## Failing example

            [`fires-nothing-to-suppress.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-suppression/fires-nothing-to-suppress.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with `close_ticket` granted to triage, and the old suppression still above it (line 53); the rows it leaves alone are not shown:

            ```yaml
            # 'close_ticket' is now granted to triage, so the suppression above it silences nothing.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, close_ticket]
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                # osspec:disable-next-line unused-tool -- granted at run time by the plugin loader
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            53:32: warning: 'unused-tool' is suppressed here, but the next line (line 54) has no 'unused-tool' finding. [unused-suppression]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unused-suppression/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-suppression/), linted by the test suite.

            `fires-wrong-line.yaml`: the comment is one line too high, so it covers the granted `issue_refund`, and the finding it was meant for is reported (lines 52–54):

            ```yaml
                # osspec:disable-next-line unused-tool -- granted at run time by the plugin loader
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            ```
            52:32: warning: 'unused-tool' is suppressed here, but the next line (line 53) has no 'unused-tool' finding. [unused-suppression]
            54:5: warning: Tool 'close_ticket' is granted to no process. [unused-tool]
            ```

            `fires-rest-of-mapping.yaml`: `osspec:disable` inside `triage` covers the rest of triage's mapping, which has no unused store (lines 30–31):

            ```yaml
              triage:
                # osspec:disable unused-store -- triage reads stores through search_kb only
            ```

            ```
            31:22: warning: 'unused-store' is suppressed here, but the rest of its mapping (lines 31-39) has no 'unused-store' finding. [unused-suppression]
            54:5: warning: Tool 'close_ticket' is granted to no process. [unused-tool]
            ```

            `fires-multibyte.yaml`: a comment after accented text and an emoji on its line (line 51):

            ```yaml
                search_kb: { scope: read, resource: kb, description: Cherche dans la base ☕ } # osspec:disable-next-line unused-tool -- gardé pour le greffon
            ```

            ```
            51:110: warning: 'unused-tool' is suppressed here, but the next line (line 52) has no 'unused-tool' finding. [unused-suppression]
            ```

            ## Passing example

            [`quiet-used.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-suppression/quiet-used.yaml): `close_ticket` is granted to no process, and the comment silences that finding (line 53):

            ```yaml
                # osspec:disable-next-line unused-tool -- granted at run time by the plugin loader
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            ## How to fix

            Remove the rule id from the comment, or the whole comment when it names nothing else; or move
            it to the line it was meant for.

            ## Suppressing

            This rule cannot be suppressed by a comment. A project can turn it off in `.osspec.yml` with
            `rules: {unused-suppression: off}` (see [docs/configuration.md](../configuration.md)), for
            example while it moves a spec between osspec versions whose rules differ.
            """##,
        "unused-tool": ##"""
            # unused-tool

            Category: `reference` · Default severity: `warning` · Raised by the architecture rules (after the spec is decoded)

            A tool declared in ipc.tools that no process's allowlist grants.

            ## What it checks

            A tool of `ipc.tools` that no process lists in its `tools`. The finding is at the tool's key.
            While any process holds a wildcard grant (`"*"` or `all`), the rule stays quiet:
            [`wildcard-tool-grant`](wildcard-tool-grant.md) reports the grant, which is the thing to fix.

            ## Why

            No process gets root, and every capability is granted on purpose, to a named process. A tool
            that nobody holds is either dead, and should go before someone grants it without a review, or a
            grant someone forgot, often through a typo in an allowlist (then
            [`unknown-tool`](unknown-tool.md) reports the typo).

            ## Failing example

            [`fires-not-granted.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-tool/fires-not-granted.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 53); the rows it leaves alone are not shown:

            ```yaml
            # The tool 'close_ticket' is declared, but no process lists it.
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            53:5: warning: Tool 'close_ticket' is granted to no process. [unused-tool]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/unused-tool/`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-tool/), linted by the test suite.

            `fires-multibyte.yaml`: The tools in one flow mapping: the ungranted tool 'close_ticket' comes after accented text and an emoji.

            The support-desk spec with this change (lines 50–52):

            ```yaml
              tools: {
                search_kb: { scope: read, resource: kb, description: Cherche dans la base ☕ }, close_ticket: { scope: write, resource: tickets, description: Clôt le ticket },
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order } }
            ```

            ```
            51:84: warning: Tool 'close_ticket' is granted to no process. [unused-tool]
            ```

            ## Passing example

            [`quiet-granted.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/unused-tool/quiet-granted.yaml):

            The support-desk spec with `close_ticket` granted to triage and declared (line 33, line 53); the rows it leaves alone are not shown:

            ```yaml
            # 'close_ticket' is declared and granted to triage, the process that closes tickets it has answered.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb, close_ticket]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
                close_ticket: { scope: write, resource: tickets, description: Close the ticket }
            ```

            ## How to fix

            Add the tool to the `tools` of the process that needs it, or remove it from `ipc.tools`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {unused-tool: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line unused-tool -- reason` on the line before it; `# osspec:disable unused-tool -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "vector-store-without-embedding": ##"""
            # vector-store-without-embedding

            Category: `filesystem` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A store of kind vector does not name its embedding model.

            ## What it checks

            A store of `kind: vector` in `filesystem.stores` has no `embedding`. The finding is at the
            store's id. `embedding` on a store of another kind is allowed and ignored.

            ## Why

            Vectors can only be compared when they were made by the same embedding model: the one that
            fills the store and the one that queries it must be the same, and the model also fixes the
            vector's dimension, which the store is created with. If the spec does not name it, the
            indexer and the retriever can use different models (or a library's default changes with an
            upgrade), and similarity search returns noise without any error.

            ## Failing example

            [`fires-no-embedding.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/vector-store-without-embedding/fires-no-embedding.yaml):

            ```yaml
            # The support-desk spec with vector store 'kb' not naming its embedding.
            osspec: 1
            name: support-desk
            description: >-
              A customer support chat. A triage agent reads the ticket, answers from the
              knowledge base where it can, and hands refund requests to a refunds agent,
              which issues a refund only after a support lead approves it.

            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large

            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }

            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }

            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
                prompt: |
                  You are the first line of a customer support desk. Read the ticket, answer
                  from the knowledge base when it covers the question, and hand refund
                  requests to the refunds agent with the order number.
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
                prompt: |
                  You handle refund requests. Refund only orders placed in the last 30 days,
                  for at most the amount paid, and say why when a request is outside policy.
                  A support lead approves every refund before it is sent.

            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }

            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [pii, secrets]

            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            26:5: error: Vector store 'kb' does not name its embedding. [vector-store-without-embedding]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/vector-store-without-embedding/`](../../Tests/OSSpecKitTests/Rules/Fixtures/vector-store-without-embedding/), linted by the test suite.

            `fires-multibyte.yaml`: The stores on one line; 'kb' comes after an accented note and an emoji.

            The support-desk spec with this change (line 24):

            ```yaml
              stores: { tickets: { kind: document, backend: postgres, x-note: "billets ☕" }, kb: { kind: vector, backend: pgvector } }
            ```

            ```
            24:82: error: Vector store 'kb' does not name its embedding. [vector-store-without-embedding]
            ```

            ## Passing example

            [`quiet-support-desk.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/vector-store-without-embedding/quiet-support-desk.yaml):

            ```yaml
            # The support-desk spec: 'kb' names its embedding.
            osspec: 1
            name: support-desk
            description: >-
              A customer support chat. A triage agent reads the ticket, answers from the
              knowledge base where it can, and hands refund requests to a refunds agent,
              which issues a refund only after a support lead approves it.

            cpu:
              default: small
              models:
                large: { provider: openai, model: gpt-4.1, context_window: 1000000, max_output_tokens: 32768 }
                small: { provider: openai, model: gpt-4.1-mini, context_window: 1000000, max_output_tokens: 32768 }
              routing:
                - when: { task: [triage, refunds] }
                  use: large

            ram:
              policy: relevant-only
              default_budget_tokens: 8000
              paging: { evict: summarize, to: tickets }

            filesystem:
              stores:
                tickets: { kind: document, backend: postgres }
                kb: { kind: vector, backend: pgvector, embedding: text-embedding-3-small }
              checkpoints: { backend: postgres, every: node, retention_days: 14 }

            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
                prompt: |
                  You are the first line of a customer support desk. Read the ticket, answer
                  from the knowledge base when it covers the question, and hand refund
                  requests to the refunds agent with the order number.
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
                prompt: |
                  You handle refund requests. Refund only orders placed in the last 30 days,
                  for at most the amount paid, and say why when a request is outside policy.
                  A support lead approves every refund before it is sent.

            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }

            kernel:
              orchestrator: langgraph
              entry: triage
              limits: { max_steps: 30, timeout_seconds: 60 }
              tracing:
                enabled: true
                exporter: otlp
                events: [model_call, tool_call, handoff, checkpoint, approval, denial]
                redact: [pii, secrets]

            user_space: { app: Support desk, interface: chat, isolation: per-session, concurrency: 50 }
            ```

            ## How to fix

            Add `embedding:` to the store, with the embedding model, e.g.
            `embedding: text-embedding-3-small`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {vector-store-without-embedding: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line vector-store-without-embedding -- reason` on the line before it; `# osspec:disable vector-store-without-embedding -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "wildcard-tool-grant": ##"""
            # wildcard-tool-grant

            Category: `permissions` · Default severity: `error` · Raised by the architecture rules (after the spec is decoded)

            A process's tools list grants everything with "*" or all; a process must name its tools.

            ## What it checks

            An item `"*"` or `all` in a process's `tools` list. The finding is at the item. `all` is a
            wildcard only while no tool named `all` is declared; once one is, `all` names that tool.

            In YAML, `"*"` must be quoted: a bare `*` starts an alias, and the file is then not
            well-formed ([`yaml-syntax`](yaml-syntax.md)). A `tools` value written as a single string
            (`tools: all`) instead of a list is a [`wrong-type`](wrong-type.md) error. While any process
            holds a wildcard, [`unused-tool`](unused-tool.md) stays quiet.

            ## Why

            No process gets root. A wildcard grants every tool, today's and tomorrow's: the next `admin` or
            `network` tool added to `ipc.tools` is granted to this agent without anyone deciding so. It
            also blinds the other permission checks, which reason over named tools: escalation through
            handoffs and the lethal trifecta cannot see what a wildcard will hold.

            ## Failing example

            [`fires-star.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/wildcard-tool-grant/fires-star.yaml):

            The support-desk spec ([`specs/support-desk.osspec.yaml`](../../specs/support-desk.osspec.yaml)) with this change (line 33); the rows it leaves alone are not shown:

            ```yaml
            # Triage is granted every tool with "*" (quoted: a bare * starts a YAML alias).
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: ["*"]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            33:13: error: Process 'triage' is granted every tool with '*'; a process must name its tools. [wildcard-tool-grant]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/wildcard-tool-grant/`](../../Tests/OSSpecKitTests/Rules/Fixtures/wildcard-tool-grant/), linted by the test suite.

            `fires-all.yaml`: Refunds is granted every tool with 'all'.

            The support-desk spec with this change (line 42):

            ```yaml
                tools: [all]
            ```

            ```
            42:13: error: Process 'refunds' is granted every tool with 'all'; a process must name its tools. [wildcard-tool-grant]
            ```

            `fires-multibyte.yaml`: Triage in flow style: "*" comes after accented text and an emoji, beside a named tool.

            The support-desk spec with this change (line 30):

            ```yaml
              triage: { description: Lit le ticket et l'oriente ☕, task: triage, tools: [search_kb, "*"], handoffs: [refunds] }
            ```

            ```
            30:89: error: Process 'triage' is granted every tool with '*'; a process must name its tools. [wildcard-tool-grant]
            ```

            ## Passing example

            [`quiet-named.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/wildcard-tool-grant/quiet-named.yaml):

            The support-desk spec as it is; each process names the tools it needs:

            ```yaml
            # The support-desk spec: each process names its tools.
            # ...
            processes:
              triage:
                description: Reads the ticket and routes it
                task: triage
                tools: [search_kb]
                handoffs: [refunds]
            # ...
              refunds:
                description: Issues refunds within policy
                task: refunds
                tools: [issue_refund]
                handoffs: []
            # ...
            ipc:
              tools:
                search_kb: { scope: read, resource: kb, description: Search the knowledge base }
                issue_refund: { scope: write, resource: external:payments, approval: human, description: Refund an order }
            ```

            `quiet-tool-named-all.yaml`: A tool really named 'all' is declared, so 'all' in a tools list names that tool, not everything.

            The support-desk spec with this change (line 42, line 53):

            ```yaml
                tools: [issue_refund, all]
            # ...
                all: { scope: read, resource: tickets, description: List all open tickets }
            ```

            ## How to fix

            Replace the wildcard with the ids of the tools the process needs. If no tool fits what it
            does, it needs none: `tools: []`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {wildcard-tool-grant: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line wildcard-tool-grant -- reason` on the line before it; `# osspec:disable wildcard-tool-grant -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "wrong-type": ##"""
            # wrong-type

            Category: `schema` · Default severity: `error` · Raised by the spec decoder

            A value of the wrong type: a string where a mapping belongs, a list where a number belongs.

            ## What it checks

            A value of the wrong type for its key: a string where a number belongs (a quoted number is a
            string), a single value where a list or mapping belongs, a mapping or list where a single value
            belongs, keys that are not plain strings, an id written as a plain `true`, `false` or `null`
            (YAML 1.2 reads it as a boolean or null, so a reference written the same way is not a name),
            a document that is not a mapping, or a row that is neither a mapping nor `"n/a: reason"`. The
            finding is at the value, except for a key that is not a plain string and an id written as
            `true`, `false` or `null`, where it is at the key. The message names what was expected and
            what was found.

            Where a YAML 1.1 form explains the mistake (`enabled: yes`, `timeout_seconds: 1:30`), the
            message says how YAML 1.1 would have read it.

            ## Why

            osspec reads values by the YAML 1.2 core schema, as every conforming tool does: `"8192"` is
            text, `yes` is text, `none` is text. A generator would write a string where the orchestrator
            expects a number or a list, and the system would fail at startup, or worse, at the first run
            that takes that path.

            ## Failing example

            [`fires-quoted-number.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/wrong-type/fires-quoted-number.yaml):

            ```yaml
            # A quoted number is a string.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: "8192" }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            7:58: error: The context window of model 'main' must be a whole number, found the string "8192". [wrong-type]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/wrong-type/`](../../Tests/OSSpecKitTests/Rules/Fixtures/wrong-type/), linted by the test suite.

            `fires-multibyte.yaml`: '8k' is not a number; the line has an emoji before it.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: stub, model: "écho ☕", context_window: 8k }
            ```

            ```
            7:62: error: The context window of model 'main' must be a whole number, found the string "8k". [wrong-type]
            ```

            `fires-scalar-for-list.yaml`: 'tools' is a list; 'none' is a string.

            The minimal spec with this change (line 16):

            ```yaml
                tools: none
            ```

            ```
            16:12: error: The tools of process 'assistant' must be a list, found the string "none". [wrong-type]
            ```

            `fires-boolean-id.yaml`: 'true' as a model id is the boolean true in YAML 1.2, not a name.

            The minimal spec with this change (line 8):

            ```yaml
                true: { provider: stub, model: echo, context_window: 8192 }
            ```

            ```
            8:5: error: Id 'true' in 'cpu.models' is the boolean true in YAML 1.2, not a name. [wrong-type]
            ```

            `fires-yes-for-boolean.yaml`: 'yes' is a string in YAML 1.2, not a boolean.

            The minimal spec with this change (line 23):

            ```yaml
                enabled: yes
            ```

            ```
            23:14: error: 'kernel.tracing.enabled' must be true or false; 'yes' is a string in YAML 1.2 (only YAML 1.1 reads it as true). [wrong-type]
            ```

            ## Passing example

            [`quiet-minimal.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/wrong-type/quiet-minimal.yaml):

            ```yaml
            # The minimal spec: every value has its type.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Write the type the message names: numbers without quotes, `true` or `false` for booleans, `[]`
            or `[a, b]` for lists, indented `key: value` lines for mappings.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {wrong-type: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line wrong-type -- reason` on the line before it; `# osspec:disable wrong-type -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "yaml-syntax": ##"""
            # yaml-syntax

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            The file is not well-formed YAML.

            ## What it checks

            libyaml could not parse the file. osspec reports libyaml's first error at the line and column
            where the parser stopped, in plain words, and keeps libyaml's own text in parentheses so that
            it can be searched for. The usual causes:

            - a plain (unquoted) value that starts with a character YAML reserves: `@`, `` ` ``, `%`,
              `&`, `*`, `!`, `|`, `>`, `{`, `[`;
            - a plain value that contains `: ` (colon and space), which would start a nested mapping;
            - an unclosed quote, `[` or `{`;
            - a line indented to a level that matches no key above it.

            Only the first error is reported: the parser cannot go on after it. Tabs used for indentation
            have their own rule, [`yaml-tab-indentation`](yaml-tab-indentation.md).

            ## Why

            A spec that does not parse cannot be checked at all, and every other tool that reads it (the
            generator, a CI script, an editor plugin) fails on it too, or, with a more forgiving parser,
            reads something else. Quoting is the most common trip: prose in a `description` or a `prompt`
            easily contains `: ` or starts with `@`.

            ## Failing example

            [`fires-at-sign.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml-syntax/fires-at-sign.yaml):

            ```yaml
            # A plain value cannot start with '@' (a reserved indicator).
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: @mentions in the user's message get a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            14:18: error: '@' cannot start a YAML value here. (libyaml: found character that cannot start any token, while scanning for the next token) [yaml-syntax]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/yaml-syntax/`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml-syntax/), linted by the test suite.

            `fires-multibyte.yaml`: A plain value cannot contain ': ' (it would start a mapping).

            The minimal spec with this change (line 14):

            ```yaml
                description: Répond à l'utilisateur ☕: une seule réponse
            ```

            ```
            14:42: error: A ':' here would start a mapping where none can start. (libyaml: mapping values are not allowed in this context) [yaml-syntax]
            ```

            ## Passing example

            [`quiet-quoted.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml-syntax/quiet-quoted.yaml):

            ```yaml
            # Quoted, both values are plain strings.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: "@mentions in the user's message get a single reply"
                task: answer
                prompt: "Répond à l'utilisateur ☕: une seule réponse"
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Look at the caret: it points at the character where the parser gave up. Quote a value that
            starts with a reserved character or contains `: ` or ` #` (`description: "Note: ..."`), or
            write long prose as a block scalar (`prompt: |` and the text indented on the next lines).
            Close quotes and brackets that are still open.

            When the position looks innocent, look above it: an unclosed quote or bracket is only noticed
            where the parser runs out of ways to read the text, sometimes several lines later.

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `yaml-syntax` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "yaml-tab-indentation": ##"""
            # yaml-tab-indentation

            Category: `syntax` · Default severity: `error` · Raised by the YAML loader (before the spec is read)

            A tab is used where YAML needs spaces (indentation or before a value).

            ## What it checks

            A tab character where YAML needs spaces: at the start of a line in a block (indentation), or
            where libyaml expects the next token. libyaml reports these in several ways ("found a tab
            character that violates indentation", "found character that cannot start any token"); osspec
            recognises them all when the character at the position is a tab, and says so plainly.

            Tabs inside quoted strings and between the items of a flow collection (`[a,<tab>b]`) are
            fine. libyaml also rejects a tab on an otherwise blank line and before a comment at the start
            of a line, which YAML 1.2 allows; osspec reports those too, since it reads through libyaml.

            ## Why

            YAML forbids tabs for indentation because their width is not agreed on: a tab may be 2, 4 or
            8 columns, so the nesting it means would depend on the editor. Editors set up for Makefiles
            or Go insert tabs silently, and the mistake is invisible on screen.

            ## Failing example

            [`fires-tab-indent.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml-tab-indentation/fires-tab-indent.yaml):

            ```yaml
            # A tab indents 'task' (an editor that inserts tabs).
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
            	task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            15:1: error: Tabs cannot indent YAML or separate a key from its value here. (libyaml: found a tab character that violates indentation, while scanning a plain scalar) [yaml-tab-indentation]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/yaml-tab-indentation/`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml-tab-indentation/), linted by the test suite.

            `fires-tab-in-list.yaml`: A tab indents the second item of a block list.

            The minimal spec with this change (lines 26–28):

            ```yaml
                redact:
                  - secrets
            	  - pii
            ```

            ```
            28:1: error: Tabs cannot indent YAML or separate a key from its value here. (libyaml: found a tab character that violates indentation, while scanning a plain scalar) [yaml-tab-indentation]
            ```

            ## Passing example

            [`quiet-spaces.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml-tab-indentation/quiet-spaces.yaml):

            ```yaml
            # The same lines indented with spaces.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact:
                  - secrets
                  - pii
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Replace the tabs with spaces (osspec specs use 2 spaces per level). Set your editor to indent
            YAML with spaces, e.g. in `.editorconfig`:

            ```ini
            [*.{yaml,yml}]
            indent_style = space
            indent_size = 2
            ```

            ## Suppressing

            Findings of the `syntax` category cannot be suppressed, by `.osspec.yml` or by a comment: osspec could not read the file, so nothing after the problem was checked, and silencing it would turn an unread file into a pass. `.osspec.yml` may only keep `yaml-tab-indentation` at `error` (any other setting is a configuration error), and a `# osspec:disable` comment naming it is an [`invalid-suppression`](invalid-suppression.md). Fix the file.
            """##,
        "yaml11-boolean": ##"""
            # yaml11-boolean

            Category: `schema` · Default severity: `warning` · Raised by the spec decoder, where it reads a plain scalar

            A plain yes/no/on/off/y/n: a string in YAML 1.2 but a boolean in YAML 1.1 tools.

            ## What it checks

            A plain (unquoted) `yes`, `no`, `on`, `off`, `y` or `n` (also `Yes`, `YES`, `On`, `ON`, `No`,
            `NO`, `Off`, `OFF`, `Y`, `N`) where osspec reads a string: a string value, or an item of a list
            of strings. osspec reads it as the string, as YAML 1.2 says; the warning is about other tools.

            Where osspec expects a boolean (such as `kernel.tracing.enabled`), `yes` is reported as
            [`wrong-type`](wrong-type.md) instead, with the same explanation. The ids of models, stores,
            processes and tools are checked too (a process named `on` is the boolean true to a YAML 1.1
            tool). Other mapping keys are not (`on:` where the format has no such key is an
            [`unknown-key`](unknown-key.md) error), nor is anything under an `x-` key.

            ## Why

            YAML 1.1, which PyYAML and many CI systems still use, reads these words as booleans. This is
            "the Norway problem": a list of country codes `[GB, FR, NO]` becomes `["GB", "FR", false]`.
            A spec is read by osspec and by other tools (a generator in Python, a CI script); they must
            agree on what it says. `exporter: off` is the exporter named "off" for osspec and `false` for
            PyYAML; most likely it meant "no exporter", which the format does not allow: the kernel is
            always traced.

            ## Failing example

            [`fires-exporter-off.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-boolean/fires-exporter-off.yaml):

            ```yaml
            # A plain 'off' meant as "no exporter".
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: off
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            24:15: warning: 'off' is the string "off" here (YAML 1.2), but YAML 1.1 tools read it as the boolean false. [yaml11-boolean]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/yaml11-boolean/`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-boolean/), linted by the test suite.

            `fires-multibyte.yaml`: A plain 'off' in a flow mapping, after an emoji.

            The minimal spec with this change (line 22):

            ```yaml
              tracing: { redact: ["données ☕"], enabled: true, exporter: off, events: [model_call] }
            ```

            ```
            22:62: warning: 'off' is the string "off" here (YAML 1.2), but YAML 1.1 tools read it as the boolean false. [yaml11-boolean]
            ```

            ## Passing example

            [`quiet-exporter.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-boolean/quiet-exporter.yaml):

            ```yaml
            # The minimal spec: the exporter is named.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            If the value really is the word, quote it: `task: "no"` is the string "no" for every YAML
            tool ([`quiet-quoted.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-boolean/quiet-quoted.yaml)).

            ## How to fix

            If you meant a boolean, write `true` or `false` (where the key takes a boolean). If you meant
            the word, quote it: `"off"`. For `exporter`, name the exporter: `stdout`, `jsonl`, `otlp`,
            `langsmith`, or another one.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {yaml11-boolean: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line yaml11-boolean -- reason` on the line before it; `# osspec:disable yaml11-boolean -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "yaml11-octal": ##"""
            # yaml11-octal

            Category: `schema` · Default severity: `warning` · Raised by the spec decoder, where it reads a plain scalar

            A number with a leading zero (0755): decimal in YAML 1.2 but octal in YAML 1.1 tools.

            ## What it checks

            A plain integer with a leading zero, such as `010` or `0755`. osspec reads it as a decimal
            number (YAML 1.2); YAML 1.1 tools read it as octal when every digit is 0 to 7. For a number
            with an 8 or 9 (`08`), the message says that YAML 1.1 tools read it as the string "08" (as
            PyYAML does).

            The warning is given wherever the value is read: a number key, or a string key (where a
            number is also a [`wrong-type`](wrong-type.md) error). `0` and `0.5` are fine, and so are
            YAML 1.2's own octal `0o755` and hexadecimal `0x1F`, and `05` or `007`, which both versions
            read as the same number.

            ## Why

            The same spec must mean the same numbers to every tool that reads it. `max_steps: 010` is 10
            steps for osspec and 8 for an orchestrator configured by a PyYAML script; `context_window:
            010000` is 10,000 tokens against 4,096. Budgets and limits silently off by a factor are hard
            to notice.

            ## Failing example

            [`fires-max-steps.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-octal/fires-max-steps.yaml):

            ```yaml
            # '010' is 10 here, but 8 for YAML 1.1 tools.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 010, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            21:24: warning: '010' is the number 10 here (YAML 1.2), but YAML 1.1 tools read it as octal (8). [yaml11-octal]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/yaml11-octal/`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-octal/), linted by the test suite.

            `fires-multibyte.yaml`: '010000' is 10000 here, but 4096 for YAML 1.1 tools.

            The minimal spec with this change (line 7):

            ```yaml
                main: { provider: stub, model: "écho ☕", context_window: 010000 }
            ```

            ```
            7:62: warning: '010000' is the number 10000 here (YAML 1.2), but YAML 1.1 tools read it as octal (4096). [yaml11-octal]
            ```

            ## Passing example

            [`quiet-max-steps.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-octal/quiet-max-steps.yaml):

            ```yaml
            # The number without its leading zero.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: answer
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 10, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Drop the leading zero (`max_steps: 10`). If the value is really a code, not a number (a zip
            code, a file mode), quote it: `"0755"`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {yaml11-octal: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line yaml11-octal -- reason` on the line before it; `# osspec:disable yaml11-octal -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
        "yaml11-sexagesimal": ##"""
            # yaml11-sexagesimal

            Category: `schema` · Default severity: `warning` · Raised by the spec decoder, where it reads a plain scalar

            A value like 1:20: a string in YAML 1.2 but a base-60 number in YAML 1.1 tools.

            ## What it checks

            A plain value such as `12:30` or `1:20:30` (digits, then one or more `:` groups of one or two
            digits below 60) where osspec reads a string. osspec reads it as the string (YAML 1.2); YAML
            1.1 tools read it as a base-60 number: `12:30` is 750. Where osspec expects a number (such as
            `timeout_seconds: 1:30`), it is a [`wrong-type`](wrong-type.md) error instead, with the same
            explanation.

            A value whose first group starts with `0` (`09:30`, `0:30`) gets no warning: YAML 1.1's
            base 60 starts with 1 to 9, so YAML 1.1 tools read it as the string too.

            ## Why

            Times of day, ratios and port mappings look like this. docker-compose users know it well:
            `22:22` in a YAML 1.1 file is the number 1342. A task named `12:30` in the spec would route as
            `750` in a tool that reads YAML 1.1, and match no route there.

            ## Failing example

            [`fires-task.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-sexagesimal/fires-task.yaml):

            ```yaml
            # A task named after its start time, '12:30'.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: 12:30
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            osspec reports (`line:column: severity: message [rule]`; `osspec lint` also prints the file's path first, the source line with a caret, and a hint):

            ```
            15:11: warning: '12:30' is the string "12:30" here (YAML 1.2), but YAML 1.1 tools read it as the base-60 number 750. [yaml11-sexagesimal]
            ```

            ### More cases

            Each is a fixture in [`Tests/OSSpecKitTests/Rules/Fixtures/yaml11-sexagesimal/`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-sexagesimal/), linted by the test suite.

            `fires-multibyte.yaml`: '10:30' in a flow mapping, after an emoji.

            The minimal spec with this change (line 13):

            ```yaml
              assistant: { description: "Répond à l'utilisateur ☕", task: 10:30, tools: [] }
            ```

            ```
            13:63: warning: '10:30' is the string "10:30" here (YAML 1.2), but YAML 1.1 tools read it as the base-60 number 630. [yaml11-sexagesimal]
            ```

            ## Passing example

            [`quiet-quoted.yaml`](../../Tests/OSSpecKitTests/Rules/Fixtures/yaml11-sexagesimal/quiet-quoted.yaml):

            ```yaml
            # The task name quoted: a string for every YAML tool.
            osspec: 1
            name: minimal
            cpu:
              default: main
              models:
                main: { provider: stub, model: echo, context_window: 8192 }
            ram:
              policy: sliding-window
              default_budget_tokens: 4096
            filesystem: "n/a: stateless, nothing is kept between runs"
            processes:
              assistant:
                description: Answers the user's message in a single reply
                task: "12:30"
                tools: []
            ipc: "n/a: one agent with no tools"
            kernel:
              orchestrator: swift
              entry: assistant
              limits: { max_steps: 5, timeout_seconds: 30 }
              tracing:
                enabled: true
                exporter: stdout
                events: [model_call]
                redact: [secrets]
            user_space: "n/a: embedded as a library call"
            ```

            ## How to fix

            Quote the value: `task: "12:30"`.

            ## Suppressing

            To change the rule's severity or turn it off for a project, or for some of its files with `overrides`, set it in `.osspec.yml`: `rules: {yaml11-sexagesimal: off}` (or `info`, `warning`, `error`). To silence one finding, write `# osspec:disable-next-line yaml11-sexagesimal -- reason` on the line before it; `# osspec:disable yaml11-sexagesimal -- reason` silences the rule to the end of the enclosing mapping, or in the whole file when written at the top level. A comment without a reason, or one that silences nothing, is itself a warning. See [docs/configuration.md](../configuration.md).
            """##,
    ]
}
