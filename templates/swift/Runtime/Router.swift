/// CPU: which model runs a process. A pinned `model`, else the route for its `task`, else the
/// default; the route's fallback takes over on a provider error.
public struct Router: Sendable {
    public var spec: SpecDefinition

    public init(spec: SpecDefinition) { self.spec = spec }

    public func route(_ process: ProcessDefinition) -> (primary: ModelDefinition, fallback: ModelDefinition?)? {
        if let pinned = process.model, let model = spec.model(pinned) { return (model, nil) }
        if let task = process.task, let route = spec.routes.first(where: { $0.tasks.contains(task) }), let model = spec.model(route.use) {
            return (model, route.fallback.flatMap(spec.model))
        }
        return spec.defaultModel.flatMap(spec.model).map { ($0, nil) }
    }
}
