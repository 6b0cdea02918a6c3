import OSSpecKit
import Testing

@Suite("Template rendering")
struct TemplateRenderTests {
    func render(_ text: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
        try TemplateSet(templates: partials.merging(["main": text]) { $1 }).render("main", value)
    }

    @Test("a variable goes through its escaper")
    func variable() throws {
        #expect(try render("let a = \"{{ name | swift-string }}\"", ["name": "say \"hi\"\\"]) == "let a = \"say \\\"hi\\\"\\\\\"")
        #expect(try render("{{n|swift-number}}/{{b|swift-bool}}/{{b|python-bool}}", ["n": 42, "b": true]) == "42/true/True")
        #expect(try render("{{x|swift-number}}", ["x": .double(0.5)]) == "0.5")
    }

    @Test("sections repeat over lists, with the item as '.' and dotted names")
    func sections() throws {
        let value: TemplateValue = ["items": [["id": "a", "meta": ["n": 1]], ["id": "b", "meta": ["n": 2]]]]
        let text = "{{#items}}{{id|identifier}}={{meta.n|swift-number}}{{^@last}},{{/@last}}{{/items}}"
        #expect(try render(text, value) == "a=1,b=2")
        #expect(try render("{{#xs}}[{{.|swift-string}}]{{/xs}}", ["xs": ["p", "q"]]) == "[p][q]")
    }

    @Test("conditionals: true, non-empty and present values render; false, null and empty ones do not")
    func conditionals() throws {
        let text = "{{#v}}yes{{/v}}{{^v}}no{{/v}}"
        #expect(try render(text, ["v": true]) == "yes")
        #expect(try render(text, ["v": false]) == "no")
        #expect(try render(text, ["v": .null]) == "no")
        #expect(try render(text, ["v": []]) == "no")
        #expect(try render(text, ["v": ""]) == "no")
        #expect(try render(text, ["v": "x"]) == "yes")
        // An optional string shows itself inside its own section.
        #expect(try render("{{#m}}\"{{.|swift-string}}\"{{/m}}{{^m}}nil{{/m}}", ["m": "gpt"]) == "\"gpt\"")
        #expect(try render("{{#m}}\"{{.|swift-string}}\"{{/m}}{{^m}}nil{{/m}}", ["m": .null]) == "nil")
        // An object section pushes the object: its fields are found first.
        #expect(try render("{{#o}}{{id|identifier}}{{/o}}", ["id": "outer", "o": ["id": "inner"]]) == "inner")
        // Outer names stay visible inside a section.
        #expect(try render("{{#xs}}{{prefix|identifier}}{{.|identifier}} {{/xs}}", ["prefix": "p", "xs": ["a", "b"]]) == "pa pb ")
    }

    @Test("standalone block tags take their whole line; inline ones do not")
    func standalone() throws {
        let text = """
            start
              {{#xs}}
            - {{.|markdown}}
              {{/xs}}
            {{! a comment }}
            end {{#xs}}{{.|identifier}}{{/xs}}
            """
        #expect(try render(text, ["xs": ["a", "b"]]) == "start\n- a\n- b\nend ab")
    }

    @Test("partials render with the current values and take the indentation of a standalone tag")
    func partials() throws {
        let partials = ["row": "line {{id|identifier}}\nsecond\n"]
        let text = "{\n{{#xs}}\n    {{> row}}\n{{/xs}}\n}"
        #expect(try render(text, ["xs": [["id": "a"], ["id": "b"]]], partials: partials) == "{\n    line a\n    second\n    line b\n    second\n}")
    }

    @Test("a partial that includes itself stops with an error, not a hang")
    func recursivePartial() throws {
        let set = try TemplateSet(templates: ["main": "{{> loop}}", "loop": "x{{> loop}}"])
        #expect(throws: TemplateError.self) { try set.render("main", [:]) }
    }

    @Test("render errors name the template, line and column")
    func renderErrors() throws {
        func failure(_ text: String, _ value: TemplateValue) -> TemplateError? {
            do {
                _ = try render(text, value)
                return nil
            } catch { return error as? TemplateError }
        }
        #expect(failure("a\n  {{ nme | swift-string }}", ["name": "x"]) == TemplateError(template: "main", line: 2, column: 3, message: "Unknown name 'nme'."))
        #expect(failure("{{ a.b | swift-string }}", ["a": ["c": 1]])?.message == "'a.b' has no 'b'.")
        #expect(failure("{{ x | shell }}", ["x": "y"])?.message.hasPrefix("Unknown escaper 'shell'") == true)
        #expect(failure("{{ x | swift-string }}", ["x": ["y"]])?.message == "Cannot write 'x': 'swift-string' writes text, but the value is a list.")
        #expect(failure("{{ x | swift-number }}", ["x": "1"])?.message == "Cannot write 'x': 'swift-number' writes a number, but the value is a string.")
        #expect(failure("{{ x | swift-number }}", ["x": .double(.infinity)])?.message == "Cannot write 'x': inf is not a finite number.")
        #expect(failure("{{ x | identifier }}", ["x": "../etc"])?.message == "Cannot write 'x': '../etc' is not a valid identifier.")
        #expect(failure("ü{{> nothing}}", [:]) == TemplateError(template: "main", line: 1, column: 2, message: "No partial named 'nothing'."))
    }
}

@Suite("Template syntax errors")
struct TemplateSyntaxTests {
    func syntaxError(_ text: String) -> TemplateError? {
        do {
            _ = try TemplateSet(templates: ["t.swift": text])
            return nil
        } catch { return error }
    }

    @Test("each syntax error is reported at its tag's line and column (in characters)")
    func errors() {
        #expect(syntaxError("ok\n  é {{ name }}") == TemplateError(
            template: "t.swift", line: 2, column: 5,
            message: "'{{name}}' needs an escaper for its output language, e.g. '{{ name | swift-string }}'."))
        #expect(syntaxError("x {{ name | swift-string ") == TemplateError(template: "t.swift", line: 1, column: 3, message: "'{{' is not closed with '}}'."))
        #expect(syntaxError("{{ a | swift-string {{ b | swift-string }}")?.message == "'{{' is not closed with '}}' before the next '{{'.")
        #expect(syntaxError("\n\n{{#items}}\nbody") == TemplateError(
            template: "t.swift", line: 3, column: 1, message: "Section 'items' is not closed: add '{{/items}}'."))
        #expect(syntaxError("{{#a}}{{#b}}{{/a}}{{/b}}") == TemplateError(
            template: "t.swift", line: 1, column: 13, message: "'{{/a}}' does not match the open section 'b' (line 1, column 7)."))
        #expect(syntaxError("text\n{{/a}}") == TemplateError(template: "t.swift", line: 2, column: 1, message: "'{{/a}}' closes a section that is not open."))
        #expect(syntaxError("{{ | swift-string }}")?.message == "'' is not a name (letters, digits, '_', '-', dotted).")
        #expect(syntaxError("{{ a b | swift-string }}")?.message == "'a b' is not a name (letters, digits, '_', '-', dotted).")
        #expect(syntaxError("{{ a | swift-string | markdown }}")?.message.hasPrefix("'{{a | swift-string | markdown}}' needs an escaper") == true)
        #expect(syntaxError("{{>}}")?.message == "A partial tag needs one template name: '{{> name}}'.")
        #expect(syntaxError("{{#a..b}}{{/a..b}}") != nil)
    }

    @Test("'{{{{' writes '{{', so templates can produce double braces")
    func literalBraces() throws {
        let set = try TemplateSet(templates: ["t": "f\"{{{{x}}\" {{ v | python-string }} {{{{}}"])
        #expect(try set.render("t", ["v": "a"]) == "f\"{{x}}\" a {{}}")
    }

    @Test("text that only looks like a tag is left alone")
    func plainBraces() throws {
        let set = try TemplateSet(templates: ["t": "func f() { if x { } }\nlet d = [\"a\": [\"b\": 1]]}}"])
        #expect(try set.render("t", [:]) == "func f() { if x { } }\nlet d = [\"a\": [\"b\": 1]]}}")
    }
}
