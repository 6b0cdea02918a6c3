// The executable is only this: all behaviour lives in OSSpecCLI, where tests can run it in-process.
import OSSpecCLI
import OSSpecPlatform

// Two signals a parent may hand down ignored, set as osspec needs them. SIGCHLD: while it is
// ignored, waitpid() cannot read a child's exit status, and a failed `git show` (git:REV:PATH)
// would read as an empty file. SIGPIPE: a reader that goes away (`osspec lint | head`) ends
// osspec as it ends grep, whatever the parent did.
signal(SIGCHLD, SIG_DFL)
signal(SIGPIPE, SIG_DFL)
exit(OSSpecCommand(environment: .process()).run(Array(CommandLine.arguments.dropFirst())))
