// The C library of the platform. osspec keeps Foundation off its code path: a Swift binary
// that loads Foundation starts about twice as slowly, and linting a small spec is mostly startup.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif
