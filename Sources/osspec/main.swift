// The executable is only this: all behaviour lives in OSSpecCLI, where tests can run it in-process.
import OSSpecCLI
import OSSpecPlatform

exit(OSSpecCommand(environment: .process()).run(Array(CommandLine.arguments.dropFirst())))
