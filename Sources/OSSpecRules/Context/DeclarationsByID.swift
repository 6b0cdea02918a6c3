/// The declarations of one kind (models, stores, tools) looked up by id. It keeps the row's
/// array and an index into it, not copies of the values: on a large spec, dictionaries holding
/// copies of every tool were the largest structure the rules built.
public struct DeclarationsByID<Element: Sendable>: Sendable {
    /// Every declaration, in document order (duplicates included).
    public let elements: [Element]
    private let positionByID: [String: Int]
    /// For each element, the position of the first declaration of its id (itself, unless it
    /// repeats an id), so rules can mark declarations by position without hashing ids again.
    private let firstPositions: [Int32]

    init(_ elements: [Element], id: (Element) -> String) {
        self.elements = elements
        var positions: [String: Int] = [:]
        positions.reserveCapacity(elements.count)
        var firstPositions: [Int32] = []
        firstPositions.reserveCapacity(elements.count)
        // The first declaration wins; later duplicates were reported by the loader.
        for position in elements.indices {
            let key = id(elements[position])
            let first = positions[key, default: position]
            if first == position { positions[key] = position }
            firstPositions.append(Int32(truncatingIfNeeded: first))
        }
        positionByID = positions
        self.firstPositions = firstPositions
    }

    /// The position of the first declaration of the id of `elements[position]`.
    public func firstPosition(ofElementAt position: Int) -> Int {
        Int(firstPositions[position])
    }

    /// The first declaration of `id`.
    public subscript(id: String) -> Element? {
        positionByID[id].map { elements[$0] }
    }

    /// Where the first declaration of `id` sits in `elements`.
    public func position(of id: String) -> Int? {
        positionByID[id]
    }

    /// How many distinct ids are declared.
    public var count: Int { positionByID.count }
}
