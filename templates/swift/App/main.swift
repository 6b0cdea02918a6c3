import Foundation
import Runtime

// A reader that goes away (`run --trace - | head`), or a connection libcurl finds dropped on
// Linux (it leaves SIGPIPE to the program), must not kill a run part-way: writes then fail
// quietly, and the run goes on to save its state.
signal(SIGPIPE, SIG_IGN)
exit(CommandLineTool().main(Array(CommandLine.arguments.dropFirst())))
