// OSSpecKit: the library product. It re-exports each stage so users of the API import one module;
// inside the package, each stage imports only the stages below it.
@_exported import OSSpecCLI
@_exported import OSSpecConfig
@_exported import OSSpecDiagnostics
@_exported import OSSpecGenerate
@_exported import OSSpecLint
@_exported import OSSpecModel
@_exported import OSSpecReport
@_exported import OSSpecReview
@_exported import OSSpecRules
@_exported import OSSpecTemplate
@_exported import OSSpecYAML
