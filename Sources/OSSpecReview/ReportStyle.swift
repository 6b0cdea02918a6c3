/// The report's one stylesheet: system fonts only (nothing to fetch), large type for a
/// projector, a dark scheme that follows the viewer's setting, and print rules.
enum ReportStyle {
    static let css = """
        :root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --border: #d0d7de;
          --panel: #f6f8fa; --node: #ffffff; --accent: #1f6feb; --back: #c2410c; --ok: #1a7f37; --warn: #9a6700;
          --error: #cf222e; --info: #0969da; --bar: #1f6feb; --bar-over: #cf222e; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23; --node: #1c2128;
            --accent: #4493f8; --back: #f0883e; --ok: #3fb950; --warn: #d29922; --error: #f85149; --info: #4493f8;
            --bar: #4493f8; --bar-over: #f85149; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 18px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
          "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1200px; margin: 0 auto; padding: 24px 32px 64px; }
        h1 { font-size: 2em; margin: 0 0 4px; }
        h2 { font-size: 1.4em; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--border); }
        p.description { color: var(--muted); max-width: 60em; }
        code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 600; border: 2px solid currentColor; }
        .badge.clean { color: var(--ok); } .badge.warnings { color: var(--warn); } .badge.errors { color: var(--error); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; }
        th, td { border: 1px solid var(--border); padding: 6px 10px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { background: var(--panel); }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        .figure { overflow-x: auto; background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 12px; }
        svg.agent-graph { display: block; margin: 0 auto; max-width: 100%; height: auto; }
        svg .node rect { fill: var(--node); stroke: var(--fg); stroke-width: 1.5; }
        svg .node.entry rect { stroke: var(--accent); stroke-width: 4; }
        svg .node.unreachable rect { stroke-dasharray: 6 4; stroke: var(--muted); }
        svg text { fill: var(--fg); text-anchor: middle; font-size: 16px; }
        svg text.detail { fill: var(--muted); font-size: 13.5px; }
        svg .edge { fill: none; stroke: var(--fg); stroke-width: 1.6; }
        svg .edge.back { stroke: var(--back); stroke-dasharray: 7 4; }
        svg .arrowhead { fill: var(--fg); } svg .arrowhead-back { fill: var(--back); }
        .legend { color: var(--muted); font-size: 0.85em; margin-top: 8px; }
        .legend .swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid var(--border); vertical-align: -0.1em; margin: 0 4px 0 12px; }
        .legend .back { color: var(--back); font-weight: 700; }
        table.matrix td.cell { text-align: center; color: #1b1f24; font-weight: 600; }
        table.matrix th.tool { font-size: 0.85em; }
        .scope-read { background: #e3f2e1; } .scope-write { background: #fff1cc; } .scope-execute { background: #ffe0c2; }
        .scope-network { background: #dceafe; } .scope-admin { background: #ffd6d6; }
        td.cell.reachable { font-weight: 400; font-style: italic; }
        td.cell.none { background: transparent; }
        .approval { color: #8250df; font-weight: 700; }
        .approval-mark { display: inline-block; min-width: 1.3em; padding: 0 3px; border: 2px solid #8250df; border-radius: 4px;
          color: #8250df; font-size: 0.75em; font-weight: 700; font-style: normal; line-height: 1.2; }
        table.os-table th[scope=row], table.os-table thead th:first-child { white-space: nowrap; }
        table.os-table td:nth-child(2) { width: 18%; }
        table.matrix td.cell { font-size: 0.85em; }
        .bar { position: relative; height: 1em; min-width: 120px; background: var(--panel); border: 1px solid var(--border); border-radius: 4px; overflow: hidden; }
        .bar span { display: block; height: 100%; background: var(--bar); }
        .bar.over span { background: var(--bar-over); }
        .status-ok { color: var(--ok); font-weight: 600; } .status-missing { color: var(--error); font-weight: 600; }
        .status-optional { color: var(--muted); }
        .severity-error { color: var(--error); font-weight: 700; } .severity-warning { color: var(--warn); font-weight: 700; }
        .severity-info { color: var(--info); font-weight: 700; }
        .note { border-left: 4px solid var(--warn); padding: 4px 12px; background: var(--panel); }
        ul.assumptions { color: var(--muted); font-size: 0.9em; }
        footer { margin-top: 48px; color: var(--muted); font-size: 0.8em; }
        @media print {
          :root { --bg: #ffffff; --fg: #000000; --muted: #444444; --panel: #f4f4f4; --node: #ffffff; --border: #999999; }
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          section { break-inside: avoid-page; }
          .figure { overflow: visible; border: none; }
          td.cell, .scope-read, .scope-write, .scope-execute, .scope-network, .scope-admin, .bar span {
            -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
